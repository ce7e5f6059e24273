// Forms the two-hundred-and-first held-out batch showed the parser missed (session 35, branch fix201): a fall
// compared with the city's said with 比 before the place and the verb after it (降幅比全市低B个百分点), and the same
// margin said after a clause about the fall (降幅比1—2月收窄A个百分点，比全市低B个百分点). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const comparisons = (lines: readonly string[]) =>
  sectionReport('analysis.txt', '甲川县2031年一季度经济运行情况', lines)
    .observations.filter((o) => o.measure === 'comparison')
    .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]);

describe('a fall lower than the city’s, 降幅比全市低 (F4191)', () => {
  it('reads 降幅比全市低B个百分点 as a comparison above the city', () => {
    expect(
      comparisons([
        '一季度，全县地区生产总值41.27亿元，同比下降3.4%，降幅比全市低1.3个百分点，居全市第2位。',
      ]),
    ).toEqual([['gdp', 1.3, '全市']]);
  });

  it('reads 降幅比全市高B个百分点 as a comparison below it', () => {
    expect(
      comparisons(['一季度，全县地区生产总值41.27亿元，同比下降3.4%，降幅比全市高0.6个百分点。']),
    ).toEqual([['gdp', -0.6, '全市']]);
  });
});

describe('the margin after a clause about the fall (F4192)', () => {
  it('reads 比全市低B个百分点 after 降幅比1—2月收窄 as the fall’s margin, above the city', () => {
    expect(
      comparisons([
        '一季度，全县固定资产投资同比下降8.2%，降幅比1—2月收窄11.4个百分点，比全市低1.7个百分点，居全市第3位。',
      ]),
    ).toEqual([['fixed-asset-investment', 1.7, '全市']]);
  });

  it('keeps 比全市低 after a growth as a comparison below the city', () => {
    expect(comparisons(['一季度，全县固定资产投资同比增长4.6%，比全市低1.7个百分点。'])).toEqual([
      ['fixed-asset-investment', -1.7, '全市'],
    ]);
  });
});
