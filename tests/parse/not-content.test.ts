// Lines of a speech or filing that carry no content give no figures, facts or sections.
// Places, names and numbers are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { rules } from '../../src/parse/rules.js';

describe('lines that are not content', () => {
  it.each([
    '壬县人大常发〔2023〕7号',
    '壬发改〔2021〕15号',
    '[2021]5号',
    '——2023年1月12日在壬县第八届人民代表大会第二次会议上',
    '——2022年7月28日在县十八届人大常委会第五次会议上',
    '壬县发展和改革局局长 李某某',
    '壬县发展和改革局局长　王某',
    '尊敬的主任、各位副主任、各位委员:',
    '各位代表:',
    '现将有关情况报告如下，请予审议。',
    '(2023年1月12日)',
  ])('%s', (line) => {
    expect(rules.notContent.test(line.replace(/\u3000/g, ' '))).toBe(true);
  });

  it.each([
    '全县实现地区生产总值45.6亿元，同比增长6.1%。',
    '(一)经济运行稳中有进',
    '一、2023年上半年计划执行情况',
    '受理审议案件12件。',
  ])('keeps %s', (line) => {
    expect(rules.notContent.test(line)).toBe(false);
  });

  it('takes no figure from them', () => {
    const report = parseReportText(
      [
        '壬县人大常发〔2023〕7号',
        '关于壬县2023年上半年国民经济和社会发展计划执行情况的报告',
        '——2023年7月28日在壬县第八届人大常委会第十次会议上',
        '壬县发展和改革局局长　李某某',
        '尊敬的主任、各位副主任、各位委员：',
        '一、上半年执行情况',
        '全县实现地区生产总值45.6亿元，同比增长6.1%。',
        '现将有关情况报告如下，请予审议。',
      ].join('\n'),
      { sourceName: 'speech.txt' },
    ).report;
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['45.6亿元', '增长6.1%']);
    expect(report?.sentences.filter((s) => s.kind === 'prose').map((s) => s.text)).toEqual([
      '全县实现地区生产总值45.6亿元，同比增长6.1%。',
    ]);
  });
});

describe('figures that are not figures of the report', () => {
  const facts = (...lines: string[]) =>
    parseReportText(['岚坪县2024年上半年经济运行情况', ...lines].join('\n'), {
      sourceName: 'n.txt',
    }).report?.facts.map((f) => f.quantity.raw);

  it('skips the titles listed under 相关新闻 until a sentence comes again', () => {
    expect(
      facts(
        '上半年，全县地区生产总值增长5.1%。',
        '相关新闻：',
        '岚坪县1-5月规上工业增加值增长6.3%',
        '岚坪县一季度经济运行情况',
      ),
    ).toEqual(['增长5.1%']);
  });

  it('reads no group of places (覆盖全区96个县)', () => {
    expect(facts('本次考评覆盖全区96个县（市、区），全县地区生产总值增长5.5%。')).toEqual(['增长5.5%']);
  });

  it('reads no rank band (排名全省前3位) and no threshold inside a name (500万元以上固定资产投资)', () => {
    expect(facts('地区生产总值增速排名全省前3位，500万元以上固定资产投资增长4.2%。')).toEqual(['增长4.2%']);
  });

  it('reads no figure from a time of day (上午10:30) nor from a rank listed without 第 (第12位和35位)', () => {
    expect(
      facts(
        '会议时间：2024年7月20日上午10:30',
        '上半年，全县地区生产总值增长5.1%，分别居全市第3位和全省第35位，规上工业增加值分别居全省第12位和40位。',
      ),
    ).toEqual(['增长5.1%']);
  });
});

describe('a news headline’s second line', () => {
  it('reads no figure from a sub-headline between the headline and the byline', () => {
    const report = parseReportText(
      [
        '岚坪新闻网',
        '上半年我县经济稳中有进',
        '固定资产投资增速比计划快4.2个百分点',
        '发布时间：2024-07-22　来源：岚坪报',
        '上半年，全县固定资产投资增长12.4%，比计划快4.2个百分点。',
      ].join('\n'),
      { sourceName: 'deck.txt' },
    ).report;
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['增长12.4%', '4.2个百分点']);
  });
});

describe("a forum's furniture and anti-copy jammer", () => {
  // Invented thread: each line of the story carries the random ASCII a forum appends against copying.
  const thread = [
    '苇溪论坛 - 苇溪人的网上家园',
    '设为首页收藏本站',
    '苇溪论坛 » 论坛 › 苇溪新闻 › 县内要闻 › 苇溪县去年经济总量增长百分之八点四',
    '查看: 512|回复: 3',
    '苇溪网友',
    '发表于 2017-1-6 08:12:30 | 显示全部楼层 |阅读模式',
    '本报讯 1月5日，苇溪县统计局发布数据，2016年，苇溪县实现地区生产总值96.5亿元，增长8.4%。5 q; Z7 m& R. b',
    'h2 W: ]6 e# T, y',
    '规模以上工业增加值增长9.2%2 K, c8 s! Y; d',
    '回复',
    '苇溪老乡',
    '发表于 2017-1-6 10:02:11 | 显示全部楼层',
    '回复 1# 苇溪网友 好样的',
  ].join('\n');

  it('reads the figures a jammer is glued to, and none of the jammer or the floor lines', () => {
    const { report } = parseReportText(thread, { sourceName: 'forum.txt' });
    expect(report?.meta.period).toBe('2016-FY');
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 96.5],
      ['gdp', 'growth', 8.4],
      ['industrial-value-added', 'growth', 9.2],
    ]);
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['96.5亿元', '增长8.4%', '增长9.2%']);
  });

  it('keeps a row of grades or of figures at a line end', () => {
    const { report } = parseReportText(
      '苇溪县2016年国民经济运行情况\n全县实现地区生产总值96.5亿元，增长8.4%。等级 A B C D\n评分 1 2 3 4\n',
      { sourceName: 'rows.txt' },
    );
    expect(report?.facts.map((f) => f.quantity.raw)).toContain('4');
  });
});
