// Where a goal announced in a sentence gives way to the result (市下达…增速目标为8%，全年实际增长9.6%，
// 高于目标1.6个百分点): a clause reporting what was actually done is no goal, nor is any after it.

/** ，全年实际增长, ，实际完成, ，上半年实际实现: the clause that reports the result after the goal. */
const ACTUAL_CLAUSE = /[,;]\s*(?:全年|上半年|前三季度|1-\d{1,2}月)?实际(?=完成|实现|增长|下降|达到|为|\d)/;

/** The offset in `text` where the result follows a goal announced at `from`, or -1. */
export function actualAfterGoal(text: string, from: number): number {
  const found = ACTUAL_CLAUSE.exec(text.slice(from));
  return found ? from + found.index : -1;
}
