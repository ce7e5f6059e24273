// Forms the one-hundred-and-twenty-ninth held-out batch showed the parser missed (session 32, branch fix129): a
// review's table of 年度计划增速 | 上半年增速 | 差距（百分点） whose gap column is each row's comparison with the
// plan; 某收入降幅高于全市平均水平N个百分点 with the indicator named before its 降幅 and no figure of its own.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '甲川县人大常委会财政经济委员会关于2026年上半年计划执行情况的审议意见';

/** A review's table of the year's planned growth, the half-year's growth and their gap. */
function gapTable(gapHeader: string, gaps: readonly string[], planHeader = '年度计划增速（%）'): string {
  return [
    TITLE,
    '一、主要问题',
    '上半年主要指标与年度计划相比仍有差距（见下表）。',
    '甲川县2026年上半年主要指标与年度计划对照表',
    `指标\t${planHeader}\t上半年增速（%）\t${gapHeader}`,
    `地区生产总值\t6.5\t2.1\t${gaps[0]}`,
    `社会消费品零售总额\t7\t-3.4\t${gaps[1]}`,
    `城镇居民人均可支配收入\t6\t4.2\t${gaps[2]}`,
  ].join('\n');
}

const comparisons = (text: string) =>
  parsedReport(text, { sourceName: 'review.txt' })
    .observations.filter((o) => o.measure === 'comparison')
    .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit, o.comparedWith]);

describe('a 差距（百分点） column beside the year’s planned growth (F2831)', () => {
  it('reads each row’s gap as its comparison with the plan, in points', () => {
    expect(comparisons(gapTable('差距（百分点）', ['-4.4', '-10.4', '-1.8']))).toEqual([
      ['gdp', -4.4, '个百分点', '计划'],
      ['retail-sales', -10.4, '个百分点', '计划'],
      ['urban-disposable-income-per-capita', -1.8, '个百分点', '计划'],
    ]);
  });

  it('signs a gap written as the shortfall by the row’s own growth and goal', () => {
    expect(comparisons(gapTable('与年度目标差距', ['4.4', '10.4', '1.8'], '年度目标（%）'))).toEqual([
      ['gdp', -4.4, '个百分点', '目标'],
      ['retail-sales', -10.4, '个百分点', '目标'],
      ['urban-disposable-income-per-capita', -1.8, '个百分点', '目标'],
    ]);
  });

  it('reads no comparison from a 差距 column in a table with no goal column', () => {
    const text = [
      TITLE,
      '一、主要问题',
      '甲川县2026年上半年主要指标对照表',
      '指标\t上半年增速（%）\t差距（百分点）',
      '地区生产总值\t2.1\t-4.4',
      '社会消费品零售总额\t-3.4\t-10.4',
    ].join('\n');
    expect(comparisons(text)).toEqual([]);
  });
});

describe('某指标降幅高于全市平均水平N个百分点, the indicator named before its 降幅 (F2832)', () => {
  const report = (line: string) =>
    comparisons([TITLE, '一、主要问题', '上半年，一般公共预算收入2.3亿元，下降4.6%。', line].join('\n'));

  it('reads a larger fall than the place’s average as a comparison below it', () => {
    expect(report('四是财政增收压力较大。一般公共预算收入降幅高于全省平均水平2.7个百分点。')).toEqual([
      ['general-budget-revenue', -2.7, '个百分点', '全省'],
    ]);
  });

  it('reads a smaller fall as a comparison above it', () => {
    expect(report('社会消费品零售总额降幅小于全市平均水平0.9个百分点。')).toEqual([
      ['retail-sales', 0.9, '个百分点', '全市'],
    ]);
  });
});
