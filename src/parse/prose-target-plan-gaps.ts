// The period's plan implied by a gap to it: 同比增长6.1%,高于计划0.6个百分点 → the plan was 5.5%.

import type { NamedIndicator } from './prose-clauses.js';
import { asObservation, type ProseTarget, round } from './prose-target-values.js';
import type { TargetValue } from './targets.js';
import type { Fact } from './types.js';

/**
 * 同比增长6.1%,高于计划0.6个百分点: the period's plan was 5.5%. `gap` is the signed comparison fact
 * (低于计划 is negative), `actual` the growth it follows.
 */
export function periodPlanTarget(
  join: NamedIndicator,
  gap: Fact,
  actual: Fact,
  raw: string,
  fullYear = false,
): ProseTarget {
  // 比计划目标多0.8亿元 after 完成12.3亿元: an amount, taken into the level's unit (万元 beside 亿元).
  const amount = gap.quantity.baseUnit !== 'pp';
  const perUnit =
    amount && actual.quantity.value !== 0 ? actual.quantity.valueBase / actual.quantity.value : 1;
  const plan = round(
    actual.quantity.value - (amount ? gap.quantity.valueBase / perUnit : gap.quantity.value),
  );
  const unit = amount ? actual.quantity.unit : '%';
  const value: TargetValue = {
    value: plan,
    unit,
    comparator: 'eq',
    text: gap.quantity.raw,
    relativeToGrowth: false,
  };
  return {
    value,
    horizon: fullYear ? 'full-year' : 'period',
    actual: asObservation(actual, join),
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: fullYear ? 'target' : 'period-plan',
      value: plan,
      unit,
      comparator: 'eq',
      text: gap.quantity.raw,
      raw,
      derived: true,
      provenance: gap.provenance,
    },
  };
}
