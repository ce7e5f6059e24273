// 受上年同期低基数影响…，与2019年同期相比，地区生产总值增长A%: a clause opening with a year two or more before the
// report's as the base tells the growths after it against that year, no result of the report's year; they stay facts
// (README: 比2019年同期增长A% figures facts only), but a 两年平均 or 年均 growth after it is the average it names
// (session 39, fix282, F5822).

/** 与2019年同期相比, 同2019年相比, 较2019年同期: the base year led with, at the end of the words before a clause. */
const BASE_YEAR_LEAD = /(?:与|同|和|较|比)((?:19|20)\d{2})年(?:同期)?(?:相比|比较)?[,，]$/;

/**
 * Whether the figure whose clause is `clause` follows a lead comparing with a year before the year before the
 * report's (`before`: the sentence's words before the clause).
 */
export function underEarlierBaseYear(before: string, clause: string, year: number | null): boolean {
  if (year === null || /两年平均|年均|平均增长/.test(clause)) return false;
  const lead = BASE_YEAR_LEAD.exec(before);
  return lead !== null && Number(lead[1]) < year - 1;
}

/** 比2020年分别增长a%、b%: a base year before a 分别 list, in the clause that holds the list's figures. */
const RESPECTIVE_BASE_YEAR = /(?:与|同|和|较|比)((?:19|20)\d{2})年(?:同期)?(?:相比)?分别[^,，;；。]*$/;

/**
 * 城镇、农村居民人均可支配收入…，比2020年分别增长a%、b% (a five-year review): each figure of a 分别 list whose
 * base is a year before the year before the report's is a change over those years, a fact only (session 40,
 * fix299, F6112). `before`: the sentence's words before the figure.
 */
export function respectiveEarlierBaseYear(before: string, year: number | null): boolean {
  if (year === null) return false;
  const lead = RESPECTIVE_BASE_YEAR.exec(before);
  return lead !== null && Number(lead[1]) < year - 1 && !/两年平均|年均|平均增长/.test(lead[0]);
}
