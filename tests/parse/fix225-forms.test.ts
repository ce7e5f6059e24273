// Forms the held-out batches 223 and 225 showed the parser missed (session 36, branch fix225): a parent named
// bare after 全 (高于全乙川A个百分点，居全乙川N个县（市、区）第M位). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PARENT_AFTER_WHOLE = [
  '甲岭市2027年一季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '一季度全市实现地区生产总值182.40亿元，同比增长5.2%，高于全乙川0.4个百分点，低于全年目标0.8个百分点，居全乙川9个县（市、区）第3位，比去年同期前移1位。',
  '规模以上工业增加值增长6.1%，居全乙川第2位。',
].join('\n');

describe('a parent named bare after 全 (F4661)', () => {
  const report = parsedReport(PARENT_AFTER_WHOLE, { sourceName: 'plan.txt' });

  it('reads the gap to 全乙川 as a comparison with the parent, beside the gap to the goal', () => {
    const gaps = report.observations
      .filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison')
      .map((o) => [o.quantity?.value, o.comparedWith]);
    expect(gaps).toContainEqual([0.4, '乙川']);
    expect(gaps.map(([value]) => value)).toContain(-0.8);
  });

  it('ranks among the parent’s places with the move against last year, and the bare rank too', () => {
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change]);
    expect(ranks).toContainEqual(['gdp', 3, 9, '乙川', 1]);
    expect(ranks).toContainEqual(['industrial-value-added', 2, null, '乙川', null]);
  });
});
