// A plan said met or missed in words about an indicator the report already gives a target of this
// year (甲、乙、丙和丁4项未完成 after 甲's gap to its plan): the words confirm that target, no second one.

import type { ProseTarget } from './prose-targets.js';
import type { Horizon, Target } from './types.js';

/**
 * Whether the prose target at `index` is a verdict in words on the plan (no value) for an indicator that has
 * another target of the report's year: a table's, a prose target with a value, or an earlier verdict.
 * A prose target that writes no horizon takes the report's default: a full-year report's plan part
 * (城镇登记失业率控制在3.5%以内) sets next year's, which a verdict on this year's plan does not confirm.
 */
export function confirmsAnother(
  prose: readonly ProseTarget[],
  index: number,
  table: readonly Pick<Target, 'indicatorCode' | 'horizon'>[],
  /** The horizon a prose target without one of its own takes (next-year in a full-year report's plan part). */
  defaultHorizon: Horizon,
): boolean {
  const thisYear = (horizon: Horizon | null) => (horizon ?? defaultHorizon) !== 'next-year';
  const own = prose[index];
  if (!own?.onThePlan || own.target.value !== null || !thisYear(own.horizon ?? defaultHorizon)) return false;
  const code = own.target.indicatorCode;
  if (table.some((t) => t.indicatorCode === code && thisYear(t.horizon))) return true;
  return prose.some(
    (other, at) =>
      at !== index &&
      other.target.indicatorCode === code &&
      // 控制在计划目标以内 in the results, 控制在3.5%以内 in the plan part: next year's goal confirms nothing.
      thisYear(other.horizon ?? defaultHorizon) &&
      (other.target.value !== null || (other.verdict !== undefined && at < index)),
  );
}
