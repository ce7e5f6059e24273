// A request that an indicator keep pace with growth, outside a goal list (财经委建议：…确保城乡居民收入
// 增长与经济增长同步): a goal in words, with no figure, for the rest of the plan's year. Goal lists read
// the same words themselves (prose-target-word-goals.ts); this reads them in the planned part's prose.

import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { urbanAndRural } from './prose-lists.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import { wordsOnly } from './prose-target-verdicts.js';
import { parseTarget } from './targets.js';
import type { Sentence } from './types.js';

/** 确保城乡居民收入增长与经济增长同步: the named indicator, then 与经济增长(基本)同步 ending the clause. */
const IN_STEP_GOAL =
  /(?<=^|[,;:])(?:确保|力争|努力|实现|促进|推动|保持)?([^,;:。\d]{2,16}?)(?:的)?(?:增长|增速|增幅)?(?:要)?(?:与|同)(?:经济增长|经济增速|地区生产总值增长|地区生产总值增速)(?:基本)?同步(?=[,;。]|$)/g;

/**
 * 城乡常住居民人均可支配收入增长与经济增长同步: 常住 (resident) between 城乡 and 居民 names the same whole as
 * 城乡居民人均可支配收入, one goal of it, not one of each half (fix114).
 */
const RESIDENTS = /^((?:[^,;:。]{0,6})?城乡)常住(居民)/;
export const residentsWhole = (name: string): NamedIndicator | null =>
  name.includes('常住') && RESIDENTS.test(name) ? leadingIndicator(name.replace(RESIDENTS, '$1$2')) : null;

/** The indicator named, or both halves of 城乡居民收入 when the catalogue knows no whole of that name. */
export function namedIndicators(name: string): NamedIndicator[] {
  const whole = leadingIndicator(name) ?? residentsWhole(name);
  if (whole) return [whole];
  const halves = (urbanAndRural(name) ?? []).map((half) => leadingIndicator(half));
  return halves.every((half) => half !== null) ? (halves as NamedIndicator[]) : [];
}

/** Goals of keeping pace with growth in the planned part's prose: targets of no value. */
export function inStepGoals(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(IN_STEP_GOAL)) {
    const joins = namedIndicators(m[1] ?? '');
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const words = m[0].slice((m[0].indexOf(m[1] ?? '') ?? 0) + (m[1]?.length ?? 0));
    // 甲增长与经济增长同步 of one whole, in a table's note too: read as the goal list reads it (at least GDP's
    // pace), so the note restating the list's goal is that one target (fix167); each half stays words only.
    const paced = joins.length === 1 ? parseTarget(words, null) : null;
    const value = paced?.relativeToGrowth ? paced : wordsOnly(words);
    for (const join of joins)
      targets.push(statedTarget(join, value, null, words, source.slice(start, provenance.end), provenance));
  }
  return targets;
}
