// Forms the ninety-ninth held-out batch showed the parser missed (session 29, branch fix99): a WeChat copy's
// ▲ subheads and its 往期推荐 links, a Guangxi programme's class (自治区层面统筹推进重大项目) read as a project,
// 劳务收入 as a named aggregate, 距年度目标A%还差, a table flattened to 名称：数值，…，全地区第N lines, a problem
// restating a rank with no figure, 未完成增长A%的年度计划 and 在实际工作中力争A% after a goal.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const projectsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).projects.map((p) => p.name);

describe('F2201: a WeChat subhead opened by ▲ over a project paragraph', () => {
  it('is no project of the mark and the class word', () => {
    const text = [
      '柽原县2025年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '▲ 重点项目加快推进',
      '全县实施重点项目52个，完成投资18.4亿元。柽原县城区污水处理厂扩建工程总投资2.6亿元，上半年完成投资0.9亿元。',
    ].join('\n');
    expect(projectsOf(text)).toEqual(['柽原县城区污水处理厂扩建工程']);
  });
});

describe('F2201: 往期推荐 closing a WeChat post', () => {
  it('drops the titles of earlier posts under it, figures and all', () => {
    const text = [
      '柽原县2025年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县实现地区生产总值41.36亿元，同比增长5.8%。',
      '往期推荐',
      '柽原县96个村（社区）完成换届述职',
      '柽原县召开经济运行分析会',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw);
    expect(facts).not.toContain('96个');
  });
});

describe('F2202: 自治区层面统筹推进重大项目, a class of the programme by level', () => {
  it('is no project, its amount a fact of the class', () => {
    const text = [
      '柽原县发展和改革局关于2025年1—9月全县重点项目建设进展情况的通报',
      '一、总体情况',
      '自治区层面统筹推进重大项目完成投资8.62亿元，完成年度计划的77.1%；县级重点项目完成投资5.13亿元，完成年度计划的66.2%。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([]);
  });
});

describe('F2203: 实现劳务收入X亿元 beside 转移就业', () => {
  it('is a fact, no observation of a named aggregate', () => {
    const text = [
      '关于柽原县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '完成农牧民转移就业0.96万人次，实现劳务收入1.74亿元。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('劳务收入');
    expect(report.facts.map((f) => f.quantity.raw)).toContain('1.74亿元');
  });
});

describe('F2204: 距年度目标A%还差N个百分点, the goal named before its figure', () => {
  it('reads the goal as the target and the shortfall as a comparison', () => {
    const text = [
      '柽原县2025年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年全县实现地区生产总值41.36亿元，同比增长6.1%，距年度目标6.5%还差0.4个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'gdp')
        .map((o) => [o.measure, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['level', 41.36, null],
      ['growth', 6.1, null],
      ['comparison', -0.4, '年度目标'],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['gdp', 6.5, 'full-year', 'missed'],
    ]);
  });
});

describe('F2205: a table of main indicators flattened to 名称：数值，增长A%，全地区第N lines', () => {
  const text = [
    '柽原县2025年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年全县实现地区生产总值41.36亿元，同比增长6.1%。社会消费品零售总额6.52亿元，同比增长4.4%。',
    '▲ 上半年主要经济指标完成情况',
    '地区生产总值：41.36亿元，增长6.1%，全地区第3',
    '社会消费品零售总额：6.52亿元，增长4.4%，全地区第5',
    '一般公共预算收入：2.08亿元，增长7.3%，全地区第2',
  ].join('\n');
  it('reads each row’s rank cell as the row indicator’s rank', () => {
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['gdp', 3],
      ['retail-sales', 5],
      ['general-budget-revenue', 2],
    ]);
  });
  it('gives no facts of the rows, which repeat the prose as a table does', () => {
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.facts.map((f) => f.quantity.raw)).toEqual([
      '41.36亿元',
      '增长6.1%',
      '6.52亿元',
      '增长4.4%',
    ]);
  });
});

describe('F2206: a problem restating a rank with no figure, after a clause naming the indicator', () => {
  it('ranks the indicator the clause before names, not the last figure’s subject', () => {
    const text = [
      '柽原县2025年上半年国民经济和社会发展计划执行情况的报告',
      '二、存在的主要问题',
      '一是投资后劲不足。新开工项目中亿元以上项目仅6个，比上年同期减少2个。二是消费增长乏力。社会消费品零售总额增速比一季度回落，居全地区第5位。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.subject, r.rank])).toEqual([
      ['retail-sales', '社会消费品零售总额', 5],
    ]);
  });
});

describe('F2207: 未完成增长A%的年度计划, a year goal closed by 的年度计划', () => {
  it('reads the goal as a missed target, no growth observed', () => {
    const text = [
      '关于柽原县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '社会消费品零售总额7.41亿元，增长5.9%，未完成增长7%的年度计划。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'retail-sales')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 7.41],
      ['growth', 5.9],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['retail-sales', 7, 'full-year', 'missed'],
    ]);
  });
});

describe('F2208: 在实际工作中力争A% after a next-year goal with 左右', () => {
  it('is a second, higher goal of the same indicator', () => {
    const text = [
      '关于柽原县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '三、2025年国民经济和社会发展计划草案',
      '建议2025年全县经济社会发展的主要预期目标为：地区生产总值增长6.5%左右，在实际工作中力争7%；全社会固定资产投资增长10%以上。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toEqual([
      ['gdp', 6.5, 'approx', 'next-year'],
      ['gdp', 7, 'eq', 'next-year'],
      ['fixed-asset-investment', 10, 'gte', 'next-year'],
    ]);
  });
});
