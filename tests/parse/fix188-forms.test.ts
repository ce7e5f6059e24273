// Forms the one-hundred-and-eighty-eighth and -ninth held-out batches showed the parser missed (session 34,
// branch fix188): a WeChat 简析 copied as text whose only place is its statistics account's name in the byline.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a WeChat byline’s statistics account names the place the text calls only 全县 (F3951)', () => {
  const page = [
    '2026年上半年全县经济运行简析',
    '',
    '原创 甲溪统计 甲溪统计 2026年7月20日 10:05 某省',
    '',
    '上半年，全县实现地区生产总值88.12亿元，同比增长5.6%。全县规模以上工业增加值增长7.4%。',
  ].join('\n');

  it('reads 甲溪县 from the account 甲溪统计 and the title’s 全县', () => {
    const report = parsedReport(page, { sourceName: 'analysis.txt' });
    expect(report.meta.region).toBe('甲溪县');
  });

  it('still takes a 全市 title’s suffix: 甲溪统计 over 全市经济 is 甲溪市', () => {
    const city = page.replace('全县经济运行', '全市经济运行').replaceAll('全县', '全市');
    expect(parsedReport(city, { sourceName: 'analysis.txt' }).meta.region).toBe('甲溪市');
  });
});

describe('a plan report’s title broken before 执行情况 (F3952)', () => {
  const report = [
    '乙山县第九届人民代表大会第三次会议文件（2）',
    '关于乙山县2025年国民经济和社会发展计划',
    '执行情况与2026年计划草案的报告',
    '——2026年1月9日在乙山县第九届人民代表大会第三次会议上',
    '各位代表：',
    '一、2025年国民经济和社会发展计划执行情况',
    '2025年，全县实现地区生产总值120.5亿元，增长5.1%。',
  ].join('\n');

  it('joins the two lines: the report is on 2025, not the year before the first line’s plan', () => {
    const meta = parsedReport(report, { sourceName: 'plan.txt' }).meta;
    expect(meta.title).toBe('关于乙山县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告');
    expect(meta.period).toBe('2025-FY');
  });
});

describe('a listed project’s bracket giving its total, then the year’s plan (F3953)', () => {
  const report = [
    '关于丙河县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '各位代表：',
    '二、2026年工作安排',
    '重点推进丙河县新能源装备产业园项目（总投资18.4亿元，2026年计划投资3.6亿元）、丙河至丁山公路丙河段（总投资27.2亿元，累计完成投资9.8亿元）和丙河县污水处理厂扩建工程。',
  ].join('\n');

  it('keeps the first project with its total; the year’s plan is no field', () => {
    const projects = parsedReport(report, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([
      ['丙河县新能源装备产业园项目', 1840000000, null],
      ['丙河至丁山公路丙河段', 2720000000, 980000000],
      ['丙河县污水处理厂扩建工程', null, null],
    ]);
  });
});

describe('a yearbook’s edition year and a session file’s number are no figures (F3954, F3955)', () => {
  it('reads no fact from 《某县统计年鉴—2026》 in a communique’s note', () => {
    const communique = [
      '戊川县2025年国民经济和社会发展统计公报',
      '戊川县统计局',
      '2025年，全县实现地区生产总值96.3亿元，增长5.2%。',
      '注：1.本公报中部分数据为初步统计数，2025年最终数据以《戊川统计年鉴—2026》为准。',
    ].join('\n');
    const facts = parsedReport(communique, { sourceName: 'communique.txt' }).facts.map(
      (f) => f.quantity.value,
    );
    expect(facts).not.toContain(2026);
  });

  it('reads no fact from 会议文件（3） over a plan report’s title', () => {
    const report = [
      '己原县第八届人民代表大会第五次会议文件（3）',
      '关于己原县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
      '各位代表：',
      '2025年，全县实现地区生产总值77.4亿元，增长4.8%。',
    ].join('\n');
    const facts = parsedReport(report, { sourceName: 'plan.txt' }).facts.map((f) => f.quantity.value);
    expect(facts).not.toContain(3);
  });
});
