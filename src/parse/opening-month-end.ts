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
