// Goals for a part of the year (力争二季度…由负转正, 上半年固定资产投资降幅收窄到10%以内) in a report's plan
// part: no target of the year nor of the report's period, facts only (README item 9).

/** The part of the year (not 下半年: a half's goal in a half-year report restates what the year's plan needs). */
const PART = '(?:上半年|前三季度|第?[一二三四]季度|1[-—–]\\d{1,2}月)(?!末|底|以来|同期|累计)';

/**
 * 力争二季度规模以上工业增加值增速由负转正: the part named right after the cue, before a goal in words (a goal
 * with a figure is caught so by prose-targets.ts's PART_YEAR_GOAL). Session 43, fix349, F7093.
 */
const CUED_PART = new RegExp(`^[^,;:]{0,4}?(?:力争|确保|争取|努力|推动)(?:实现)?(?:今年)?${PART}`);

/**
 * ，上半年固定资产投资降幅收窄到10%以内: a clause of a goal sentence that opens with the part, then the indicator
 * and the goal's verb, its cue earlier in the sentence. Session 43, fix349, F7094.
 */
const PART_LED = new RegExp(
  `^(?:今年)?${PART}[\\u4e00-\\u9fa5]{2,20}?(?:收窄|缩小|回升|回正|转正|控制|达到|突破|力争|确保|争取)`,
);

/** Whether a goal's clause (folded: ，→,) sets a goal for a part of the year. */
export function isPartYearGoal(clause: string): boolean {
  const text = clause.replace(/\s+/g, '').replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
  return CUED_PART.test(text) || PART_LED.test(text);
}
