// What a parse said, keyed as the accuracy harness keys its items, and the difference between two
// readings of one document: items one has and the other lacks, as a multiset.

import type { ParsedReport } from '../../src/parse/types.js';
import { predictionsOf } from '../accuracy/predict.js';

/** One string per item: observations, targets, rankings and projects, keyed by what the answers state. */
export function itemKeys(report: ParsedReport | null): string[] {
  if (!report) return [];
  const p = predictionsOf(report);
  return [
    ...p.observations.map(
      (o) => `observation ${o.name} ${o.measure} ${o.base}${o.period ? ` @${o.period}` : ''}`,
    ),
    ...p.targets.map(
      (t) =>
        `target ${t.name} ${t.kind} ${t.horizon} ${t.comparator ?? ''}${t.value ?? ''}${t.unit} ${t.attainment}`,
    ),
    ...p.rankings.map((r) => `ranking ${r.subject} ${r.rank}/${r.of ?? '?'} ${r.scope}`),
    ...p.projects.map((j) => `project ${j.name} ${j.planned.join(',')}|${j.completed.join(',')}`),
  ];
}

export interface Difference {
  /** In the reference reading, not in this one. */
  lost: string[];
  /** In this reading, not in the reference. */
  gained: string[];
}

function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}

export const differenceOf = (reference: string[], reading: string[]): Difference => ({
  lost: minus(reference, reading),
  gained: minus(reading, reference),
});
