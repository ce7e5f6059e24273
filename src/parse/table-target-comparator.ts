// A full-year report's plan table for next year is a bare number (增长% column: 11), which says no
// comparator; the prose of the same plan states the goal with one (全县生产总值增长11%左右). Next year's
// plan is proposed once, so the written comparator is the cell's too. A part-year report's table holds
// the plan set at the year's start, and its plan part's 力争…6%以上 is a second goal: left alone.
// The prose's goal is the report's own: a 市下达指导目标 cell (8.5) beside the own target's 8.5左右 is
// the higher level's figure, and takes only a comparator the prose writes for a guidance.
// 同时，确保甲增长A%以上 after the table, 力争乙突破X亿元 among the tasks: a floor the report vows to hold or a
// goal it strives for, said with 确保/力争, is a goal of its own beside the table's expected figure, unless the
// prose lists that figure plainly too (主要预期目标为…增长A%: that list is the cell's, the vow lends it its
// comparator as before; fix239).

import type { ProseTarget } from './prose-targets.js';
import type { TargetValue } from './targets.js';
import type { Comparator, Horizon, Target } from './types.js';

/** A cell that is only a number (11, 11%, 35.50): its `eq` is a default, not a word of the text. */
const BARE_CELL = /^\s*[+-]?\d+(?:\.\d+)?\s*%?\s*$/;

/** 确保…, 力争…: the vow of a goal of its own, not the plan's expected figure restated. */
const VOWED = /^(?:同时[，,]?)?(?:确保|力争|争取)/;

/**
 * The comparator a next-year table target takes: the prose's, when the cell is bare and the prose
 * states a goal of the same indicator, horizon, value and unit with a comparator of its own.
 */
export function writtenComparator(
  target: Pick<Target, 'indicatorCode' | 'horizon' | 'value' | 'unit'> & { kind?: Target['kind'] },
  value: Pick<TargetValue, 'comparator' | 'text'>,
  prose: readonly ProseTarget[],
  defaultHorizon: Horizon,
): Comparator | null {
  if (target.horizon !== 'next-year' || value.comparator !== 'eq') return value.comparator;
  if (!BARE_CELL.test(value.text) || target.value === null) return value.comparator;
  const same = prose.filter(
    (t) =>
      !t.target.derived &&
      t.target.indicatorCode === target.indicatorCode &&
      (t.target.kind === 'guidance') === (target.kind === 'guidance') &&
      (t.horizon ?? defaultHorizon) === target.horizon &&
      t.target.unit === target.unit &&
      t.target.value !== null &&
      Math.abs(t.target.value - (target.value ?? 0)) < 1e-9,
  );
  // A vowed goal is the cell's only when the prose also lists the plan's figure plainly (that eq is the
  // cell's restatement); with no such list, the cell is the plan's expected figure, and the vow another.
  const listed = same.some((t) => t.target.comparator === 'eq');
  const written = same.find(
    (t) =>
      t.target.comparator !== null && t.target.comparator !== 'eq' && (listed || !VOWED.test(t.target.raw)),
  );
  return written?.target.comparator ?? value.comparator;
}
