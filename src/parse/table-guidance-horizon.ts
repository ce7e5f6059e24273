// A guidance column in a part-year report's table (市指导目标 beside 年度目标 and 上半年完成) is read as
// the period's guidance unless its header says the year. A growth rate cannot tell, but an amount can: a
// guidance of 160亿元 beside the row's own year target of 170亿元 (and a half-year actual of 96.48) is the
// year's figure, not a half year's, so it is a full-year guidance (judged unknown against a part-year actual).
// A header that names the period (滨江市下达1-9月指导目标: 45 beside 60) keeps the period's guidance, and
// the scale must be near the year's: a 1-9月 share of the year is 0.75 of it.

import type { PendingTarget } from './table-rows.js';

/** How close a guidance amount stands to the row's own year target to be taken for the same horizon. */
const SAME_SCALE = { low: 0.85, high: 1.34 };

/** The guidance cells still on the report's period whose column header does not name the period. */
function periodGuidance(
  targets: readonly PendingTarget[],
  periodNamed: ReadonlySet<PendingTarget>,
): PendingTarget[] {
  return targets.filter(
    (p) => p.target.kind === 'guidance' && p.target.horizon === 'period' && !periodNamed.has(p),
  );
}

/**
 * Moves a period guidance amount that is on the scale of its row's own full-year target to the full year,
 * unless its column's header names the period (`periodNamed`).
 */
export function guidanceAmountsForYear(
  targets: readonly PendingTarget[],
  periodNamed: ReadonlySet<PendingTarget>,
): void {
  for (const pending of periodGuidance(targets, periodNamed)) {
    const guidance = pending.target;
    if (guidance.value === null || guidance.unit === '' || guidance.unit === '%') continue;
    const own = targets.find(
      (p) =>
        p.rowKey === pending.rowKey &&
        p.target.kind === 'target' &&
        p.target.horizon === 'full-year' &&
        p.target.unit === guidance.unit &&
        p.target.value !== null &&
        p.target.value > 0,
    );
    if (!own || own.target.value === null) continue;
    const ratio = guidance.value / own.target.value;
    if (ratio >= SAME_SCALE.low && ratio <= SAME_SCALE.high) guidance.horizon = 'full-year';
  }
}

/**
 * 指标 | 2017年完成 | 2018年目标 | 上级下达: a guidance column whose header names no horizon, in a table
 * whose own goals are all next year's, is next year's guidance too (the higher level's figure for the
 * year the goals are set for), not the report's period. A header that names the period keeps it.
 */
export function guidanceOfNextYear(
  targets: readonly PendingTarget[],
  periodNamed: ReadonlySet<PendingTarget>,
): void {
  const own = targets.filter((p) => p.target.kind === 'target');
  if (own.length === 0 || own.some((p) => p.target.horizon !== 'next-year')) return;
  for (const pending of periodGuidance(targets, periodNamed)) {
    pending.target.horizon = 'next-year';
  }
}

/**
 * 年度目标 | 市下达指导目标 | 完成数 in a year report: the report's period is the year, so a guidance column
 * whose header names no part of it holds the year's guidance, as the 年度目标 beside it holds the year's
 * goal. Runs after guidanceOfNextYear, which has moved a plan report's guidance to the next year.
 */
export function guidanceOfYearReport(
  targets: readonly PendingTarget[],
  periodNamed: ReadonlySet<PendingTarget>,
): void {
  for (const pending of periodGuidance(targets, periodNamed)) {
    pending.target.horizon = 'full-year';
  }
}
