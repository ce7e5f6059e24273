// Forms the one-hundred-and-fifty-second and fifty-third held-out batches showed the parser missed (session 33,
// branch fix152): a plan table's rank-move column with 进A/退B cells, and a rank-move column headed 较一季度进退
// beside the rank column (its 持平 cells were read as growths of 0). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const SHORT_MOVES = [
  '甲岭县2026年前三季度国民经济和社会发展计划执行情况的报告',
  '甲岭县发展和改革委员会',
  '前三季度，全县地区生产总值96.4亿元，同比增长5.1%。',
  '2026年前三季度甲岭县主要经济指标完成情况表',
  '指标名称\t单位\t年度目标（%）\t前三季度\t增幅（%）\t全市排位\t进退位次',
  '地区生产总值\t亿元\t7\t96.4\t5.1\t3\t进2',
  '固定资产投资\t%\t9\t—\t6.8\t5\t退1',
  '社会消费品零售总额\t亿元\t8\t31.25\t4.6\t7\t持平',
  '注：全市排位为增幅在全市8个县（市、区）中的位次。',
].join('\n');

describe('a rank-move column with 进A/退B cells (F3301)', () => {
  it('reads each rank with its move, 进 up and 退 down', () => {
    const ranks = parsedReport(SHORT_MOVES, { sourceName: 'plan.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.change,
    ]);
    expect(ranks).toEqual(
      expect.arrayContaining([
        ['gdp', 3, 2],
        ['fixed-asset-investment', 5, -1],
        ['retail-sales', 7, 0],
      ]),
    );
  });
});

const PERIOD_MOVES = [
  '乙川县2026年上半年国民经济和社会发展计划执行情况的报告',
  '乙川县发展和改革委员会',
  '上半年，全县社会消费品零售总额42.6亿元，增长5.2%。',
  '序号\t指标名称\t单位\t全年目标\t上半年\t增速（%）\t全市位次\t较一季度进退',
  '1\t社会消费品零售总额\t亿元\t88\t42.6\t5.2\t4\t前移2位',
  '2\t一般公共预算收入\t亿元\t6.2\t3.35\t6.3\t5\t持平',
  '3\t城镇居民人均可支配收入\t元\t36000\t17210\t5.4\t6\t后移1位',
].join('\n');

describe('a 较一季度进退 column after the rank column (F3302)', () => {
  it('reads the moves with the ranks', () => {
    const ranks = parsedReport(PERIOD_MOVES, { sourceName: 'plan.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.change,
    ]);
    expect(ranks).toEqual(
      expect.arrayContaining([
        ['retail-sales', 4, 2],
        ['general-budget-revenue', 5, 0],
        ['urban-disposable-income-per-capita', 6, -1],
      ]),
    );
  });

  it('reads no growth of 0 from a 持平 move', () => {
    const zero = parsedReport(PERIOD_MOVES, { sourceName: 'plan.txt' }).observations.filter(
      (o) =>
        o.indicatorCode === 'general-budget-revenue' && o.measure === 'growth' && o.quantity?.value === 0,
    );
    expect(zero).toEqual([]);
  });
});
