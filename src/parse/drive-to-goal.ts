// A period word a drive toward the year's goal names (确保完成全年目标任务): said while the year runs, it dates nothing.

/**
 * 冲刺全年目标, 确保完成全年任务: a drive toward the year's goal, said while the year runs; so is 锚定全年目标 (紧盯,
 * 紧扣, 对标: a ceremony speech's closing on a news page; session 38, fix258).
 */
export const DRIVE_TO_GOAL = /(?:冲刺|决战|确保|奋力|全力|力争|实现|完成|锚定|紧盯|紧扣|对标)\s*$/;

/**
 * The first match of `words` (a period-word pattern with one group) in `text` that no drive toward a goal stands
 * right before: 我县召开四季度经济工作会议 动员全县上下确保完成全年目标任务 names no period of its own, the 全年 being the
 * goal the meeting drives toward (fix402, F8075). Null when every period word is a goal's.
 */
export function undrivenPeriodWord(text: string, words: RegExp): RegExpExecArray | null {
  const each = new RegExp(words.source, 'g');
  for (let m = each.exec(text); m !== null; m = each.exec(text))
    if (!DRIVE_TO_GOAL.test(text.slice(Math.max(0, m.index - 4), m.index))) return m;
  return null;
}
