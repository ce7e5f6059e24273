// One goal figure shared by the indicators listed before 均 in a goal list (其中工业投资、民间投资均增长
// 12%以上): a target of each name, where the figure's own clause joins it to none.

import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { type GoalScope, type ProseTarget, statedTarget } from './prose-targets.js';
import { parseTarget } from './targets.js';
import type { Sentence } from './types.js';

/**
 * 甲、乙均增长A%以上, 甲和乙都达到A%: the names, the verb and the figure with its qualifier; not 年均增长 or
 * 平均增长 (a five-year or two-year average of the last name).
 */
const SHARED =
  /(?<=^|[,;:。])(?:其中)?([^,;:。\d]{4,40}?)(?<![平年])(?:均|都)要?(增长|下降|降低|达到?|保持在|稳定在|控制在)?(\d+(?:\.\d+)?(?:%|‰)(?:以上|左右|以内|以下)?)(?=[,;。]|$)/g;

/**
 * 甲和乙年均增长A%以上 with no 均 (城镇居民人均可支配收入和农民人均纯收入年均增长12%以上, a 十二五 goal list's
 * incomes): two names joined by 和 before one growth, each its goal. The figure's own clause joins the last
 * name, so only the names before it are read here (session 42, fix334, F6765).
 */
const PAIRED =
  /(?<=^|[,;:。])(?:其中)?([^,;:。\d、]{4,30}?和[^,;:。\d、]{4,30}?)(?<![均都])(?:年均|平均)?增长(\d+(?:\.\d+)?%(?:以上|左右)?)(?=[,;。]|$)/g;

/** The names of a 、/和 list, each a catalogue indicator; null unless there are two or more and all are. */
function listedIndicators(list: string): NamedIndicator[] | null {
  const names = list.split(/、|和|及|与/).filter((n) => n !== '');
  if (names.length < 2) return null;
  const joins = names.map((name) => leadingIndicator(name));
  return joins.every((join) => join !== null) ? (joins as NamedIndicator[]) : null;
}

export function sharedGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  goals: GoalScope,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const from = Math.max(sentence.start, goals.from);
  const text = folded.slice(from, Math.min(sentence.end, goals.until));
  for (const m of text.matchAll(SHARED)) {
    const joins = listedIndicators(m[1] ?? '');
    if (!joins) continue;
    const read = parseTarget(m[3] ?? '', null);
    if (read.value === null) continue;
    const falls = /下降|降低/.test(m[2] ?? '');
    const value = falls ? { ...read, value: -read.value } : read;
    const start = from + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const raw = source.slice(provenance.start, provenance.end);
    for (const join of joins)
      targets.push(statedTarget(join, value, goals.horizon, m[3] ?? '', raw, provenance));
  }
  for (const m of text.includes('和') ? text.matchAll(PAIRED) : []) {
    const joins = listedIndicators(m[1] ?? '');
    if (joins?.length !== 2) continue;
    const value = parseTarget(m[2] ?? '', null);
    if (value.value === null) continue;
    const start = from + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const raw = source.slice(provenance.start, provenance.end);
    for (const join of joins.slice(0, -1))
      targets.push(statedTarget(join, value, goals.horizon, m[2] ?? '', raw, provenance));
  }
  return targets;
}
