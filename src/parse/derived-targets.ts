// Whether a target the text implies is one the report also states. A plan derived from a share
// (完成31.27亿元，完成年计划的48.3%) is known only to the rounding of the level and the share it
// comes from: the stated plan is the same one when it lies within that span (60亿元 beside 28.46亿元
// at 47.4%), and another when the share could not have been written from it (65亿元 beside 31.27亿元
// at 48.3%, which would be 48.1%). Other derived plans (from a gap in points) match to the text's
// rounding of the stated value. The two may be written in units of one base (8652人 at 72.1% beside a
// plan part's 1.2万人以上): the derived value is compared in the stated one's unit.

import type { Observation, Target } from './types.js';
import { unitInfo } from './units.js';

export type TargetValueOf = Pick<Target, 'indicatorCode' | 'value' | 'unit'>;

/** Half the last written place of a number: 48.3 → 0.05, 65 → 0.5, 3862 → 0.5. */
function halfStep(raw: string): number | null {
  const written = /\d+(?:\.(\d+))?/.exec(raw);
  if (!written) return null;
  return 0.5 * 10 ** -(written[1]?.length ?? 0);
}

/**
 * The span a plan derived from a share of it can lie in, given the rounding of the level and the
 * share; null when the target is not a share's (its text no percent of a level in another unit).
 */
export function shareDerivedSpan(
  derived: Pick<Target, 'unit' | 'text'>,
  actual: Observation | null | undefined,
): [number, number] | null {
  const quantity = actual?.quantity;
  if (!quantity || derived.unit === '%' || !derived.text.endsWith('%')) return null;
  const share = Number.parseFloat(derived.text.replace(/^[^\d]*/, ''));
  const shareStep = halfStep(derived.text);
  const levelStep = halfStep(quantity.raw);
  const level = quantity.value;
  if (!Number.isFinite(share) || shareStep === null || levelStep === null) return null;
  if (share - shareStep <= 0) return null;
  return [
    ((level - levelStep) / (share + shareStep)) * 100,
    ((level + levelStep) / (share - shareStep)) * 100,
  ];
}

/** Whether a stated target has the value a derived one computes (to the rounding of the text). */
export function sameTarget(
  stated: TargetValueOf & Partial<Pick<Target, 'text' | 'comparator'>>,
  derived: TargetValueOf & Pick<Target, 'text'>,
  actual?: Observation | null,
): boolean {
  if (stated.indicatorCode !== derived.indicatorCode) return false;
  if (stated.value === null || derived.value === null) return false;
  const scale = unitScale(derived.unit, stated.unit);
  if (scale === null) return false;
  const span = shareDerivedSpan(derived, actual);
  // 全年财政总收入27.2亿元 beside 21.36亿元 at 78.6% (27.15–27.20): a plan written with decimals is itself
  // rounded, so it is the same plan when its own span meets the derived one; a round plan (65亿元) is not.
  // A floor (力争…突破X.Y亿元) is no rounded plan: passed, it is met, so its own span is the figure alone.
  const floor = stated.comparator === 'gt' || stated.comparator === 'gte';
  const reach = stated.text && !floor && /\d\.\d/.test(stated.text) ? (halfStep(stated.text) ?? 0) : 0;
  if (span && floorOfPlan(stated, stated.value, derived.value * scale)) return true;
  if (span)
    return stated.value + reach >= span[0] * scale - 1e-9 && stated.value - reach <= span[1] * scale + 1e-9;
  return Math.abs(stated.value - derived.value * scale) <= Math.max(0.05, Math.abs(stated.value) * 0.005);
}

/**
 * 完成年度预算的A% (a plan of X.16亿元) beside the plan part's 力争全年…突破X亿元 or X亿元以上: a floor at the
 * written figure's last place just under the derived plan is that plan stated loosely, one goal (session 31,
 * fix118). A floor a whole step or more below it is another goal.
 */
function floorOfPlan(
  stated: Partial<Pick<Target, 'text' | 'comparator'>>,
  value: number,
  plan: number,
): boolean {
  if ((stated.comparator !== 'gt' && stated.comparator !== 'gte') || !stated.text || value <= 0) return false;
  const step = 2 * (halfStep(stated.text) ?? 0);
  return step > 0 && value <= plan + 1e-9 && plan < value + step - 1e-9;
}

/** The factor from one unit to another of the same base (人 → 万人: 0.0001); null when the bases differ. */
function unitScale(from: string | null, to: string | null): number | null {
  if (from === to) return 1;
  if (from === null || to === null) return null;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (!a || !b || a.baseUnit !== b.baseUnit || a.baseUnit === '') return null;
  return a.factor / b.factor;
}
