// Forms the eighty-fourth held-out batch showed the parser still missed after fix84 (session 27, branch
// fix84b): a budget 图解 page whose other budgets' figures stand under a line naming only the budget
// (政府性基金预算 / 收入A亿元，下降B% / 支出C亿元), the debt balance dated by its year (2024年末全县政府债务余额),
// and a table's goal cell holding only 一 (a dash typed as the numeral: no goal).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const BUDGET_HEAD = ['关于棠溪县2024年预算执行情况和2025年预算草案的报告', '一、2024年预算执行情况'];

describe('a budget’s accounts on the lines under a line that only names the budget', () => {
  it('gives the bare 收入 and 支出 that budget’s name', () => {
    const text = [
      ...BUDGET_HEAD,
      '一般公共预算收入9.42亿元，增长3.1%。',
      '政府性基金预算',
      '收入2.18亿元，下降12.6%，主要是土地出让收入减少',
      '支出4.07亿元，增长8.9%',
      '国有资本经营预算',
      '收入0.36亿元，支出0.21亿元',
    ].join('\n');
    const rows = observationsOf(text);
    expect(rows).toContainEqual(['政府性基金预算收入', 'level', 2.18]);
    expect(rows).toContainEqual(['政府性基金预算收入', 'growth', -12.6]);
    expect(rows).toContainEqual(['政府性基金预算支出', 'level', 4.07]);
    expect(rows).toContainEqual(['政府性基金预算支出', 'growth', 8.9]);
    expect(rows).toContainEqual(['国有资本经营预算收入', 'level', 0.36]);
    expect(rows).toContainEqual(['国有资本经营预算支出', 'level', 0.21]);
  });
});

describe('the debt balance dated by its year', () => {
  it('reads 2024年末全县政府债务余额 as 政府债务余额, once', () => {
    const text = [
      ...BUDGET_HEAD,
      '一般公共预算支出31.6亿元，同比增长4.2%。',
      '2024年末全县政府债务余额41.28亿元，控制在省核定的债务限额45.6亿元以内',
    ].join('\n');
    const rows = observationsOf(text);
    expect(rows.filter((r) => r[0] === '政府债务余额')).toEqual([['政府债务余额', 'level', 41.28]]);
  });
});

describe('一 alone in a goal cell (a dash typed as the numeral one)', () => {
  it('gives the row no goal there, not a goal in words', () => {
    const text = [
      '关于棠溪县2025年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全县经济平稳运行。',
      '附表',
      '棠溪县2025年上半年主要经济指标完成情况',
      '| 指标名称 | 单位 | 年度目标（%） | 市指导目标（%） | 1—6月完成 | 同比增长% |',
      '| 一般公共预算收入 | 亿元 | 7 | 6 | 4.21 | 6.8 |',
      '| 其中：税收收入 | 亿元 | 一 | 一 | 2.95 | 3.3 |',
      '| 进出口总额 | 亿元 | 4 | 一 | 5.12 | -2.6 |',
    ].join('\n');
    const targets = parsedReport(text, { sourceName: 'report.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.horizon,
    ]);
    expect(targets.filter((t) => t[0] === 'tax-revenue')).toEqual([]);
    expect(targets.filter((t) => t[0] === 'foreign-trade')).toEqual([['foreign-trade', 4, 'full-year']]);
  });
});

describe('a share judged as it is given (占…的比重仍高达A%)', () => {
  it('reads the share and its move as the branch’s', () => {
    const text = [
      '棠溪县2024年经济运行情况分析',
      '2024年，全县地区生产总值完成86.2亿元，同比增长5.1%。',
      '规模以上工业增加值增长4.2%，其中煤炭行业增加值下降1.6%。煤炭行业增加值占规上工业的比重仍高达61.7%，比上年仅下降1.2个百分点。',
    ].join('\n');
    const rows = observationsOf(text, 'analysis.txt');
    expect(rows).toContainEqual(['coal-mining-value-added', 'share', 61.7]);
    expect(rows).toContainEqual(['coal-mining-value-added', 'change', -1.2]);
  });
});

describe('a goal compared in a clause of its own, the shortfall in the next (…目标相比，实际增速差距A个百分点)', () => {
  it('reads the shortfall as a comparison of the growth with that goal, below it', () => {
    const text = [
      '棠溪县2024年经济运行情况分析',
      '2024年，全县地区生产总值完成86.2亿元，同比增长4.6%。',
      '与县人大确定的地区生产总值增长6.5%的预期目标相比，实际增速差距1.9个百分点。',
    ].join('\n');
    expect(observationsOf(text, 'analysis.txt')).toContainEqual(['gdp', 'comparison', -1.9]);
  });
});

describe('the tax revenue a branch yields, with its share of the tax revenue (煤炭相关税收占税收收入的A%)', () => {
  it('reads the share under the name as written', () => {
    const text = [
      '棠溪县2024年经济运行情况分析',
      '2024年，全县地区生产总值完成86.2亿元，同比增长4.6%。',
      '一般公共预算收入9.1亿元，其中税收收入7.3亿元，下降6.2%，煤炭相关税收占税收收入的64.5%。',
    ].join('\n');
    expect(observationsOf(text, 'analysis.txt')).toContainEqual(['煤炭相关税收', 'share', 64.5]);
  });
});
