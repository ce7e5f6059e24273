// 进出口总额计划增长10%，实际下降8.7%: a review's list of the indicators left unmet gives each one's plan and its
// result side by side. The 计划 between the name and the plan's figure is no part of the name; the plan is the
// year's goal (GOAL_ANNOUNCE reads it from the 计划 right before the figure, up to the 实际 clause) and the 实际
// figure the year's result (fixleft42c, F6891).

/**
 * 计划增长A%，实际下降B%: the plan's figure, then the result's in the next clause; 实际仅下降B%, the result judged
 * short by 仅 (只, 才), likewise (fix344, F7003).
 */
const PLAN_THEN_ACTUAL =
  /^计划(?:增长|下降)\d+(?:\.\d+)?%(?:左右|以上|以内)?[,，]\s*(?:全年)?实际(?:仅|只|才)?(?:增长|下降)\d/;

/**
 * The name a subject ending in 计划 gives when the figure at `at` in `text` is the plan's growth with the result
 * after it (进出口总额计划 → 进出口总额), or null.
 */
export function planActualName(subject: string, text: string, at: number): string | null {
  if (!subject.endsWith('计划') || subject.length < 4) return null;
  return PLAN_THEN_ACTUAL.test(text.slice(Math.max(0, at - 2), at + 40)) ? subject.slice(0, -2) : null;
}
