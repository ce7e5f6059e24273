// A verdict whose goal is given in brackets after it (比上年下降4.2%，完成市下达年度目标任务（下降4%）): the bracket's
// figure is the year's goal, met (or missed after 未完成), not a second growth of the indicator. Session 38, fixtail38a.

import type { Observation, Target } from './types.js';

/** 完成市下达年度目标任务（下降4%）, 未完成年度计划目标(增长10%): the verdict and its bracket. */
const VERDICT_BRACKET =
  /(未能|未|没有)?(?:超额)?(?:完成|实现|达到)了?(?:[^,;，；。()（）\d]{0,8}?下达的?)?(?:年度|全年|年初)?(?:目标任务|计划目标|预期目标|计划任务|目标|任务)[(（]((?:增长|下降|提高|降低)?\s*-?\d+(?:\.\d+)?\s*%(?:左右|以上|以内)?)[)）]/g;

/**
 * The observations read inside such brackets, dropped, and the targets they are: the same indicator's full-year
 * goal, judged by the verdict's words.
 */
export function verdictBracketedGoals(
  folded: string,
  observations: readonly Observation[],
  setBy: string | null,
): { observations: Observation[]; targets: Target[] } {
  const drop = new Set<Observation>();
  const targets: Target[] = [];
  for (const m of folded.matchAll(VERDICT_BRACKET)) {
    const words = m[2] ?? '';
    const inner = (m.index ?? 0) + m[0].length - words.length - 1;
    const innerEnd = inner + words.length;
    const seen = observations.find(
      (o) =>
        o.source === 'prose' &&
        o.measure === 'growth' &&
        o.quantity !== null &&
        o.provenance.start >= inner &&
        o.provenance.start < innerEnd,
    );
    if (!seen?.quantity) continue;
    drop.add(seen);
    const bound = /左右$/.test(words)
      ? 'approx'
      : /以上$/.test(words)
        ? 'gte'
        : /以内$/.test(words)
          ? 'lte'
          : 'eq';
    const missed = m[1] !== undefined;
    targets.push({
      indicatorCode: seen.indicatorCode,
      indicatorName: seen.indicatorName,
      setBy,
      kind: 'target',
      horizon: 'full-year',
      value: seen.quantity.value,
      unit: seen.quantity.unit,
      comparator: bound,
      text: words,
      raw: m[0],
      attainment: missed ? 'missed' : 'met',
      attainmentReason: missed ? 'the report says the goal was not met' : 'the report says the goal was met',
      derived: false,
      provenance: { sentenceIndex: seen.provenance.sentenceIndex, start: inner, end: innerEnd },
    });
  }
  return { observations: observations.filter((o) => !drop.has(o)), targets };
}
