// The full-year plan a table row implies: its level beside the share of the year's budget or plan done so
// far (税收收入 | 6.58 | 完成年初预算（%） 42.9 → 15.34亿元), as the prose's 完成年初预算的42.9% implies it.
// A share of the year's plan or goal (占全年目标%, 占年计划（%）) gives one too when the table states no goal.

import type { PendingTarget } from './table-rows.js';
import type { Observation, Quantity } from './types.js';

/**
 * 完成年初预算（%）, 完成年度预算%: a share of the year's own budget, not a period's. A plan or goal column (完成年度目标%,
 * 完成全年计划%) gives no derived plan in a table with a goal column, beside goals read elsewhere
 * (tests/parse/matrix/tables.test.ts holds that).
 */
const YEAR_PLAN = /(?:年初|全年|年度|年)(?:调整)?预算/;

/**
 * 占全年目标%, 占年计划（%）, 完成年度目标%: a share of the year's plan or goal. In a table with no goal or guidance
 * column (a 统计局's 主要经济指标 of 5月 | 1-5月 | 同比增长% | 占全年目标%) it is the plan's only trace, so it gives
 * the plan as the prose's 占年计划的A% does (session 46, fix387, F7841).
 */
const YEAR_GOAL = /(?:全年|年度|年)(?:目标|计划)/;
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The row's derived full-year target, when its progress column names the year's plan and the row gives
 * a level (not a rate) it is a share of; null otherwise.
 */
export function yearPlanFromShare(
  header: string,
  share: { quantity: Quantity; provenance: Observation['provenance']; raw: string },
  actuals: readonly Observation[],
  row: { rowKey: string; code: string; name: string; setBy: string },
  tableStatesGoals = true,
): PendingTarget | null {
  const ofYear = YEAR_PLAN.test(header) || (!tableStatesGoals && YEAR_GOAL.test(header));
  if (!ofYear || share.quantity.value <= 0 || share.quantity.value > 1000) return null;
  const level = actuals.find((o) => o.measure === 'level' && o.quantity && o.quantity.baseUnit !== '%');
  if (!level?.quantity) return null;
  const value = round(level.quantity.value / (share.quantity.value / 100));
  const text = `${share.raw}%`;
  return {
    rowKey: row.rowKey,
    value: { value, unit: level.quantity.unit, comparator: 'eq', text, relativeToGrowth: false },
    target: {
      indicatorCode: row.code,
      indicatorName: row.name,
      setBy: row.setBy,
      kind: 'target',
      horizon: 'full-year',
      value,
      unit: level.quantity.unit,
      comparator: 'eq',
      text,
      raw: `${header} ${share.raw}`,
      derived: true,
      provenance: share.provenance,
    },
  };
}
