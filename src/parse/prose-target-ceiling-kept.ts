// A ceiling said kept in words after the figure (居民消费价格上涨0.8%，控制在年度预期目标以内; 城镇登记
// 失业率3.2%，控制在计划目标以内): the year's goal is named but not its figure, so it is a target of no
// value for the indicator spoken of last, met. A ceiling is set for the year, whatever the report's
// period. 控制在4%以内的目标之内 states its figure and is read as a goal of its own; 控制在预期范围内
// names no goal and gives no target (baiyan's answers). The clause may name its indicator itself, with
// no figure (居民消费价格总水平控制在年度预期目标以内): the same met target for the indicator named.

import { cleanSubject, leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import type { ProseTarget } from './prose-target-values.js';
import { verdictInWords } from './prose-target-verdicts.js';
import type { Sentence } from './types.js';

const KEPT_WITHIN_GOAL =
  /(?<=[,;])(?:均|都)?已?(?:被)?控制在了?(?:(?:年度|全年)|[^,;:。\d]{0,6}?[省市州盟]下达的?)?(?:预期|计划|调控)?目标(?:任务)?(?:以内|之内|范围内)(?=[,;。]|$)/g;

/** 甲控制在年度预期目标以内: the name, then the ceiling kept, the clause alone. */
const NAMED_KEPT_WITHIN_GOAL =
  /(?<=^|[,;:。])([^,;:。\d]{2,30}?)(?:涨幅|增幅)?(?:均|都)?已?(?:被)?控制在了?(?:年度|全年)?(?:预期|计划|调控)?目标(?:任务)?(?:以内|之内|范围内)(?=[,;。]|$)/g;

/** Ceilings kept in words by a clause that names its indicator: a met target of no value, over the year. */
export function namedCeilingsKept(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  // Both patterns need 控制在: most sentences have none, and each pattern, its lookbehind first, would be
  // tried at every position of them (about 1% of the parser's time in session 29's profile).
  if (!text.includes('控制在')) return targets;
  for (const m of text.matchAll(NAMED_KEPT_WITHIN_GOAL)) {
    const name = m[1] ?? '';
    const join = leadingIndicator(name);
    // The clause is the name and the words alone: 物价总体控制在目标以内 names no indicator of ours.
    if (!join || cleanSubject(name).replace(/\s+/g, '').toLowerCase() !== join.name) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const words = m[0].slice(name.length);
    targets.push({ ...verdictInWords(join, words, false, source, provenance), horizon: 'full-year' });
  }
  return targets;
}

/** Ceilings kept in words: a met target of no value, over the year, for the subject before the words. */
export function ceilingsKeptInWords(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectBefore: (at: number) => NamedIndicator | null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  if (!text.includes('控制在')) return targets;
  for (const m of text.matchAll(KEPT_WITHIN_GOAL)) {
    const start = sentence.start + m.index;
    const join = subjectBefore(start);
    if (!join) continue;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    targets.push({ ...verdictInWords(join, m[0], false, source, provenance), horizon: 'full-year' });
  }
  return targets;
}
