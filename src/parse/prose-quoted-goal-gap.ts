// 对照…地区生产总值增长6%左右、规模以上工业增加值增长5%的年度目标，上半年分别低2.4个百分点和2.2个百分点: the gap
// of each result to the goals quoted in the clause before, a bare 低/高 after the comma (F6853, fixleft42b).

/** The gap's own words: the period the results are of, 分别 (one gap per quoted goal), then the verb alone. */
const GAP_KEY =
  /^(?:(?:上半年|前三季度|一季度|1[-—–]\d{1,2}月份?)(?:实际)?)?(?:分别|均|仍|还|实际)*(高出?|低|快|慢)$/;

/** The goal quoted before the comma: its figure, then 的(年度)目标 closing the clause. */
const QUOTED_GOAL_BEFORE =
  /\d+(?:\.\d+)?%(?:左右|以上)?的((?:年度|全年)(?:预期目标|计划目标|目标)(?:任务)?),(?:(?:上半年|前三季度|一季度|1[-—–]\d{1,2}月份?)(?:实际)?)?(?:分别|均|仍|还|实际)*(?:高出?|低|快|慢)$/;

/** The verb (低, 高) and the goal's words the gap is to, or null when the clause is no such gap. */
export function quotedGoalGap(key: string, before: string): { verb: string; benchmark: string } | null {
  const verb = GAP_KEY.exec(key)?.[1];
  if (!verb) return null;
  const goal = QUOTED_GOAL_BEFORE.exec(before.replace(/\s/g, ''))?.[1];
  return goal ? { verb, benchmark: goal } : null;
}

/**
 * 对照…甲增长A%、乙增长B%的预期目标，1—2月工业高出预期6.4个百分点: the year's goals quoted, then the report's months'
 * gaps to them. Under an outlook part's heading (一季度展望) the gaps are still the months' results, not plans (F10024).
 */
const QUOTED_GOALS_THEN_GAPS =
  /^对照[^。;]{4,80}?目标,(?:1[-—–]\d{1,2}月份?|上半年|一季度|前三季度)[\u4e00-\u9fa5]{0,6}?(?:高出|高于|低于|快于|慢于|超出|超过)(?:年度|全年|年初)?(?:预期|目标|计划)/;

/** Whether a sentence (folded) quotes the year's goals and gives the months' gaps to them. */
export function quotesGoalsThenGaps(sentence: string): boolean {
  return sentence.startsWith('对照') && QUOTED_GOALS_THEN_GAPS.test(sentence);
}
