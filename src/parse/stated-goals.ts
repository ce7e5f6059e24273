// The prose goals parseText has kept so far, indexed for repeatsStatedGoal (session 37, speed37b): a line of
// N goals (全年甲力争增长A%以上，… repeated) passed each goal a copy of all those before it and read them all,
// the square of N. Only what repeatsStatedGoal compares is kept: one goal for each indicator, kind, horizon,
// value, unit and comparator, so a new goal reads at most one kept goal a comparator.

import { repeatsStatedGoal } from './target-repeated.js';
import type { Comparator, Target } from './types.js';

type Kept = Pick<Target, 'indicatorCode' | 'kind' | 'horizon' | 'value' | 'unit' | 'comparator' | 'derived'>;

const keyOf = (t: Pick<Target, 'indicatorCode' | 'kind' | 'horizon' | 'value' | 'unit'>) =>
  `${t.indicatorCode}\u0000${t.kind}\u0000${t.horizon}\u0000${t.value}\u0000${t.unit}`;

/** Built per parse: the goals added, by what repeatsStatedGoal compares; the first of each comparator. */
export class StatedGoals {
  private readonly byKey = new Map<string, Map<Comparator | null, Kept>>();

  add(t: Kept): void {
    // A derived goal, or one of no value or unit, is never the earlier one repeatsStatedGoal finds.
    if (t.derived || t.value === null || Number.isNaN(t.value) || t.unit === null) return;
    const key = keyOf(t);
    const kept = this.byKey.get(key) ?? new Map<Comparator | null, Kept>();
    if (!kept.has(t.comparator)) kept.set(t.comparator, t);
    this.byKey.set(key, kept);
  }

  /** repeatsStatedGoal(goal, horizon, every goal added), read in the goals of the same key alone. */
  repeats(goal: Parameters<typeof repeatsStatedGoal>[0], horizon: Target['horizon']): boolean {
    if (goal.derived || goal.value === null || goal.unit === null) return false;
    const kept = this.byKey.get(keyOf(Object.assign({}, goal, { horizon })));
    return kept !== undefined && repeatsStatedGoal(goal, horizon, Array.from(kept.values()));
  }
}
