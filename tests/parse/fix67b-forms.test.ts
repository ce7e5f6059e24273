// Forms the sixty-seventh held-out batch showed the parser still missed after fix67 (session 24, branch fix67b),
// all in a district's mid-term evaluation of its five-year plan outline: each year of the plan's span told
// between an indicator's name and its figure (…2021年增长A%，2022年下降B%; 由2020年的X增加到2022年的Y); a
// ceiling that is the plan's, not the year's; the parent named before the verb of a placing (在某市16个区中位列
// 第5); a finished project's status told before its total. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const EVALUATION_TITLE =
  '关于棠溪区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估情况的报告';
const SESSION = '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上';

const evaluation = (lines: readonly string[], title = EVALUATION_TITLE) =>
  parsedReport([title, SESSION, '二、主要目标指标进展情况', ...lines].join('\n'), {
    sourceName: 'report.txt',
  });

const valuesOf = (report: ReturnType<typeof evaluation>, code: string, measure: string) =>
  report.observations
    .filter((o) => o.indicatorCode === code && o.measure === measure)
    .map((o) => o.quantity?.value);

describe('a year between the name and its figure (F1402)', () => {
  it('reads the report year’s figure as the name’s, another year’s as a fact only', () => {
    const report = evaluation([
      '全社会固定资产投资2021年增长7.3%，2022年下降1.6%，两年年均增长2.8%，进展滞后。',
      '社会消费品零售总额2022年为236.4亿元，同比下降2.7%，两年年均增长3.1%。',
    ]);
    expect(valuesOf(report, 'fixed-asset-investment', 'growth')).toEqual([-1.6]);
    expect(valuesOf(report, 'retail-sales', 'level')).toEqual([236.4]);
    expect(valuesOf(report, 'retail-sales', 'growth')).toEqual([-2.7]);
    expect(report.facts.find((f) => f.quantity?.value === 7.3)).toBeDefined();
  });
});

describe('a ceiling in a plan outline’s evaluation (F1403)', () => {
  const line = '城镇调查失业率为4.4%，控制在5.5%的调控目标以内。';

  it('is the plan’s goal, no target of the year', () => {
    const report = evaluation([line]);
    expect(valuesOf(report, 'urban-unemployment-rate', 'rate')).toEqual([4.4]);
    expect(report.targets.filter((t) => t.indicatorCode === 'urban-unemployment-rate')).toEqual([]);
  });

  it('stays the year’s target in a plan-execution report', () => {
    const report = evaluation([line], '关于棠溪区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告');
    expect(
      report.targets
        .filter((t) => t.indicatorCode === 'urban-unemployment-rate')
        .map((t) => [t.value, t.comparator, t.horizon]),
    ).toEqual([[5.5, 'lte', 'full-year']]);
  });
});

describe('a level moved from the base year, and the parent placed before the verb (F1404)', () => {
  it('gives the report year’s level and ranks it in the parent the GDP placing names', () => {
    const report = evaluation([
      '2022年，全区实现地区生产总值512.3亿元，经济总量比2020年增加41.8亿元，按可比价格计算，2021—2022年年均增长4.6%，总量在柘州市12个区中位列第6，较2020年前移2位。',
      '区级一般公共预算收入由2020年的38.62亿元增加到2022年的42.35亿元，年均增长4.3%，完成规划目标（55亿元）的77.0%，总量位列全市第3，进度符合预期。',
    ]);
    expect(valuesOf(report, 'general-budget-revenue', 'level')).toEqual([42.35]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 6, 12, '柘州市'],
      ['general-budget-revenue', 3, null, '柘州市'],
    ]);
  });
});

describe('a project’s status before its total (F1405)', () => {
  it('names the project before 已于…建成通车 and gives it the total after', () => {
    const report = evaluation([
      '棠溪轨道交通5号线北延段已于2022年12月建成通车，总投资46.5亿元；棠溪区人民医院新院区总投资12.2亿元，主体结构已封顶。',
    ]);
    const line5 = report.projects.find((p) => p.name === '棠溪轨道交通5号线北延段');
    expect(line5?.mentions.map((m) => [m.plannedInvestment, m.status])).toEqual([[4650000000, '建成通车']]);
  });
});
