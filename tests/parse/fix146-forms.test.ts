// Forms the one-hundred-and-forty-sixth held-out batch showed the parser missed (session 33, branch fix146): a
// statistics brief's bare 居全市第N位 ranks whose group a closing note counts (全市排名为在某市N个县区中的位次).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

/** A county bureau's monthly brief: ranks with 全市 and no count, then a note that counts the city's places. */
const BRIEF = [
  '甲岭县2026年1—8月经济运行简析',
  '甲岭县统计局',
  '1—8月，全县固定资产投资同比增长7.2%，居全市第4位，较1—7月前移1位。',
  '1—8月，全县社会消费品零售总额63.18亿元，同比增长4.6%，增速居全市第6位。',
  '注：全市排名为在乙川市9个县区中的位次。',
].join('\n');

describe('a note counting the places behind bare 全市 ranks (F3201)', () => {
  it('gives each bare rank the note’s size', () => {
    const ranks = parsedReport(BRIEF, { sourceName: 'brief.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
    ]);
    expect(ranks).toEqual([
      ['fixed-asset-investment', 4, 9],
      ['retail-sales', 6, 9],
    ]);
  });

  it('leaves the ranks unsized without the note, and a rank above the count unsized', () => {
    const bare = parsedReport(BRIEF.replace(/\n注：.*$/, ''), { sourceName: 'brief.txt' }).rankings;
    expect(bare.map((r) => r.of)).toEqual([null, null]);
    const small = parsedReport(BRIEF.replace('9个县区', '5个县区'), { sourceName: 'brief.txt' }).rankings;
    expect(small.map((r) => r.of)).toEqual([5, null]);
  });
});

/** A county's investment paragraph: all investment, a field of projects named by the economy's turn, a size class. */
const INVESTMENT = [
  '甲岭县2026年1—8月经济运行简析',
  '甲岭县统计局',
  '1—8月，全县固定资产投资36.52亿元，同比增长5.1%。其中，转型项目投资增长9.8%，占固定资产投资的比重为47.3%。亿元以上在建项目58个，完成投资增长7.4%。',
].join('\n');

describe('转型项目投资 and a counted 在建 class’s growth (F3202, F3203)', () => {
  const observations = () =>
    parsedReport(INVESTMENT, { sourceName: 'brief.txt' }).observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);

  it('reads 转型项目投资 as a kind of projects’ investment, with its growth and share (F3202)', () => {
    expect(observations()).toEqual(
      expect.arrayContaining([
        ['转型项目投资', 'growth', 9.8],
        ['转型项目投资', 'share', 47.3],
      ]),
    );
  });

  it('names the bare 完成投资增长 by the 在建 class counted before it (F3203)', () => {
    expect(observations()).toEqual(expect.arrayContaining([['亿元以上在建项目完成投资', 'growth', 7.4]]));
  });

  it('keeps the 在建 class’s running total a fact', () => {
    const text = INVESTMENT.replace('完成投资增长7.4%', '累计完成投资21.6亿元');
    const names = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => o.indicatorName);
    expect(names).not.toContain('亿元以上在建项目完成投资');
  });
});
