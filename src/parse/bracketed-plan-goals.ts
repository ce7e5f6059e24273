// A year's goal list whose items carry the five-year plan's goal in brackets (建议2026年主要预期目标为（括号内为
// “十五五”时期目标）：——甲增长A%左右（年均增长B%左右）；): each bracket is the same indicator's five-year goal.
// Session 38, fix262.

import type { Comparator, Target } from './types.js';

/** （括号内为“十五五”时期目标）, 括号内为十五五规划目标: the cue that the brackets hold the plan's goals. */
const BRACKET_CUE =
  /括号内(?:为|是|系)?“?十[一二三四五六七八九]五”?(?:时期|期间|规划|规划纲要)?(?:的)?(?:主要)?(?:预期)?(?:目标|指标)/;

/** ——甲增长A%左右（年均增长B%左右）；: the bracket closing a list item, its words inside. */
const CLOSING_BRACKET = /[(（]([^()（）]{1,30})[)）]\s*[;；。,，]?\s*$/;

/** 年均增长B%左右, 五年累计3万人以上, 5.5%以内: the bracket's figure, its unit and its bound. */
const BRACKET_FIGURE =
  /(-?\d+(?:\.\d+)?)\s*(%|个百分点|万亿元|亿元|万元|元|万人|人|万户|户|万吨|吨|万平方米|平方米|微克\/立方米|个|家)?\s*(左右|以上|以内|以下|及以上|上下)?/;

const BOUNDS: Readonly<Record<string, Comparator>> = {
  左右: 'approx',
  上下: 'approx',
  以上: 'gte',
  及以上: 'gte',
  以内: 'lte',
  以下: 'lte',
};

/** The comparator a bound's words give; 超过/突破 before the figure a floor too. */
function comparatorOf(words: string, bound: string | undefined, before: string): Comparator {
  if (bound) return BOUNDS[bound] ?? 'eq';
  if (/(?:超过|突破|高于)$/.test(before)) return 'gt';
  if (/(?:控制在|不超过|低于)$/.test(before)) return 'lte';
  return words.includes('同步') ? 'gte' : 'eq';
}

/**
 * The five-year goals of a cued list's brackets, one per item whose year goal the prose read, and the targets
 * left once a bracket's figure read as a second year goal (（5.5%以内）) is dropped.
 */
export function bracketedPlanGoals(
  folded: string,
  targets: readonly Target[],
  reason: string,
): { targets: Target[]; added: number } {
  const cue = BRACKET_CUE.exec(folded);
  if (!cue) return { targets: [...targets], added: 0 };
  const drop = new Set<Target>();
  const added: Target[] = [];
  let at = folded.indexOf('\n', cue.index);
  while (at !== -1 && at < folded.length) {
    const start = at + 1;
    const next = folded.indexOf('\n', start);
    const end = next === -1 ? folded.length : next;
    const line = folded.slice(start, end);
    at = next;
    if (line.trim() === '') continue;
    const bracket = CLOSING_BRACKET.exec(line);
    // The list ends at the first line with no closing bracket (the next heading or paragraph).
    if (!bracket) break;
    const words = bracket[1] ?? '';
    const inner = start + bracket.index + 1;
    const innerEnd = inner + words.length;
    const inLine = targets.filter((t) => t.provenance.start >= start && t.provenance.start < end);
    for (const t of inLine) if (t.provenance.start >= inner && t.provenance.start < innerEnd) drop.add(t);
    const year = inLine.find((t) => t.provenance.start < inner && t.horizon !== 'five-year');
    if (!year) continue;
    const figure = BRACKET_FIGURE.exec(words);
    const value = figure ? Number(figure[1]) : null;
    const unit = figure ? (figure[2] ?? year.unit ?? '') : null;
    const before = figure ? words.slice(0, figure.index) : '';
    added.push(
      Object.assign({}, year, {
        horizon: 'five-year' as const,
        value,
        unit: value === null ? year.unit : unit,
        comparator: value === null ? year.comparator : comparatorOf(words, figure?.[3], before),
        text: words,
        raw: words,
        attainment: 'unknown' as const,
        attainmentReason: reason,
        derived: false,
        provenance: { sentenceIndex: year.provenance.sentenceIndex, start: inner, end: innerEnd },
      }),
    );
  }
  return { targets: [...targets.filter((t) => !drop.has(t)), ...added], added: added.length };
}
