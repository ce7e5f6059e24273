// Forms the seventy-seventh held-out batch showed the parser still missed at its second pass (session 26,
// branch fix77b), all of a county's 预算执行情况和预算草案的报告: the transfers by kind (一般性转移支付收入, whose
// 一般 had read as a scope word), the bond transfers named with their issuer (地方政府债务转贷收入), the
// balance sentence's 一般公共预算总支出, the bonds the transfers split into and a cut of spending (facts
// only), and a draft's account the results called by another name (加上级补助收入预计…).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '关于棠川县2024年预算执行情况和2025年预算草案的报告';

const report = (lines: readonly string[]) =>
  parsedReport([TITLE, '一、2024年预算执行情况', ...lines].join('\n'), { sourceName: 'budget.txt' });

const levels = (lines: readonly string[]) =>
  report(lines)
    .observations.filter((o) => o.measure === 'level')
    .map((o) => [o.indicatorName, o.quantity?.value]);

describe('the transfers by kind of the budget classification (F1741)', () => {
  it('reads 一般性转移支付收入 beside 返还性收入 and 专项转移支付收入', () => {
    expect(
      levels([
        '上级转移支付收入152,300万元，其中：返还性收入3,210万元，一般性转移支付收入121,400万元，专项转移支付收入27,690万元。',
      ]),
    ).toContainEqual(['一般性转移支付收入', 121400]);
  });
});

describe('the bond transfers named with their issuer, and the bonds they split into (F1742, F1744)', () => {
  const lines = [
    '地方政府债务转贷收入26,000万元，其中：新增一般债券收入15,000万元，再融资一般债券收入11,000万元。',
  ];

  it('reads 地方政府债务转贷收入 as a budget account', () => {
    expect(levels(lines)).toContainEqual(['地方政府债务转贷收入', 26000]);
  });

  it('keeps the new and refinancing bonds facts only', () => {
    const read = report(lines);
    expect(read.observations.some((o) => /债券/.test(o.indicatorName ?? ''))).toBe(false);
    expect(read.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([15000, 11000]));
  });
});

describe('the balance sentence’s total spending (F1743)', () => {
  it('reads 一般公共预算总支出 as a named aggregate', () => {
    expect(
      levels(['一般公共预算总支出208,450万元，其中：一般公共预算支出196,300万元，上解支出1,150万元。']),
    ).toContainEqual(['一般公共预算总支出', 208450]);
  });
});

describe('a cut of spending (F1745)', () => {
  it('keeps 压减一般性支出 a fact, no level of a spending', () => {
    const read = report(['四是深化财政改革。预算管理一体化系统全面运行，压减一般性支出960万元。']);
    expect(read.observations.some((o) => o.quantity?.value === 960)).toBe(false);
    expect(read.facts.some((f) => f.quantity.value === 960)).toBe(true);
  });
});

describe('a draft’s account the results called by another name (F1746)', () => {
  it('reads 加上级补助收入预计X万元 as a next-year target', () => {
    const read = report([
      '上级转移支付收入152,300万元。',
      '二、2025年预算草案',
      '全县一般公共预算收入安排36,400万元，比上年完成数增长4.0%。加上级补助收入预计140,500万元，调入资金3,000万元，收入总计179,900万元。',
    ]);
    expect(read.targets.map((t) => [t.indicatorName, t.horizon, t.value])).toContainEqual([
      '上级补助收入',
      'next-year',
      140500,
    ]);
    // The draft's sum repeats its parts: no target of its own.
    expect(read.targets.some((t) => t.indicatorName === '收入总计')).toBe(false);
  });
});
