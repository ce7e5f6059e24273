// A target column whose header says no unit, under a unit line listing several (全年目标 beside 1-6月
// 绝对值 | 增速, 单位：亿元、元、%): its bare numbers are the year's growth goals when they sit by their
// rows' growths rather than their levels (6.5左右 by 3.1 and 112.36; 8 by 5.8 where no level is
// given). The table's rows vote, for one row can mislead (a goal of 6 by 6.58亿元 and a fall of 3.2%).

import type { PendingTarget } from './table-rows.js';
import type { Observation } from './types.js';

/** Whether a bare goal reads as a growth beside its row's actuals: null when they cannot tell. */
function readsAsGrowth(value: number, actuals: readonly Observation[]): boolean | null {
  const growth = actuals.find((a) => a.measure === 'growth' && a.quantity?.unit === '%')?.quantity?.value;
  const level = actuals.find((a) => a.measure === 'level')?.quantity?.value;
  if (growth === undefined) return level === undefined ? null : false;
  return level === undefined || Math.abs(value - growth) < Math.abs(value - level);
}

/** Gives one table's unitless targets the unit % when most of its rows read them as growths. */
export function bareTargetsAsGrowths(
  targets: readonly PendingTarget[],
  rowActuals: ReadonlyMap<string, readonly Observation[]>,
  units: readonly string[],
): void {
  if (!units.includes('%')) return;
  const bare = targets.filter((p) => p.target.unit === '' && p.value.value !== null);
  const votes = bare.map((p) => readsAsGrowth(p.value.value ?? 0, rowActuals.get(p.rowKey) ?? []));
  const growths = votes.filter((v) => v === true).length;
  if (growths === 0 || growths <= votes.filter((v) => v === false).length) return;
  for (const pending of bare) {
    pending.target.unit = '%';
    pending.value.unit = '%';
  }
}

/**
 * The other side of the vote: a unitless goal under a listed unit line (全年计划 beside 上半年完成 |
 * 增长, 单位：万元、%) whose rows read it as a level (321600 by 148600 and 12.1) is the year's amount, in
 * the unit its row's level was read in. Runs after bareTargetsAsGrowths: a table whose rows mostly read
 * their goals as growths has given them % already.
 */
export function bareTargetsAsLevels(
  targets: readonly PendingTarget[],
  rowActuals: ReadonlyMap<string, readonly Observation[]>,
  units: readonly string[],
): void {
  if (units.length < 2) return;
  const bare = targets.filter((p) => p.target.unit === '' && p.value.value !== null);
  const votes = bare.map((p) => readsAsGrowth(p.value.value ?? 0, rowActuals.get(p.rowKey) ?? []));
  if (votes.filter((v) => v === false).length <= votes.filter((v) => v === true).length) return;
  for (const [k, pending] of bare.entries()) {
    if (votes[k] !== false) continue;
    const level = rowActuals.get(pending.rowKey)?.find((a) => a.measure === 'level')?.quantity;
    const unit = level?.unit;
    if (!level || !unit || unit === '%') continue;
    // A level's plan is of the level's order (a year's plan beside a part of it); 8 by 312.5 is no amount.
    const ratio = (pending.value.value ?? 0) / level.value;
    if (!(ratio >= 1 / 20 && ratio <= 20)) continue;
    pending.target.unit = unit;
    pending.value.unit = unit;
  }
}

/** Units of a count (people, firms, households, items): a goal of one is a number of them, not a rise. */
const COUNT_UNIT = /^(?:[万千百]?人次?|[万千]?个|[万千]?家|[万千]?户|[万千]?套|[万千]?项|[万千]?所)$/;

/**
 * A plan column headed in % (计划目标（增长%）) over a row counted in people or firms (城镇新增就业（人）
 * 5000 | 6215 | —): the row states no growth, only a level, and its goal is of that level's order, so the
 * goal is the number to reach, in the row's unit. Money and mass rows keep the % (外贸进出口（亿美元） 10
 * by 4.62 is a growth goal whose growth was left out) unless the goal lies within half again of the level.
 */
export function percentTargetsOfCountRows(
  targets: readonly PendingTarget[],
  rowActuals: ReadonlyMap<string, readonly Observation[]>,
): void {
  // 外贸出口（亿美元） 21.4 | 增长（%） 15左右: a row whose amount goal has a column of its own keeps its growth goal.
  const amountGoalRows = new Set(
    targets.filter((p) => p.target.unit !== '%' && p.target.unit !== '').map((p) => p.rowKey),
  );
  // 指标 | 单位 | 2030年完成 | 2031年目标增长（%） with levels alone: no row states a growth, so one that lacks it says
  // nothing, and an amount's goal near its level (6 by 8.61亿元) stays the growth the header names (fix246).
  const someGrowth = targets.some((p) => rowActuals.get(p.rowKey)?.some((a) => a.measure === 'growth'));
  for (const pending of targets) {
    if (pending.target.unit !== '%' || pending.value.value === null || /[%％]/.test(pending.target.text))
      continue;
    const actuals = rowActuals.get(pending.rowKey) ?? [];
    if (actuals.some((a) => a.measure === 'growth')) continue;
    const level = actuals.find((a) => a.measure === 'level')?.quantity;
    if (!level || level.unit === '%' || level.unit === '') continue;
    const ratio = pending.value.value / level.value;
    // A count's goal may be far from its result; an amount's (实际使用外资（万美元） 3500 by 3860, 粮食总产量
    // （万吨） 60以上 by 62.3) only when it lies close to it, where no growth goal would.
    const near = COUNT_UNIT.test(level.unit)
      ? ratio >= 1 / 3 && ratio <= 3
      : someGrowth && !amountGoalRows.has(pending.rowKey) && ratio >= 2 / 3 && ratio <= 3 / 2;
    if (!near) continue;
    pending.target.unit = level.unit;
    pending.value.unit = level.unit;
  }
}
