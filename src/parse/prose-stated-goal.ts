// 增长13.2%，高于地区下达的12%的目标任务1.2个百分点: a goal's own figure said inside the words of a gap to
// it, right after the result. The goal is the chain subject's (the plan-gap link then reads the margin
// after it as a comparison with that goal, prose-links' statedPlanGap).

import type { Figure } from './numbers.js';

/**
 * The verb of the gap (略低于, 稍高于: said with its degree), then who set the goal (地区下达的, 年初确定的),
 * before the goal's figure; 但低于年初确定的A%的预期目标 turns the chain with 但 first (session 29, fix97).
 */
const GOAL_LEAD =
  /^(?:但|而|却|但却)?(?:略|稍|微|明显|大幅)?(?:高于|高出|超过|超出|快于|低于|慢于|差)(?:[\u4e00-\u9fa5]{0,6}?(?:下达|确定|批准|通过)的?)?(?:年度|全年|年初)?(?:增长)?$/;
/**
 * The plan's words after the goal's figure: 的目标任务, 左右的预期目标; 7%目标0.8个百分点 writes them without
 * 的, the gap's figure right after.
 */
const GOAL_AFTER = /^\s*(?:左右|以上)?的?(?:年度|全年)?(?:预期目标|预期|计划目标|计划|目标)/;

/**
 * 离年初确定的7.5%目标还差0.1个百分点, 与年度增长3%的计划相差…: the goal's figure between 离/距/与 and
 * the shortfall (还差, 相差) to it; 与年初确定的A%左右的全年预期目标相比，增速仍低N个百分点 says the
 * shortfall after a comma (session 27, fix83b); 与年初确定的A%的年度目标相比，还差N个百分点 the bare 还差
 * after it (session 28, fix91). 与年初县…人民代表大会…会议确定的增长A%的预期目标相比，仍有N个百分点的差距: the
 * meeting that set it named at length, the shortfall after a comma (session 28, fix88b).
 */
const SHORT_LEAD =
  /^(?:但|而|且)?(?:距离?|离|与)(?:[\u4e00-\u9fa5]{0,14}?(?:下达|确定|批准|通过|(?<=年初)定)的?)?(?:年度|全年|年初)?(?:增长)?$/;
const SHORT_AFTER =
  /^\s*(?:左右|以上)?的?(?:年度|全年)?(?:预期目标|预期|计划目标|规划目标|计划|目标)(?:任务)?(?:(?:还|尚|仍)?相?差|相比,?(?:还|尚|仍)有|相比,(?:增速|增幅)?(?:还|尚|仍)?(?:低|慢)|相比,(?:还|尚|仍)?相?差)/;

/**
 * 与年度目标A%左右相比仍有N个百分点的差距: the goal named before its figure, the shortfall after it
 * (session 27, fix85); 距年度目标A%还差N个百分点: the same with 距 and a bare 还差 (session 29, fix99).
 */
const NAMED_SHORT_LEAD =
  /^(?:但|而|且)?(?:与|同|距离?|离)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?$/;
const NAMED_SHORT_AFTER = /^\s*(?:左右|以上)?(?:相比(?:还|尚|仍)?有|(?:还|尚|仍)相?差|差了)/;
/** 比年度目标A%低N个百分点: the goal named before its figure, the gap's verb right after it (session 30, fix105). */
const NAMED_GAP_LEAD = /^(?:但|而|且)?(?:比|较)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?$/;
const NAMED_GAP_AFTER = /^\s*(?:左右|以上)?(?:高出?|低|快|慢)\d/;

/** Whether the figure is such a goal, whose clause names no subject of its own. */
export function isStatedGoalInGap(folded: string, figure: Figure, key: string): boolean {
  if (figure.quantity.baseUnit !== '%') return false;
  const after = folded.slice(figure.end, figure.end + 20);
  return (
    (GOAL_LEAD.test(key) && GOAL_AFTER.test(after)) ||
    (SHORT_LEAD.test(key) && SHORT_AFTER.test(after)) ||
    (NAMED_SHORT_LEAD.test(key) && NAMED_SHORT_AFTER.test(after)) ||
    (NAMED_GAP_LEAD.test(key) && NAMED_GAP_AFTER.test(after))
  );
}
