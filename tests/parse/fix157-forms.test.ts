// Forms the one-hundred-and-fifty-seventh and fifty-ninth held-out batches showed the parser missed (session 33,
// branch fix157): 增长A%，完成目标进度B%，增速居全市第N位 (the rank given to the goal's progress, its move lost);
// 低收入农户人均可支配收入增长A% (one group's income read as the residents'). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '甲川县2026年1—10月国民经济计划执行情况',
  '一、主要指标完成情况',
  '1—10月，规模以上工业增加值同比增长7.2%，高于年度目标0.2个百分点，完成目标进度102.9%，增速居全市第4位，较1—9月前移2位。',
  '固定资产投资同比增长3.1%，完成目标进度44.3%，居全市第8位，与1—9月持平。',
].join('\n');

describe('a rank after 完成目标进度B% in the growth’s clause chain (F3331)', () => {
  it('ranks the chain’s indicator, not the goal’s progress, with its move', () => {
    const ranks = parsedReport(PLAN, { sourceName: 'plan.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.subject,
      r.rank,
      r.change,
    ]);
    expect(ranks).toContainEqual(['industrial-value-added', expect.any(String), 4, 2]);
    expect(ranks).toContainEqual(['fixed-asset-investment', expect.any(String), 8, 0]);
    expect(ranks.filter((r) => String(r[1]).includes('目标进度'))).toEqual([]);
  });
});

const INCOME = [
  '甲川县2026年前三季度经济运行情况',
  '一、主要指标',
  '前三季度，全县居民人均可支配收入31250元，增长5.8%。低收入农户人均可支配收入增长11.4%。',
].join('\n');

describe('a named group’s income, 低收入农户人均可支配收入 (F3332)', () => {
  it('is no growth of the residents’ disposable income per capita', () => {
    const growths = parsedReport(INCOME, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toContainEqual(['disposable-income-per-capita', 5.8]);
    expect(growths).not.toContainEqual(['disposable-income-per-capita', 11.4]);
  });
});

const PROBLEMS = [
  '甲川县2026年1—10月经济运行情况',
  '一、主要指标',
  '1—10月，固定资产投资同比增长2.6%。',
  '二、存在问题',
  '一是投资增速偏低，距年度目标还差4.4个百分点，民间投资持续下滑；二是消费恢复偏慢。',
].join('\n');

describe('a gap to the year’s goal after a problem naming investment bare (F3333)', () => {
  it('is the fixed-asset investment’s comparison', () => {
    const comparisons = parsedReport(PROBLEMS, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(comparisons).toContainEqual(['fixed-asset-investment', -4.4]);
  });
});
