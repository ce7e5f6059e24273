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
  if (!CUMULATIVE.test(clause))
    return !planned && continuesSpanSum(folded, paragraphStart, clauseStart, figure);
  if (SPAN_AT_SUM.test(clause)) return !planned;
  // 2016—2017年，全县累计完成甲X亿元: the span of years said as the clause before the sum (F8646).
  if (
    !planned &&
    YEARS_CLAUSE_BEFORE.test(folded.slice(Math.max(paragraphStart, clauseStart - 16), clauseStart))
  )
    return true;
  return SPAN_LEAD.test(folded.slice(paragraphStart, figure.start));
}

/** 2016—2017年，…: a clause of its own naming a span of years, right before the clause of the sum. */
const YEARS_CLAUSE_BEFORE = /(?:^|[,;:。])\s*(?:19|20)\d{2}年?\s*[-—–至]\s*(?:19|20)\d{2}年\s*,\s*$/;

/** A clause opening with the span said at its sum (五年累计实际利用外资2.15亿美元), ending on an amount. */
const SPAN_SUM_CLAUSE =
  /^\s*(?:[两二三四五六七八九十]|\d{1,2})年累计[\u4e00-\u9fa5]{2,24}?\d+(?:\.\d+)?(?:万|亿)?(?:元|美元|人|户|吨|公里|个|家|项)\s*,\s*$/;
/** The bare clause after it: an indicator's name and its amount, no year, rate, pace or part word of its own. */
const BARE_SUM_CLAUSE = /^\s*[\u4e00-\u9fa5]{2,16}$/;
const OWN_TIME_OR_RATE = /年|月|其中|增长|下降|比|占|率|均|达到|突破/;

/**
 * 五年累计实际利用外资2.15亿美元，引进县外资金186.3亿元: the span said at the first sum of a two-clause list goes on to
 * the second, a bare indicator and amount after the comma (session 42, fix340, F6873); a clause naming a year, a
 * rate or a growth (，2010年完成…, ，增长A%) is the year's own.
 */
function continuesSpanSum(
  folded: string,
  paragraphStart: number,
  clauseStart: number,
  figure: Figure,
): boolean {
  if (figure.quantity.unit === '%' || !/[元人户吨里个家项]$/.test(figure.quantity.unit)) return false;
  const own = folded.slice(clauseStart, figure.start);
  if (!BARE_SUM_CLAUSE.test(own) || OWN_TIME_OR_RATE.test(own)) return false;
  const before = folded.slice(Math.max(paragraphStart, clauseStart - 60), clauseStart);
  const opened = Math.max(
    before.lastIndexOf(';', before.length - 2),
    before.lastIndexOf('。'),
    before.lastIndexOf(',', before.length - 2),
  );
  return SPAN_SUM_CLAUSE.test(before.slice(opened + 1));
}
