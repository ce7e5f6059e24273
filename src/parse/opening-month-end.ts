// 截至6月底，全县…: an opening that dates its figures by the month they run to, not by a period's
// name. Cumulative figures from January to that month's end are the period 1-N月 (6 is 上半年).

import { periodCode } from './meta.js';

/** 截至6月底, 截至2020年9月末, 截止到3月底: the month (and year) the figures run to. */
const TO_MONTH_END = /截[至止](?:到)?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份)?\s*(?:底|末)/;

export interface MonthEndPeriod {
  year: number | null;
  code: string;
  label: string;
}

/** The period a first sentence's 截至N月底 names, or null when it names none. */
export function monthEndPeriod(sentence: string): MonthEndPeriod | null {
  const match = TO_MONTH_END.exec(sentence);
  if (!match?.[2]) return null;
  const code = periodCode(`1-${match[2]}月`);
  if (!code) return null;
  return { year: match[1] ? Number(match[1]) : null, code, label: match[0] };
}

/** 截至2016年9月30日, 截止6月30日: a date that is the last day of its month. */
const TO_LAST_DAY = /截[至止](?:到)?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * 审计数据截至2016年9月30日: an audit or inspection dates its data by the month's last day rather than by 月底; the
 * figures run from January to that month (session 47, fix425; F8802). Any other day is a date, not a period.
 */
export function monthLastDayPeriod(sentence: string): MonthEndPeriod | null {
  if (!sentence.includes('截')) return null;
  const match = TO_LAST_DAY.exec(sentence);
  if (!match?.[2] || !match[3]) return null;
  const month = Number(match[2]);
  const year = match[1] ? Number(match[1]) : null;
  if (month < 1 || month > 12) return null;
  // Day 0 of the next month is this month's last; a February without a year may end on the 28th or the 29th.
  const last = new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
  const day = Number(match[3]);
  if (day !== last && !(year === null && month === 2 && day === 29)) return null;
  const code = periodCode(`1-${month}月`);
  if (!code) return null;
  return { year, code, label: match[0] };
}
