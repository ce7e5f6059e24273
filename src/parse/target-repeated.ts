// 年度目标为15% in the results, 确保规模以上工业增加值全年增长15%以上 in the plan part: one goal stated
// twice, the second time with a floor (以上) or a ceiling (以内) the first did not write. The same
// indicator, year and figure is one target, the one stated first; a goal of another figure is another, and so is
// a floor beside a plan table's figure (decide51).

import type { Horizon, Target } from './types.js';

type Stated = Pick<Target, 'indicatorCode' | 'kind' | 'value' | 'unit' | 'comparator' | 'derived'>;

/** Whether a stated prose goal repeats, with another comparator, a target already read for its year. */
export function repeatsStatedGoal(
  goal: Stated,
  horizon: Horizon,
  earlier: readonly (Stated & Pick<Target, 'horizon'>)[],
): boolean {
  if (goal.derived || goal.value === null || goal.unit === null) return false;
  return earlier.some(
    (t) =>
      sameGoalOtherComparator(t, goal, horizon) &&
      (t.comparator === 'eq' ||
        goal.comparator === 'eq' ||
        t.comparator === null ||
        goal.comparator === null),
  );
}

/**
 * Whether a table plans the goal a prose restatement repeats (the table's 9, 距年度目标9%还差… in the results,
 * then 确保全年…增长9%以上): the floor beside a table's figure is a target of its own (README items 10 and 14),
 * though a plain prose mention came between. Counted in session 51 (decide51): 8 goals of 9 (7 files of 8) with such a table
 * answer two targets, while a goal stated twice in prose alone is one (38 goals of 39).
 */
export function floorBesideTablePlan(
  goal: Stated,
  horizon: Horizon,
  tablePlans: readonly (Stated & Pick<Target, 'horizon'>)[],
): boolean {
  if (goal.derived || goal.value === null || goal.comparator === null || goal.comparator === 'eq')
    return false;
  return tablePlans.some((t) => sameGoalOtherComparator(t, goal, horizon));
}

/** A stated (not derived) target of the goal's indicator, kind, horizon, value and unit, with another comparator. */
function sameGoalOtherComparator(
  t: Stated & Pick<Target, 'horizon'>,
  goal: Stated,
  horizon: Horizon,
): boolean {
  return (
    !t.derived &&
    t.indicatorCode === goal.indicatorCode &&
    t.kind === goal.kind &&
    t.horizon === horizon &&
    t.value === goal.value &&
    t.unit === goal.unit &&
    t.comparator !== goal.comparator
  );
}

/** 服务业增加值占地区生产总值比重, 研发经费支出占GDP的比重: a table row named as a share of a whole. */
const SHARE_ROW = /占.{1,16}比重$/;

type ShareGoal = Pick<Target, 'indicatorCode' | 'indicatorName' | 'value' | 'unit' | 'raw'> & {
  horizon: Horizon | null;
};

/**
 * Whether a table's goal of a row named as a share (甲占乙比重 2025年目标 A) is the one the prose states with the
 * row's words (甲占乙比重达到A%), read there under the share's own indicator (甲, or the catalogue's code of
 * it): one goal, the prose's (session 37, fixleft37), also when the row joins the same code (F5395). A prose goal of
 * another figure or horizon is another.
 */
export function restatedShareGoal(
  row: ShareGoal,
  prose: readonly ShareGoal[],
  defaultHorizon: Horizon,
): boolean {
  if (row.unit !== '%' || row.value === null || !SHARE_ROW.test(row.indicatorName)) return false;
  return prose.some(
    (p) =>
      p.unit === '%' &&
      p.value === row.value &&
      (p.horizon ?? defaultHorizon) === row.horizon &&
      p.raw.startsWith(row.indicatorName),
  );
}
