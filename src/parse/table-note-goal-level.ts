// A goal a table's note calls a growth that reads as the row's level: under 注：计划栏…均为比上年增长（%）, the grain
// row's 2026年计划 60以上 beside its 2025年完成 61.35 (亿斤) is 60亿斤 or more, not a rise of 60%. Read only when
// the goal is large for a growth (50 or more) and within half to twice a level the same row reports: a small
// county's 一般公共预算收入 of 8.46亿元 beside a goal of 8 stays a growth (fix278).

/** A goal of 50% or more is rare in a plan's growth column (a 2012 half-year's 城镇固定资产投资 goal of 30% is one); a level of that size is not. */
const GROWTH_GOAL_MAX = 50;

const NUMBER = /-?\d+(?:\.\d+)?/;

/** The bare numbers of a row's level cells (a header giving no unit nor growth: 2025年完成). */
export function rowLevels(texts: readonly string[]): number[] {
  return texts.flatMap((text) => (/^\s*\d+(?:\.\d+)?\s*$/.test(text) ? [Number(text)] : []));
}

/** True when the goal cell's figure is too large for a growth and near one of the row's levels. */
export function goalReadsAsLevel(cell: string, levels: readonly number[]): boolean {
  const value = Number(NUMBER.exec(cell)?.[0] ?? Number.NaN);
  if (!Number.isFinite(value) || value < GROWTH_GOAL_MAX) return false;
  return levels.some((level) => level > 0 && value >= level / 2 && value <= level * 2);
}
