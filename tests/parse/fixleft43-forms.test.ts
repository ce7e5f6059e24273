// Forms the leftovers of the held-out batches 341 and 318 showed the parser missed (session 43, branch fixleft43): a
// plan part's goal of an energy intensity named as written whose result the review part gave (F6981).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('万元规模工业增加值能耗下降A% in the plan part after its result in the review part: a next-year goal (F6981)', () => {
  const report = parsedReport(
    [
      '关于沔澄县2020年国民经济和社会发展计划执行情况与2021年计划草案的审查报告',
      '一、2020年国民经济和社会发展计划执行情况',
      '列入计划的18项主要指标中，未完成的有2项：地区生产总值增长6.2%，低于计划0.8个百分点；万元规模工业增加值能耗计划下降3.5%，实际下降1.9%。',
      '二、2021年国民经济和社会发展计划草案',
      '计划草案提出2021年主要预期目标是：地区生产总值增长7%左右；城镇新增就业3800人以上；万元规模工业增加值能耗下降3.5%。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '沔澄县' },
  );

  it('reads the plan part’s −3.5 as the next year’s goal of the name the results used', () => {
    const goals = report.targets
      .filter((t) => t.indicatorName === '万元规模工业增加值能耗')
      .map((t) => [t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([
      ['full-year', -3.5, 'eq'],
      ['next-year', -3.5, 'eq'],
    ]);
  });
});

describe('an energy intensity named as written in the plan part with no result of it: still no goal', () => {
  const report = parsedReport(
    [
      '关于沔澄县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告',
      '一、2020年国民经济和社会发展计划执行情况',
      '全县实现地区生产总值126.4亿元，增长6.2%。',
      '二、2021年国民经济和社会发展计划草案',
      '2021年主要预期目标是：地区生产总值增长7%左右；万元规模工业增加值能耗下降3.5%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沔澄县' },
  );

  it('keeps the goal a fact, as a work target of a name no result uses', () => {
    expect(report.targets.filter((t) => t.indicatorName === '万元规模工业增加值能耗')).toEqual([]);
  });
});
