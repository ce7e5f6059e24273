// Forms the two-hundred-and-thirty-second held-out batch showed the parser missed (session 36, branch fix232): a
// five-year sum (五年累计完成固定资产投资X亿元) read as the report's year's level, whether its paragraph opens with
// a plan period written with straight quotes ("十二五"时期, a Word file's text) or with no span at all.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

/** A county's plan report: title, the year's results, then the body lines given. */
const planReport = (...body: string[]) =>
  [
    '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
    '一、2026年国民经济和社会发展计划执行情况',
    '2026年，全县实现地区生产总值241.7亿元，增长6.3%。全县固定资产投资88.4亿元，增长9.1%。',
    ...body,
  ].join('\n');

const levels = (text: string) =>
  parseReportText(text, { sourceName: 'plan.txt' })
    .report?.observations.filter((o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'level')
    .map((o) => o.quantity?.value);

const facts = (text: string) =>
  parseReportText(text, { sourceName: 'plan.txt' }).report?.facts.map((f) => f.quantity.value) ?? [];

describe('a sum over several years said at the sum (F4791)', () => {
  it('keeps 五年累计完成固定资产投资 a fact in a paragraph with no span lead', () => {
    const text = planReport('基础设施不断完善。甲乙快速路建成通车，五年累计完成固定资产投资403.6亿元。');
    expect(levels(text)).toEqual([88.4]);
    expect(facts(text)).toContain(403.6);
  });

  it('keeps 2022—2026年累计 and “十三五”期间累计 facts too', () => {
    const text = planReport(
      '交通条件明显改善。2022—2026年累计完成固定资产投资377.2亿元。',
      '城乡面貌持续改善。“十三五”期间累计完成固定资产投资301.5亿元。',
    );
    expect(levels(text)).toEqual([88.4]);
    expect(facts(text)).toEqual(expect.arrayContaining([377.2, 301.5]));
  });

  it("still reads 今年累计 as the year's own", () => {
    const text = [
      '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
      '一、2026年国民经济和社会发展计划执行情况',
      '全县今年累计完成固定资产投资88.4亿元，增长9.1%。',
    ].join('\n');
    expect(levels(text)).toEqual([88.4]);
  });
});

describe('a plan period in straight quotes leading the paragraph (F4792)', () => {
  it('keeps the paragraph’s 累计 sum a fact ("十四五"时期…累计)', () => {
    const text = planReport('"十四五"时期，全县地区生产总值年均增长7.2%，累计完成固定资产投资415.3亿元。');
    expect(levels(text)).toEqual([88.4]);
    expect(facts(text)).toContain(415.3);
  });
});
