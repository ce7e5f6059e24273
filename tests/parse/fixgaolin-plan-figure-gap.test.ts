// A gap to the plan with the plan's own figure written inside it (比年初计划增长A%的目标低B个百分点):
// the margin is a comparison, as 比年初计划低B个百分点 is, and the figure inside is the plan's, not a
// growth (docs/prose-forms.md, "Held-out-39's fixes"). Invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(
    ['澄阳县2024年国民经济和社会发展计划执行情况的报告', '一、2024年计划执行情况', ...prose].join('\n'),
    {
      sourceName: 'plan-figure-gap.txt',
    },
  );
const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a gap to a plan whose figure is written inside it', () => {
  it('reads a shortfall below a growth plan as a negative comparison', () => {
    expect(observed('全县固定资产投资比上年下降4.2%，比全年计划增长12%的目标低16.2个百分点。')).toEqual([
      ['fixed-asset-investment', 'growth', -4.2],
      ['fixed-asset-investment', 'comparison', -16.2],
    ]);
  });

  it('reads a margin above the plan and keeps the plan figure as the year’s target', () => {
    const parsed = report('规模以上工业增加值增长9.2%，比年度计划增长8%的目标高1.2个百分点。');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 9.2],
      ['industrial-value-added', 'comparison', 1.2],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['industrial-value-added', 'full-year', 8],
    ]);
  });

  it('leaves a growth compared with last year alone', () => {
    expect(observed('社会消费品零售总额增长6.1%，比上年增长7%的水平低0.9个百分点。')).not.toContainEqual([
      'retail-sales',
      'comparison',
      -0.9,
    ]);
  });
});
