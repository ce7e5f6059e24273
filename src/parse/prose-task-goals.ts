// 一要…，力争…；二要…，确保…；三要落实促消费政策，推动限额以上消费品零售额全年增长12%: an item of a list
// of tasks (一要, 二要…) that closes by pushing an indicator to a full-year growth sets that goal, with no
// 力争/确保 of its own (GOAL_ANNOUNCE reads the cue; this module the indicator, 全年 standing between
// its name and the growth).

import { joinIndicator, type NamedIndicator } from './prose-clauses.js';

/** 推动/促进/促使 + the indicator + 全年 (+ 增长/增速), the clause up to the figure. */
const PUSHED_FULL_YEAR = /^(?:推动|促进|促使)([\u4e00-\u9fa5a-z]{2,20}?)全年(?:增长|增速)?$/;

/** The indicator a task pushes to a full-year growth (推动甲全年增长A%), or null. */
export function pushedIndicator(clause: string): NamedIndicator | null {
  const match = PUSHED_FULL_YEAR.exec(clause.replace(/\s+/g, ''));
  return match?.[1] ? joinIndicator(match[1]) : null;
}
