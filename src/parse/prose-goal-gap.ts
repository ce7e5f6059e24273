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

/**
 * 甲增速距年初确定的A%左右的目标仍有差距: the indicator named in the gap's own clause, its 增速 right before
 * 距 (a press release's closing words, no result in the sentence; session 35, fix200): the name before it.
 */
export function namedGoalGapLead(clause: string): string | null {
  const at = clause.search(/(?:增速|增幅)(?=距|离)/);
  if (at <= 0 || !GOAL_GAP_LEAD.test(clause.slice(at + 2).replace(/\s+/g, ''))) return null;
  return clause.slice(0, at).trim();
}
