// 对照年初确定的全年甲突破X亿元的奋斗目标，1—2月已完成A%，快于时序进度B个百分点: the share done of the one goal the
// clause before quotes, the quoted indicator's (a county bureau's 简析; F10023). Its gap to the schedule after it
// goes on about the same indicator, as the chain does after any share of a plan.

import type { Figure } from './numbers.js';
import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';

/** The quoted goal: 对照 (对标), the year's words, then one indicator and its level's figure, up to the figure. */
const QUOTED_LEAD = /^(?:对照|对标)(?:年初|年度|全年)?(?:确定|制定|提出)?的?(?:全年|年度)?/;
/** What closes the quoted goal after its figure: 的(奋斗|预期)目标, then the comma. */
const GOAL_CLOSE = /^(?:以上|左右)?的(?:奋斗|预期|年度|全年|计划)?目标(?:任务)?,$/;
/** The share's own words: the report's months, then 已完成 alone. */
const SHARE_KEY = /^(?:(?:1[-—–]\d{1,2}月|第?一季度|上半年|前三季度)份?)?(?:已|累计|共)?(?:完成|实现)了?$/;

/**
 * The indicator whose quoted goal the figure is the share done of, or null. `goalEnd` is the end of the figure
 * before it in the sentence (the goal's), `clauseStart` the start of the figure's own clause.
 */
export function quotedGoalShare(
  folded: string,
  sentenceStart: number,
  goalEnd: number,
  clauseStart: number,
  ownKey: string,
  figure: Figure,
): NamedIndicator | null {
  if (figure.quantity.baseUnit !== '%' || !ownKey.includes('完成') || goalEnd <= sentenceStart) return null;
  if (!SHARE_KEY.test(ownKey)) return null;
  const goal = folded.slice(sentenceStart, goalEnd).trimStart();
  const lead = QUOTED_LEAD.exec(goal);
  if (!lead || !GOAL_CLOSE.test(folded.slice(goalEnd, clauseStart).replace(/\s+/g, ''))) return null;
  return leadingIndicator(goal.slice(lead[0].length));
}
