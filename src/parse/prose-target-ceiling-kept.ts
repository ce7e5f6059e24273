// A ceiling said kept in words after the figure (居民消费价格上涨0.8%，控制在年度预期目标以内; 城镇登记
// 失业率3.2%，控制在计划目标以内): the year's goal is named but not its figure, so it is a target of no
// value for the indicator spoken of last, met. A ceiling is set for the year, whatever the report's
// period. 控制在4%以内的目标之内 states its figure and is read as a goal of its own; 控制在预期范围内
// names no goal and gives no target (baiyan's answers).

import type { NamedIndicator } from './prose-clauses.js';
import type { ProseTarget } from './prose-target-values.js';
import { verdictInWords } from './prose-target-verdicts.js';
import type { Sentence } from './types.js';

const KEPT_WITHIN_GOAL =
  /(?<=[,;])(?:均|都)?已?(?:被)?控制在了?(?:(?:年度|全年)|[^,;:。\d]{0,6}?[省市州盟]下达的?)?(?:预期|计划|调控)?目标(?:任务)?(?:以内|之内|范围内)(?=[,;。]|$)/g;

/** Ceilings kept in words: a met target of no value, over the year, for the subject before the words. */
export function ceilingsKeptInWords(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectBefore: (at: number) => NamedIndicator | null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(KEPT_WITHIN_GOAL)) {
    const start = sentence.start + m.index;
    const join = subjectBefore(start);
    if (!join) continue;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    targets.push({ ...verdictInWords(join, m[0], false, source, provenance), horizon: 'full-year' });
  }
  return targets;
}
