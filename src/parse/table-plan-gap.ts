// 指标 | 年度计划增速（%） | 上半年增速（%） | 差距（百分点）: a column giving each row's growth less its year's
// goal, in points, beside the goal's column (a 人大财经委's review of a half-year plan report; session 32,
// fix129). Each figure is the row's comparison with the plan, as 增速低于年度计划N个百分点 is in prose.

import { foldWidth } from './normalise.js';

/**
 * 差距（百分点）, 与年度计划差距, 与目标差距（个百分点）, 比计划增减（百分点）, 比目标快慢: the column of the
 * row's distance from its goal. Only a table that also holds a goal column reads it so (planGapColumns).
 */
const PLAN_GAP_HEADER =
  /^(?:(?:与|距|离)(?:年度|全年|年初)?(?:计划|目标)(?:增速)?(?:的)?)?差距(?:\((?:个)?百分点\))?$|^(?:比|较)(?:年度|全年|年初)?(?:计划|目标)(?:增速)?(?:增减|高低|快慢|相差)(?:\((?:个)?百分点\))?$/;

/** Whether a column's header names the rows' distance from their goal (差距（百分点）). */
export function isPlanGapHeader(header: string): boolean {
  if (
    !header.includes('差') &&
    !header.includes('增减') &&
    !header.includes('高低') &&
    !header.includes('快慢')
  )
    return false;
  return PLAN_GAP_HEADER.test(foldWidth(header).replace(/\s/g, ''));
}

/** What the goal is called in the table's goal column: 目标 when its header says so, else 计划. */
export function planGapComparedWith(goalHeader: string): string {
  return /目标/.test(goalHeader) && !/计划/.test(goalHeader) ? '目标' : '计划';
}

/**
 * The gap's sign as the row's figures give it: −2 under 差距 beside a goal of 8 and a growth of 6 stays −2;
 * 2 there (the gap written as the shortfall) is −2, the growth being below its goal. With no pair to check
 * (a row with its goal or growth missing, or figures that give neither), the cell's figure as written.
 */
export function signedGap(gap: number, actual: number | undefined, goal: number | undefined): number {
  if (actual === undefined || goal === undefined) return gap;
  const diff = actual - goal;
  if (Math.abs(diff - gap) < 0.051) return gap;
  if (Math.abs(diff + gap) < 0.051) return -gap;
  return gap;
}
