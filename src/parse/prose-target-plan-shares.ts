// The full-year plan implied by a level and its share of the annual plan: 完成12亿元,占年计划的48%
// → 25亿元; and the words that make a share one of the plan.

import type { NamedIndicator } from './prose-clauses.js';
import { asObservation, type ProseTarget, round } from './prose-target-values.js';
import type { TargetValue } from './targets.js';
import type { Fact } from './types.js';

/** 完成投资12亿元,占年计划的48%: the full-year plan was 12 / 48% = 25亿元, in the level's unit. */
export function derivedFullYearTarget(
  join: NamedIndicator,
  share: Fact,
  level: Fact,
  raw: string,
): ProseTarget | null {
  if (share.quantity.value <= 0 || share.quantity.value > 1000) return null;
  const planned = round(level.quantity.value / (share.quantity.value / 100));
  const value: TargetValue = {
    value: planned,
    unit: level.quantity.unit,
    comparator: 'eq',
    text: share.quantity.raw,
    relativeToGrowth: false,
  };
  return {
    value,
    horizon: 'full-year',
    actual: asObservation(level, join),
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: 'target',
      value: planned,
      unit: level.quantity.unit,
      comparator: 'eq',
      text: share.quantity.raw,
      raw,
      derived: true,
      provenance: share.provenance,
    },
  };
}

/**
 * Words that make a share a share of the annual plan (占年计划的, 完成年度目标任务的, 为调整预算的: the
 * budget as the congress adjusted it), not of a total.
 */
export const SHARE_OF_PLAN =
  /(?:占|完成|为)了?(?:[\u4e00-\u9fa5]{1,6}?下达的?)?(?:年度?|全年|年初)?(?:调整后?的?)?(?:投资)?(?:预算|计划目标|计划|目标任务|奋斗目标|预期目标|预计目标|目标|任务)(?:投资)?数?的?$/;

/** 已完成年初预算的54.2%: whether the words before a share name the year's plan it is a share of. */
export function isShareOfPlan(wordsBefore: string): boolean {
  return SHARE_OF_PLAN.test(wordsBefore);
}
