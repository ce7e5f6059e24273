// A congress body's inspection report (关于全县重点项目建设情况的视察报告) is titled without a year or a
// period: the meeting line under the title gives the year, and the body dates the figures it
// inspected by the month they run to, often in a later sentence of its first paragraphs
// (今年全县共列入重点项目48个…。截至9月底，已开工项目…). Session 18, fixmoyu.

import type { OpeningInfo } from './genre.js';
import type { Line } from './lines.js';
import { monthEndPeriod, monthLastDayPeriod } from './opening-month-end.js';

/**
 * 预计全年农业增加值达到X亿元 before the first 截至11月底: a year-end inspection reports the year's estimate
 * first, the months done only for the works still under way (session 45, fix373, F7563).
 */
const YEAR_ESTIMATE = /预计全年|全年预计/;

/**
 * The first 截至N月底 in any sentence of the opening lines: the period an undated title's body names. A
 * year's estimate before it dates the whole year, the year of the session (an ISO date) that heard it.
 */
export function openingMonthEnd(
  opening: readonly Line[],
  session: string | null = null,
): Pick<OpeningInfo, 'year' | 'code' | 'periodLabel'> | null {
  for (const line of opening) {
    for (const sentence of line.text.split(/[。;；]/)) {
      if (session && YEAR_ESTIMATE.test(sentence))
        return { year: Number(session.slice(0, 4)), code: 'FY', periodLabel: '全年' };
      const found = monthEndPeriod(sentence) ?? monthLastDayPeriod(sentence);
      if (found) return { year: found.year, code: found.code, periodLabel: found.label };
    }
  }
  return null;
}
