// 降幅控制在3%以内: a goal bounding a fall is a floor of the growth (at least -3%), not a ceiling of
// 3%. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const parse = linesReader('goals-fall-held.txt');

describe('a fall held within a bound', () => {
  it('reads the bound of the fall as a negative floor of the growth', () => {
    const report = parse(
      '关于澄阳县2020年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县地区生产总值同比下降6.2%，社会消费品零售总额同比下降12.4%。',
      '下半年，确保全年固定资产投资降幅控制在5%以内，城镇登记失业率控制在4%以内。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.comparator, t.value])).toEqual([
      ['fixed-asset-investment', 'gte', -5],
      ['urban-unemployment-rate', 'lte', 4],
    ]);
  });
});
