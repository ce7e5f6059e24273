// Forms the one-hundred-and-sixty-second and -third held-out batches showed the parser missed (session 33, branch
// fix163): a word-only pace goal (…与经济增长同步) closing a 紧盯…的目标不放松 list of a half-year report's plan part.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const halfYear = (plan: string) =>
  parsedReport(
    [
      '关于甲川县2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全县实现地区生产总值61.2亿元，同比增长5.1%。',
      '二、下半年工作安排',
      plan,
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

const incomeCodes = (plan: string) =>
  halfYear(plan)
    .targets.filter((t) => /disposable-income/.test(t.indicatorCode))
    .map((t) => t.indicatorCode);

describe('a pace goal closing a 紧盯…的目标不放松 list (F3501)', () => {
  it('is one word-only goal of disposable income per capita', () => {
    expect(
      incomeCodes(
        '下半年，我们将紧盯全年地区生产总值增长6%以上、一般公共预算收入增长4%、城乡居民人均可支配收入增长与经济增长同步的目标不放松，重点抓好以下工作。',
      ),
    ).toEqual(['disposable-income-per-capita']);
  });

  it('keeps each half for 城乡居民收入 (no whole the catalogue knows)', () => {
    expect(
      incomeCodes('紧盯地区生产总值增长6%以上、城乡居民收入增长与经济增长同步的目标不放松，抓好以下工作。'),
    ).toEqual(['urban-disposable-income-per-capita', 'rural-disposable-income-per-capita']);
  });

  it('still reads the list’s figures', () => {
    const gdp = halfYear(
      '紧盯全年地区生产总值增长6%以上、城乡居民人均可支配收入增长与经济增长同步的目标不放松，抓好以下工作。',
    ).targets.filter((t) => t.indicatorCode === 'gdp');
    expect(gdp.map((t) => [t.value, t.comparator])).toEqual([[6, 'gte']]);
  });
});
