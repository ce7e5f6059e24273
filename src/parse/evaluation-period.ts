// A plan outline's mid-term evaluation (规划纲要实施中期评估情况的报告) is titled by the plan's horizons
// (十四五, 二〇三五年), never by its own period: it reads the plan's years up to the last one whose
// results it has, said as 截至2022年底 or 2022年末 in its opening, else the year before its session.
// Session 24, fix67.

import type { OpeningInfo } from './genre.js';
import type { Line } from './lines.js';

/** 截至2022年底, 截止到2022年末, 到2022年底: the end of the last year the evaluation reads. */
const TO_YEAR_END = /(?:截[至止](?:到)?|到)\s*((?:19|20)\d{2})\s*年\s*(?:底|末)/;

/** The whole year an evaluation reads to: its opening's 截至YYYY年底, else its session year's before. */
export function evaluationPeriod(
  opening: readonly Line[],
  sessionDate: string | null,
): Pick<OpeningInfo, 'year' | 'code' | 'periodLabel'> | null {
  for (const line of opening) {
    const found = TO_YEAR_END.exec(line.text);
    if (found?.[1]) return { year: Number(found[1]), code: 'FY', periodLabel: '全年' };
  }
  const session = sessionDate ? Number(sessionDate.slice(0, 4)) : null;
  return session ? { year: session - 1, code: 'FY', periodLabel: '全年' } : null;
}
