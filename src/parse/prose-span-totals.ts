// Sums over the years a term-end report looks back on (五年来…累计新增城镇就业3.6万人, 民生支出累计达到
// 186亿元): a span's total, not the year's level of the indicator; the figure stays a fact.

import type { Figure } from './numbers.js';

/**
 * A paragraph that speaks of several years: 五年来, 过去五年, 三年间, “十三五”期间/时期/以来,
 * 本届政府以来, and a work report's ——这五年， paragraphs (fix191). Not 今年以来 or 2020年以来 (a numeral of years, not a year).
 */
const SPAN_LEAD =
  /(?:^|[^\d今近去上本当同])(?:[两二三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|以来|间)|过去的?[两二三四五六七八九十]年|十[一二三四五六七八九]五”?(?:期间|时期|以来)|本届政府(?:以来|任期)|任期内|这[两二三四五六七八九十]年[,，]/;
/** 累计 between the clause's start and the figure: the figure sums the span. */
const CUMULATIVE = /累计/;

/** Whether the figure is a total over the years its paragraph reviews (the paragraph led by a span). */
export function isSpanTotal(
  folded: string,
  paragraphStart: number,
  clauseStart: number,
  figure: Figure,
): boolean {
  if (!CUMULATIVE.test(folded.slice(clauseStart, figure.start))) return false;
  return SPAN_LEAD.test(folded.slice(paragraphStart, figure.start));
}
