// 甲煤化工园区全年实现工业总产值X亿元以上 among a county's goals: a clause a park opens sets the park's own goal,
// not the county's target for the indicator (session 44, fix358). The results half's park sentences are
// parkSentence's (prose-scope); this reads only a goal's clause, wherever in the sentence the park opens it.

import { parkNameEnd } from './park-names.js';

/** The words a park's name ends with (甲煤化工园区, 乙经济开发区, 丙工业集中区): park-names' vocabulary. */
const PARK_WORD = parkNameEnd('goalClause');

/**
 * 宁某煤化工园区全年实现, 确保乙经济开发区完成: the clause opens (after a goal's cue) with a name ending in a park
 * word, then the year or a cue and the verb of its figure.
 */
const PARK_GOAL_CLAUSE = new RegExp(
  `^\\s*(?:力争|确保|争取|推动|促进)?[\\u4e00-\\u9fa5\\d×]{0,14}?${PARK_WORD}(?:全年|年内|今年|年底前?)?(?:力争|确保|争取)?(?:实现|完成|达到?|突破)`,
);

/** Whether a goal's clause is a park's own (its figure no target of the report's place). */
export function isParkGoalClause(clause: string): boolean {
  return PARK_GOAL_CLAUSE.test(clause);
}
