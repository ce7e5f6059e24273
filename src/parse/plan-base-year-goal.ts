// 确保完成“十一五”节能减排目标，到2010年全县万元GDP能耗比2005年下降20%左右: among a five-year plan's goals, a change
// against the plan's base year (the year before its first, a multiple of five) is the plan's goal for its
// indicator. Elsewhere a growth against a year of its own stays a fact (README: 比2019年同期增长A% figures facts
// only); only the goal scope's five-year horizon lets the subject drop its 到YYYY年 lead and 比YYYY年 tail
// (session 39, fixleft39d, F5911).

import { joinIndicator, type NamedIndicator } from './prose-clauses.js';

/** 到2010年全县万元GDP能耗比2005年: the plan's end led with (optional), the name, the base year. */
const BASED_SUBJECT =
  /^(?:到|至)?(?:(?:19|20)\d{2}年(?:末|底)?)?[,，]?(.+?)(?:比|较)((?:19|20)\d{2})年(?:末|底)?$/;

/**
 * The indicator a five-year goal's subject `到YYYY年甲比BBBB年` names, or null: BBBB must be a plan's base year
 * (a multiple of five) not after the report's `year`.
 */
export function planBaseYearIndicator(subject: string, year: number | null): NamedIndicator | null {
  if (year === null || !subject.includes('年')) return null;
  const based = BASED_SUBJECT.exec(subject);
  if (!based?.[1]) return null;
  const base = Number(based[2]);
  // A base year's own plan report (2005's, setting the 十一五 goals) compares with the year it reports (fix344, F7005).
  if (base % 5 !== 0 || base > year) return null;
  return joinIndicator(based[1]);
}
