// Forms the held-out-441 batch showed the parser missed (session 48, branch fix441): a numbered goal list's items
// ending in a semicolon (F9211), a page on a whole year's 经济工作会议 named by the year it sets work for (F9212), and a
// note's threshold after the measure it sizes (F9213).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a numbered goal list whose items end in a semicolon ((一)地区生产总值增长9%以上；, F9211)', () => {
  const report = parsedReport(
    [
      '关于溪岚县2015年国民经济和社会发展计划执行情况与2016年计划草案的报告',
      '一、2015年国民经济和社会发展计划执行情况',
      '全县实现地区生产总值88.4亿元，增长9.6%；社会消费品零售总额31.2亿元，增长12.1%。',
      '二、2016年国民经济和社会发展计划草案',
      '建议全县经济社会发展的主要预期目标是：',
      '（一）地区生产总值增长9%以上；',
      '（二）社会消费品零售总额增长12%左右；',
      '（三）城镇新增就业3200人；',
      '（四）人口自然增长率控制在5.8‰以内。',
      '为实现上述目标，重点抓好以下工作：',
      '（一）加快工业转型升级。全年新增规模以上工业企业8户。',
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );
  const target = (code: string) => report.targets.find((t) => t.indicatorCode === code);

  it("reads each item's goal as a next-year target", () => {
    expect(target('gdp')).toMatchObject({ horizon: 'next-year', comparator: 'gte' });
    expect(target('gdp')?.value).toBe(9);
    expect(target('retail-sales')?.value).toBe(12);
    expect(target('new-urban-jobs')?.value).toBe(3200);
  });

  it('reads the closing item with a figure in a goal unit (‰) too', () => {
    expect(report.targets.some((t) => t.unit === '‰' && t.value === 5.8)).toBe(true);
  });

  it("keeps a topic heading's section (（一）加快工业转型升级。) a heading", () => {
    expect(report.sections.some((s) => s.title === '加快工业转型升级')).toBe(true);
  });
});

describe("a page on a whole year's 经济工作会议 named by the year it sets work for (F9212)", () => {
  const page = (headline: string, dated: string, opening: string) =>
    [
      headline,
      `发布时间：${dated}　来源：岱沐县政府办公室`,
      opening,
      '会议指出，预计全年完成地区生产总值46.3亿元，增长11.2%；全社会固定资产投资52.8亿元，增长24.5%。',
      '会议明确，2019年全县经济社会发展的主要预期目标是：地区生产总值增长10%以上，全社会固定资产投资增长20%。',
    ].join('\n');
  const OPENING =
    '1月9日，岱沐县2019年经济工作会议召开。会议总结2018年全县经济工作，安排部署2019年经济工作。';

  it('dates a page of the next January to the year the meeting sums up, its goals next-year', () => {
    const report = parsedReport(page('我县召开2019年经济工作会议', '2019-01-10 09:12', OPENING), {
      sourceName: 'news.html',
    });
    expect(report.meta.period).toBe('2018-FY');
    expect(report.targets.find((t) => t.indicatorCode === 'gdp')?.horizon).toBe('next-year');
  });

  it('dates an undated page by its opening that sums up the year before', () => {
    const report = parsedReport(
      [
        '岱沐县召开2019年经济工作会议',
        OPENING,
        '会议指出，预计全年完成地区生产总值46.3亿元，增长11.2%。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(report.meta.period).toBe('2018-FY');
  });

  it("keeps the headline's year for a December meeting on the year it sums up", () => {
    const report = parsedReport(
      page(
        '我县召开2018年经济工作会议',
        '2018-12-28 10:02',
        '12月27日，岱沐县2018年经济工作会议召开，总结全年工作。',
      ),
      { sourceName: 'news.html' },
    );
    expect(report.meta.period).toBe('2018-FY');
  });
});

describe("a note's threshold after the measure it sizes (统计口径为计划总投资500万元及以上项目投资, F9213)", () => {
  it('reads the threshold as a fact', () => {
    const report = parsedReport(
      [
        '岱沐县2018年1—12月主要经济指标',
        '全县完成固定资产投资62.4亿元，增长18.3%。',
        '注：固定资产投资统计口径为计划总投资500万元及以上项目投资。',
      ].join('\n'),
      { sourceName: 'sheet.txt' },
    );
    expect(report.facts.some((f) => f.quantity.value === 500 && f.quantity.unit === '万元')).toBe(true);
  });
});
