// Forms the two-hundred-and-forty-third held-out batch showed the parser missed (session 37, branch fix243): a month
// opening its clause, then the name, then 当月 and the verb with no 同比 (4月份甲增加值当月下降A%: no observation, and
// the month no period of the figure); a 注释 item sizing the ranks' group with the order they are by said before 位次
// (全市位次为在甲市N个县（市、区）中按增速排列的位次: ranks without their size). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const monthGrowths = (lines: readonly string[]) =>
  parsedReport(
    ['甲山区2026年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况', ...lines].join('\n'),
    {
      sourceName: 'jiashan-2026-h1-plan.txt',
    },
  )
    .observations.filter((o) => o.indicatorCode === 'industrial-value-added' && o.measure === 'growth')
    .map((o) => [o.quantity?.value, o.period ?? null]);

describe('N月份 opening a clause, the name, then 当月 and its verb (F4991)', () => {
  it('reads each month’s growth with the month as its period', () => {
    expect(
      monthGrowths([
        '（二）工业生产逐步恢复。规上工业增加值同比增长3.4%。受限电影响，4月份规上工业增加值当月下降9.2%，5月份降幅收窄至1.7%，6月份当月增长6.5%。',
      ]),
    ).toEqual([
      [3.4, null],
      [-9.2, '2026-M4-4'],
      [-1.7, '2026-M5-5'],
      [6.5, '2026-M6-6'],
    ]);
  });

  it('reads the month opening the sentence with no comma after it', () => {
    expect(
      monthGrowths(['（二）工业。规上工业增加值同比增长3.4%。5月份规模以上工业增加值当月增长7.1%。']),
    ).toEqual([
      [3.4, null],
      [7.1, '2026-M5-5'],
    ]);
  });

  it('still reads 当月 alone before the name as no figure of the half', () => {
    expect(
      monthGrowths(['（二）工业。规上工业增加值同比增长3.4%，其中当月规上工业增加值增长5.5%。']),
    ).toEqual([[3.4, null]]);
  });
});

describe('a 注释 item: 全市位次为在甲市N个县（市、区）中按增速排列的位次 (F4992)', () => {
  it('sizes the prose’s 居全市第N位 ranks with the note’s group', () => {
    const report = parsedReport(
      [
        '乙溪县2026年前三季度经济运行情况分析',
        '根据丙州市统一核算，前三季度全县实现地区生产总值186.2亿元，同比增长4.1%，居全市第3位。',
        '前三季度，全县规上工业增加值42.18亿元，同比增长6.1%，增速居全市第2位。',
        '固定资产投资同比增长8.4%，增速居全市第5位。',
        '注释：',
        '1.规上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
        '2.全市位次为在丙州市7个县（市、区）中按增速排列的位次。',
      ].join('\n'),
      { sourceName: 'yixi-2026-q3-analysis.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 3, 7],
      ['industrial-value-added', 2, 7],
      ['fixed-asset-investment', 5, 7],
    ]);
  });
});
