// Forms older batches' leftovers showed the parser missed (session 30, branch fixleft30): a table note's
// numbered item giving the group the ranks are in (2.全市共8个县（市、区）).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const factsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw);

describe('F2291: a numbered note item naming the group of places', () => {
  it('is no fact of its own, full-width digits or not', () => {
    for (const note of [
      '注：１．地区生产总值增速按不变价格计算；２．全市共９个县（市、区）；３．本快报为初步统计数。',
      '注：1.地区生产总值增速按不变价格计算；2.全市共9个县（市、区）；3.本快报为初步统计数。',
    ]) {
      const text = [
        '澪坪县2025年上半年经济运行情况分析',
        '上半年，全县地区生产总值23.4亿元，增长5.3%，增速居全市第4位。',
        note,
      ].join('\n');
      const facts = factsOf(text);
      expect(facts).toContain('23.4亿元');
      expect(facts.filter((raw) => /^[9９]个$/.test(raw))).toEqual([]);
    }
  });
});
