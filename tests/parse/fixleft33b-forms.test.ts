// Forms older batches' leftovers showed the parser missed (session 33, branch fixleft33b): the two trade
// branches' retail sales with their levels (批发和零售业零售额X亿元); a growth against the base year's same
// period (比YYYY年一季度增长A%) between this year's growth and the comparison after it; the share of the
// classification's 酒的制造业. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe("F3471: the trade branches' retail sales with their levels", () => {
  it('reads 批发和零售业零售额 and 住宿和餐饮业零售额 with level and growth', () => {
    const read = report([
      '澪岗区2026年1-10月经济运行分析',
      '1—10月，全区实现社会消费品零售总额436.25亿元，增长4.1%。其中，批发和零售业零售额391.64亿元，增长3.8%；住宿和餐饮业零售额44.61亿元，增长6.9%。',
    ]);
    for (const [name, level, growth] of [
      ['批发和零售业零售额', 391.64, 3.8],
      ['住宿和餐饮业零售额', 44.61, 6.9],
    ] as const) {
      const of = read.observations.filter((o) => o.indicatorName === name);
      expect(of.find((o) => o.measure === 'level')?.quantity?.value).toBe(level);
      expect(of.find((o) => o.measure === 'growth')?.quantity?.value).toBe(growth);
    }
  });
});

describe('F3472: a growth against the base year’s same period inside the chain', () => {
  it('keeps the chain’s subject for the two-year average and the comparison after it', () => {
    const read = report([
      '澪岗县2021年一季度经济运行分析',
      '一季度，全县规模以上工业增加值同比增长16.4%，比2019年一季度增长12.9%，两年平均增长6.2%，增速高于全市平均2.6个百分点。',
    ]);
    const of = read.observations.filter((o) => o.indicatorCode === 'industrial-value-added');
    expect(of.find((o) => o.measure === 'comparison')?.quantity?.value).toBe(2.6);
    expect(of.find((o) => o.measure === 'two-year-average-growth')?.quantity?.value).toBe(6.2);
    expect(of.some((o) => o.quantity?.value === 12.9)).toBe(false);
  });
});

describe('F3473: the share of the classification’s 酒的制造业', () => {
  it('reads the share of industry the branch named with its 的 holds', () => {
    const read = report([
      '澪岗县2026年上半年经济运行分析',
      '上半年，全县规模以上工业增加值增长7.4%。',
      '二是工业结构单一。酒的制造业增加值占规模以上工业增加值的比重达61.7%，抗风险能力较弱。',
    ]);
    const share = read.observations.find((o) => o.measure === 'share' && o.quantity?.value === 61.7);
    expect(share?.indicatorName).toBe('酒的制造业增加值');
  });
});
