// 甲增速低于年初确定的A%的目标N个百分点，…，乙下降B%，与年初确定的增长C%的目标差距较大: a second goal closed inside a
// gap to it, later in the sentence whose first closed goal already opened its goals (F7203). The figures between
// the two are results; the second goal's figure is a goal as the first's is.

import { closedGoals } from './prose-target-goal-cues.js';

/** The clause of a later gap to a goal: 与/距/离 the goal, or the gap's verb before it (低于, 高于). */
const GAP_CLAUSE_LEAD = /^(?:但|而|且|仍|还)?(?:与|同|距离?|离|(?:略|稍)?(?:低于|高于|快于|慢于))/;

/**
 * Where a second closed goal lies in `rest` (the sentence after the first one), as offsets into `rest`, or null:
 * only a goal whose own clause opens as a gap to it, so a goal named in passing is not taken.
 */
export function secondGapGoal(rest: string): { from: number; until: number } | null {
  const closed = closedGoals(rest);
  if (!closed) return null;
  // The goal's match may open on the mark ending the clause before it (，与年初确定的…).
  const at = closed.index + (/^[,;，；]/.test(closed[0]) ? 1 : 0);
  const before = rest.slice(0, at);
  const clauseAt = Math.max(...[...',;:，；：'].map((mark) => before.lastIndexOf(mark))) + 1;
  if (clauseAt === 0 || !GAP_CLAUSE_LEAD.test(rest.slice(clauseAt).replace(/\s+/g, ''))) return null;
  return { from: closed.index, until: closed.index + closed[0].length };
}
