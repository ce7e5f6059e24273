// 距年初确定的10%目标还差1.1个百分点, 距年初确定的增长8%的目标差距较大: a goal named inside the words of a
// gap to it. The goal's figure names no indicator of its own: it is the goal of the indicator the
// clause before is about (规模以上工业增加值增速连续三个月回落，距…).

/**
 * The words before the goal's figure in such a gap: 距/离 (距离), the plan's lead (年初确定的, 市下达的),
 * and 增长 when the goal is a growth. Read on the figure's own clause, spaces removed. 与年度增长A%的目标差距较大
 * says the gap with 与 (a 调研报告's problems; session 35, fix192).
 */
const GOAL_GAP_LEAD =
  /^(?:但|而|且|仍|还)?(?:距离?|离|与)(?:[\u4e00-\u9fa5]{0,6}?(?:下达|确定|批准|通过|(?<=年初)定)的?)?(?:年度|全年|年初)?(?:增长|增速|增幅)?$/;

/** Whether the figure's own clause (up to the figure) is the lead of a gap to a goal it states. */
export const isGoalGapLead = (clause: string) => GOAL_GAP_LEAD.test(clause.replace(/\s+/g, ''));
