// 年度目标为15% in the results, 确保规模以上工业增加值全年增长15%以上 in the plan part: one goal stated
// twice, the second time with a floor (以上) or a ceiling (以内) the first did not write. The same
// indicator, year and figure is one target, the one stated first; a goal of another figure is another.

import type { Horizon, Target } from './types.js';

type Stated = Pick<Target, 'indicatorCode' | 'kind' | 'value' | 'unit' | 'comparator' | 'derived'>;

/** Whether a stated prose goal repeats, with another comparator, a target already read for its year. */
export function repeatsStatedGoal(
  goal: Stated,
  horizon: Horizon,
  earlier: readonly (Stated & Pick<Target, 'horizon'>)[],
): boolean {
  if (goal.derived || goal.value === null || goal.unit === null) return false;
  return earlier.some(
    (t) =>
      !t.derived &&
      t.indicatorCode === goal.indicatorCode &&
      t.kind === goal.kind &&
      t.horizon === horizon &&
      t.value === goal.value &&
      t.unit === goal.unit &&
      t.comparator !== goal.comparator &&
      (t.comparator === 'eq' ||
        goal.comparator === 'eq' ||
        t.comparator === null ||
        goal.comparator === null),
  );
}
