// A goal the prose states again in another unit of a plan the table gives (全年计划 180000 under
// 单位：万元 beside 下半年…确保固定资产投资完成18亿元以上): the same plan written twice, one target. The
// prose figure is rounded to its own places (1.52亿元 for the table's 15220万元), so the two agree when
// the table's amount rounds to the prose's figure.

import { unitInfo } from './numbers.js';
import type { Horizon, Target } from './types.js';

/** Half the last written place of the first number in a text: 1.52亿元 → 0.005, 18亿元以上 → 0.5. */
function halfStep(text: string): number | null {
  const written = /\d+(?:\.(\d+))?/.exec(text);
  return written ? 0.5 * 10 ** -(written[1]?.length ?? 0) : null;
}

/**
 * Whether a stated prose goal of `horizon` is a table's plan of the same indicator and horizon written in
 * another unit of the same kind (亿元 for 万元): the table's amount, in the goal's unit, rounds to it. A goal
 * to break through (突破) a round figure above the plan (突破1.5亿元 beside the table's 14800万元) sets a mark
 * beyond it, another target (session 50, fix471, F9956).
 */
export function restatesTablePlan(
  goal: Pick<Target, 'indicatorCode' | 'value' | 'unit' | 'text' | 'derived'> &
    Partial<Pick<Target, 'comparator'>>,
  horizon: Horizon,
  table: readonly Pick<Target, 'indicatorCode' | 'horizon' | 'value' | 'unit'>[],
): boolean {
  if (goal.derived || goal.value === null || !goal.unit || goal.unit === '%') return false;
  const own = unitInfo(goal.unit);
  const step = halfStep(goal.text);
  if (!own || step === null) return false;
  return table.some((t) => {
    if (t.indicatorCode !== goal.indicatorCode || t.horizon !== horizon) return false;
    if (t.value === null || !t.unit || t.unit === goal.unit) return false;
    const theirs = unitInfo(t.unit);
    if (!theirs || theirs.baseUnit !== own.baseUnit) return false;
    const inGoalUnit = (t.value * theirs.factor) / own.factor;
    if (goal.comparator === 'gt' && (goal.value ?? 0) > inGoalUnit + 1e-9) return false;
    return Math.abs(inGoalUnit - (goal.value ?? 0)) <= step + 1e-9;
  });
}
