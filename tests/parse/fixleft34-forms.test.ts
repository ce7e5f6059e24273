// Forms older fixtures' leftovers showed the parser missed (session 34, branch fixleft34): a named indicator's
// shortfall to the year's goal (甲增速距年度目标还差N个百分点); a chart's points written after its caption in one
// line (图1 …（%）：L1 A，L2 B，…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F3581: a named indicator’s shortfall to the year’s goal', () => {
  it('reads 甲增速距年度目标还差N个百分点 as a comparison below the plan, not a change', () => {
    const read = report([
      '澪岗县2026年前三季度经济运行情况',
      '前三季度，全县地区生产总值120.5亿元，同比增长5.1%。',
      '按照年初确定的目标，全年地区生产总值增长5.6%。从前三季度看，地区生产总值增速距年度目标还差0.5个百分点，压力较大。',
    ]);
    const gdp = read.observations.filter((o) => o.indicatorCode === 'gdp');
    expect(gdp.find((o) => o.measure === 'comparison')?.quantity?.value).toBe(-0.5);
    expect(gdp.some((o) => o.measure === 'change')).toBe(false);
  });
});

describe('F3582: a chart’s points written after its caption in one line', () => {
  it('gives the points the caption’s unit and drops the last (the report’s own period)', () => {
    const read = report([
      '澪岗县2026年上半年经济运行分析',
      '上半年，全县地区生产总值52.18亿元，同比增长6.2%。',
      '图1　2025年上半年—2026年上半年澪岗县地区生产总值累计增速（%）：2025年上半年5.4，前三季度5.7，全年5.9，2026年一季度5.8，上半年6.2。',
      '规模以上工业增加值同比增长7.3%。',
    ]);
    const values = (unit: string) =>
      read.facts.filter((f) => f.quantity.unit === unit).map((f) => f.quantity.value);
    expect(values('%')).toEqual(expect.arrayContaining([5.4, 5.7, 5.9, 5.8]));
    expect(values('%').filter((v) => v === 6.2)).toHaveLength(1);
    expect(values('')).toEqual([]);
  });
});
