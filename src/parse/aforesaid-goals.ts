// A paragraph that charges work toward the goals set just before it (会议要求，…紧紧围绕上述目标，…): its goals share
// those goals' year.
import { horizonOf } from './prose-target-goal-cues.js';

/** 会议要求，全旗各级各部门要紧紧围绕上述目标, 为实现上述目标: the paragraph's lead points back to the goals before it. */
const POINTS_BACK =
  /^[^。]{0,40}?(?:围绕|为实现|为完成|实现|完成|对照)(?:好)?(?:上述|以上|这些)(?:预期)?(?:目标|任务)/;
/** The most of the paragraph before that is read: a goal paragraph names its year at its head. */
const BEFORE_WINDOW = 1200;

/**
 * 会议提出，2013年…主要预期目标是：…。 then 会议要求，…要紧紧围绕上述目标，…力争招商引资到位资金20亿元以上 in a 2012 page:
 * the later paragraph's goals are the year after's when the paragraph before it names that year (fix382, F7662).
 * `paragraphStart` is where the sentence's paragraph opens in `folded`.
 */
/**
 * 四是持续改善民生，全年新增城镇就业1500人以上 (a clause of its own after a ；): the year's task with 以上 and no cue
 * word, in a paragraph charging work toward the goals set just before it, is a goal too (session 45, fixold, F7761).
 * The clause opens on 全年 and a name, its figure ends on 以上 (a bound, never a result).
 */
const YEAR_TASK = /(?:^|[,，])全年(?=[\u4e00-\u9fa5]{2,16}?\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,3}以上)/;

/**
 * The cue of a year's task with 以上 (YEAR_TASK) in a sentence whose paragraph points back to the goals before it
 * (POINTS_BACK). The clause is looked for first: the look back to the paragraph's start runs only for it.
 */
export function aforesaidYearTask(
  folded: string,
  sentenceStart: number,
  text: string,
): RegExpExecArray | null {
  const task = YEAR_TASK.exec(text);
  if (!task) return null;
  // A bounded look back: the paragraph's lead is within the window or the task is no part of it.
  const from = Math.max(0, sentenceStart - BEFORE_WINDOW);
  const lineBreak = folded.slice(from, sentenceStart).lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return null;
  const paragraphStart = from + lineBreak + 1;
  return POINTS_BACK.test(folded.slice(paragraphStart, paragraphStart + 80)) ? task : null;
}

export function aforesaidGoalsYearAfter(folded: string, paragraphStart: number, year: number): boolean {
  if (paragraphStart === 0 || !POINTS_BACK.test(folded.slice(paragraphStart, paragraphStart + 80)))
    return false;
  const from = Math.max(0, paragraphStart - 1 - BEFORE_WINDOW);
  const window = folded.slice(from, paragraphStart - 1);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return /\d/.test(before) && horizonOf(before, year) === 'next-year';
}
