// A five-year plan's goal as a target: the shape the plan-goal readers share (plan-goal-gap, plan-average-goal,
// plan-named-goals), so each says only what its form finds — the indicator, the figure, its bound, where it stands.

import type { Attainment, Comparator, Provenance, Target } from './types.js';

export interface FiveYearGoal {
  code: string;
  name: string;
  value: number;
  unit: string | null;
  comparator: Comparator;
  /** The goal's words (`5.5%左右`). */
  text: string;
  raw: string;
  attainment: Attainment;
  attainmentReason: string;
  provenance: Provenance;
}

/** The region's own five-year target, written (never derived). */
export function fiveYearTarget(setBy: string | null, goal: FiveYearGoal): Target {
  return {
    indicatorCode: goal.code,
    indicatorName: goal.name,
    setBy,
    kind: 'target',
    horizon: 'five-year',
    value: goal.value,
    unit: goal.unit,
    comparator: goal.comparator,
    text: goal.text,
    raw: goal.raw,
    attainment: goal.attainment,
    attainmentReason: goal.attainmentReason,
    derived: false,
    provenance: goal.provenance,
  };
}
