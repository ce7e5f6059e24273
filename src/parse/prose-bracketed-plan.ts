// A result with its plan in brackets right after it, as a congress committee's review lists the year's results
// (地区生产总值完成15.68亿元（计划14.2亿元），增长21.4%（计划15%）): the bracket's figure is the same measure's plan,
// a stated target the result is judged against, and no subject of its own for the clauses after it. Session 50,
// fix477 (F10041).

import type { Figure } from './numbers.js';
import type { NamedIndicator } from './prose-clauses.js';
import type { ProseTarget } from './prose-target-values.js';
import type { Horizon, Observation } from './types.js';

/** (计划, (年计划为, (全年计划: the bracket opened right after the result, its plan named before the figure. */
const PLAN_OPEN = /^\s*\(\s*(年度|全年|年)?计划(?:为|是)?\s*$/;
/** The bracket closes right after the plan's figure (a bound word may stand between). */
const PLAN_CLOSE = /^\s*(左右|以上|以内)?\s*\)/;
/**
 * ，比年度计划（11%）高出1.6个百分点, ，比年初确定的预期目标（9%）高0.6个百分点: the plan in brackets inside the gap to it, right
 * after the result it is the plan of, the gap's verb after the bracket (高于年度目标（8%）N个百分点 is read as before:
 * its plan derived from the gap). Session 51, fix482_483, F10272.
 */
const GAP_PLAN_OPEN =
  /^\s*[,;]?\s*(?:增速|增幅)?(?:比|较)(年度|全年|年初|年)?(?:(?:确定|制定|提出|下达)的)?(?:预期|计划)?(?:目标|计划)(?:增速)?\(\s*(?:增长)?$/;
const GAP_PLAN_CLOSE = /^\s*(左右|以上)?\s*\)\s*(?:高出?|低|快|慢)了?\d/;

const BOUNDS = { 左右: 'approx', 以上: 'gte', 以内: 'lte' } as const;

export interface BracketedPlan {
  /** The plan is named as the year's (年计划, 全年计划). */
  forTheYear: boolean;
  bound: keyof typeof BOUNDS | null;
}

/**
 * Whether `figure` is the plan in brackets right after the figure that ended at `previousEnd` (15.68亿元（计划14.2
 * 亿元）). Bails out on a cheap look at the few characters between before any pattern.
 */
export function bracketedPlan(folded: string, figure: Figure, previousEnd: number): BracketedPlan | null {
  const gap = figure.start - previousEnd;
  if (gap < 3 || gap > 14) return null;
  const lead = folded.slice(previousEnd, figure.start);
  if (!lead.includes('计划') && !lead.includes('目标')) return null;
  if (gap > 8 || !lead.trimStart().startsWith('(')) return gapPlan(folded, figure, lead);
  const open = PLAN_OPEN.exec(lead);
  const close = open ? PLAN_CLOSE.exec(folded.slice(figure.end, figure.end + 6)) : null;
  if (!open || !close) return null;
  return { forTheYear: open[1] !== undefined, bound: (close[1] as BracketedPlan['bound']) ?? null };
}

/** The plan in brackets inside the gap to it (GAP_PLAN_OPEN), the gap's verb and margin after the bracket. */
function gapPlan(folded: string, figure: Figure, lead: string): BracketedPlan | null {
  if (figure.quantity.baseUnit !== '%') return null;
  const open = GAP_PLAN_OPEN.exec(lead);
  const close = open ? GAP_PLAN_CLOSE.exec(folded.slice(figure.end, figure.end + 10)) : null;
  if (!open || !close) return null;
  return { forTheYear: open[1] !== undefined, bound: (close[1] as BracketedPlan['bound']) ?? null };
}

/**
 * The target such a bracket states: the plan of the result read right before it (`actual`), of its indicator and
 * measure; the year's in a full-year report or when named so, else the period's plan.
 */
export function bracketedPlanTarget(
  plan: BracketedPlan,
  figure: Figure,
  actual: Observation,
  join: NamedIndicator,
  raw: string,
  provenance: Observation['provenance'],
  fullYearReport: boolean,
): ProseTarget {
  const { value, unit } = figure.quantity;
  const comparator = plan.bound ? BOUNDS[plan.bound] : 'eq';
  const horizon: Horizon = fullYearReport || plan.forTheYear ? 'full-year' : 'period';
  return {
    value: { value, unit, comparator, text: figure.quantity.raw, relativeToGrowth: false },
    horizon,
    actual,
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: horizon === 'full-year' ? 'target' : 'period-plan',
      value,
      unit,
      comparator,
      text: figure.quantity.raw,
      raw,
      derived: false,
      provenance,
    },
  };
}
