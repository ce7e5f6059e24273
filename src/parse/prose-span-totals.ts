// Sums over the years a term-end report looks back on (五年来…累计新增城镇就业3.6万人, 民生支出累计达到
// 186亿元): a span's total, not the year's level of the indicator; the figure stays a fact.

import type { Figure } from './numbers.js';

/**
 * A paragraph that speaks of several years: 五年来, 过去五年, 三年间, “十三五”期间/时期/以来,
 * 本届政府以来, and a work report's ——这五年， paragraphs (fix191). Not 今年以来 or 2020年以来 (a numeral of years, not a year).
 * The plan's name may close with a straight quote ("十二五"时期, a Word file's text; session 36, fix232).
 */
const SPAN_LEAD =
  /(?:^|[^\d今近去上本当同])(?:[两二三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|以来|间)|过去的?[两二三四五六七八九十]年|十[一二三四五六七八九]五[”"]?(?:期间|时期|以来)|本届政府(?:以来|任期)|任期内|这[两二三四五六七八九十]年[,，]/;
/** 累计 between the clause's start and the figure: the figure sums the span. */
const CUMULATIVE = /累计/;

/**
 * The span said at the sum itself, wherever the paragraph starts: 五年累计, 3年累计, “十三五”期间累计,
 * 2016—2020年累计 (session 36, fix232). Not 今年累计 or 1—5月累计 (a year's or months' running total).
 */
const SPAN_AT_SUM =
  /(?:(?:^|[^\d今去上本当同明])(?:[两二三四五六七八九十]|(?<!\d)\d{1,2})年|十[一二三四五六七八九]五[”"]?(?:期间|时期)|(?:19|20)\d{2}\s*[-—–至]\s*(?:19|20)\d{2}年)累计/;

/**
 * Whether the figure is a total over the years its paragraph reviews (the paragraph led by a span). In the plan
 * part (`planned`), the span said at the sum is the plan's own years ahead: 到2020年，…甲五年累计完成X亿元 is a
 * five-year goal, read as the clauses beside it (session 37, fixleft37).
 */
export function isSpanTotal(
  folded: string,
  paragraphStart: number,
  clauseStart: number,
  figure: Figure,
  planned = false,
): boolean {
  const clause = folded.slice(clauseStart, figure.start);
  if (!CUMULATIVE.test(clause)) return false;
  if (SPAN_AT_SUM.test(clause)) return !planned;
  return SPAN_LEAD.test(folded.slice(paragraphStart, figure.start));
}
