// A congress body's inspection report (关于全县重点项目建设情况的视察报告) is titled without a year or a
// period: the meeting line under the title gives the year, and the body dates the figures it
// inspected by the month they run to, often in a later sentence of its first paragraphs
// (今年全县共列入重点项目48个…。截至9月底，已开工项目…). Session 18, fixmoyu.

import type { OpeningInfo } from './genre.js';
import type { Line } from './lines.js';
import { monthEndPeriod } from './opening-month-end.js';

/** The first 截至N月底 in any sentence of the opening lines: the period an undated title's body names. */
export function openingMonthEnd(
  opening: readonly Line[],
): Pick<OpeningInfo, 'year' | 'code' | 'periodLabel'> | null {
  for (const line of opening) {
    for (const sentence of line.text.split(/[。;；]/)) {
      const found = monthEndPeriod(sentence);
      if (found) return { year: found.year, code: found.code, periodLabel: found.label };
    }
  }
  return null;
}
