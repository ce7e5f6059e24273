// When two figures count as the same: the one rounding rule that vintages (`revised`) and the
// consistency flags share, so a difference the API reports is a difference in both places.
//
// - Figures written in the same unit agree when they round to the same figure at the coarser
//   precision written: |a − b| ≤ half a unit in the last decimal place of the less precise one
//   (5.2 and 5.24 agree, 5.2 and 5.26 do not; 86.4 and 86.40 agree).
// - Figures in different units (亿元 against 万元) and figures derived by arithmetic (a level
//   implied by a growth rate, a share computed from a level and a target) agree within a
//   relative tolerance of 0.5% (DERIVED_TOLERANCE).

export const DERIVED_TOLERANCE = 0.005;

/** Decimal places of a number as written (5.20 is read as 5.2: one place). */
export function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Same unit: equal at the coarser precision written. */
export function agreesAsWritten(a: number, b: number): boolean {
  const places = Math.min(decimals(a), decimals(b));
  return Math.abs(a - b) <= 0.5 * 10 ** -places + 1e-9;
}

/** Derived or converted figures: within DERIVED_TOLERANCE of the larger magnitude. */
export function agreesDerived(a: number, b: number): boolean {
  return Math.abs(a - b) <= DERIVED_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

export interface Figure {
  value: number | null;
  unit: string | null;
  valueBase: number | null;
}

/** Two figures of one quantity; word-only figures (no number) never count as disagreeing. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return true;
  if (a.unit === b.unit) return agreesAsWritten(a.value, b.value);
  if (a.valueBase === null || b.valueBase === null) return true;
  return agreesDerived(a.valueBase, b.valueBase);
}
