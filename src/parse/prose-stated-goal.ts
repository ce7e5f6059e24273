// 增长13.2%，高于地区下达的12%的目标任务1.2个百分点: a goal's own figure said inside the words of a gap to
// it, right after the result. The goal is the chain subject's (the plan-gap link then reads the margin
// after it as a comparison with that goal, prose-links' statedPlanGap).

import type { Figure } from './numbers.js';

/** The verb of the gap, then who set the goal (地区下达的, 年初确定的), before the goal's figure. */
const GOAL_LEAD =
  /^(?:高于|高出|超过|超出|快于|低于|慢于|差)(?:[\u4e00-\u9fa5]{0,6}?(?:下达|确定|批准|通过)的?)?(?:年度|全年|年初)?(?:增长)?$/;
/** The plan's words after the goal's figure: 的目标任务, 左右的预期目标. */
const GOAL_AFTER = /^\s*(?:左右|以上)?的(?:年度|全年)?(?:预期目标|预期|计划目标|计划|目标)/;

/** Whether the figure is such a goal, whose clause names no subject of its own. */
export function isStatedGoalInGap(folded: string, figure: Figure, key: string): boolean {
  return (
    figure.quantity.baseUnit === '%' &&
    GOAL_LEAD.test(key) &&
    GOAL_AFTER.test(folded.slice(figure.end, figure.end + 12))
  );
}
