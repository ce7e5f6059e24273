// Forms the leftovers of the three-hundred-and-forty-first held-out batch showed the parser missed (session 42, branch
// fixleft42c): a review's unmet indicator written 甲计划增长A%，实际下降B% (F6891); 万元规模工业增加值能耗 named as
// written (F6892), its goal of a fall judged lower-is-better (F6893); a works' year plan before a bare 3月开工 (F6894).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲计划增长A%，实际下降B% in a review’s unmet list: the plan a target, the result an observation (F6891–F6893)', () => {
  const report = parsedReport(
    [
      '关于湍溪县2018年国民经济和社会发展计划执行情况与2019年计划草案的审查报告',
      '从计划执行情况看，列入计划的20项主要指标中，完成的有17项，未完成的有3项：地区生产总值增长7.9%，低于计划0.6个百分点；进出口总额计划增长12%，实际下降6.3%；万元规模工业增加值能耗计划下降4%，实际下降1.7%。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '湍溪县' },
  );

  it('reads the trade’s result −6.3 and its plan 12, missed (F6891)', () => {
    const trade = report.observations
      .filter((o) => o.indicatorCode === 'foreign-trade')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(trade).toEqual([['growth', -6.3]]);
    const plan = report.targets
      .filter((t) => t.indicatorCode === 'foreign-trade')
      .map((t) => [t.horizon, t.value, t.comparator, t.attainment]);
    expect(plan).toEqual([['full-year', 12, 'eq', 'missed']]);
  });

  it('names the energy intensity as written, its fall of 4% missed by a fall of 1.7% (F6892, F6893)', () => {
    const name = '万元规模工业增加值能耗';
    expect(report.observations.filter((o) => o.indicatorName === name).map((o) => o.quantity?.value)).toEqual(
      [-1.7],
    );
    const plan = report.targets
      .filter((t) => t.indicatorName === name)
      .map((t) => [t.horizon, t.value, t.comparator, t.attainment]);
    expect(plan).toEqual([['full-year', -4, 'eq', 'missed']]);
  });
});

describe('甲工程年度计划投资X亿元，N月开工 in a ；-list of projects: the year’s plan is the planned investment (F6894)', () => {
  const report = parsedReport(
    [
      '湍溪县2019年国民经济和社会发展计划',
      '（一）全力抓好项目建设。湍溪县第一中学迁建工程总投资2.6亿元，已完成投资1.1亿元，计划9月竣工；湍河堤防加固工程年度计划投资0.8亿元，4月开工；湍溪县城乡供水一体化项目正在开展前期工作。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '湍溪县' },
  );

  it('reads 0.8亿元 as the works’ planned investment', () => {
    const works = report.projects.find((p) => p.name === '湍河堤防加固工程');
    expect(works?.mentions.map((m) => m.plannedInvestment)).toEqual([80000000]);
  });
});
