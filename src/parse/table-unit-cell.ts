// A unit column whose cell lists two units (亿元、%, 元/%): the row's level is in the first, its rates and
// goals in %. The level columns take the unit that is not %; the goal columns take none, so the table's
// rows vote whether their bare goals read as growths (table-bare-target-unit.ts).

import { unitInfo } from './numbers.js';

/** The units a unit cell lists when it lists more than one (亿元、% → ['亿元', '%']), else null. */
export function listedUnits(cell: string): string[] | null {
  const pieces = cell
    .trim()
    .split(/\s*[、,，/／;；]\s*/)
    .filter((p) => p !== '');
  if (pieces.length < 2) return null;
  // Array.from, not .map: readTables reads the list, and an optimized .map's holey array would deoptimize it.
  const units = Array.from(pieces, (p) => (p === '％' ? '%' : p));
  return units.every((u) => u === '%' || unitInfo(u) !== null) ? units : null;
}

/** The unit a row's level takes from a listed unit cell: the first that is not %. */
export function levelOfListed(units: readonly string[]): string | null {
  return units.find((u) => u !== '%') ?? null;
}

/** A column of rates: 增速（%）, 增长, 增幅, 比重, 占比. */
const RATE_COLUMN = /增速|增长|增幅|比重|占比|%|％/;

/**
 * The unit of a bare cell from the line over the table (单位：亿元、%): its one unit, or with several the
 * level's for a column that is no rate's (地区生产总值 总量 under 单位：亿元、%). Under 单位：亿元、元、%
 * an indicator reported in another of the listed units (人均可支配收入 in 元) is in that one, as in a
 * table of indicators (session 29, fix98).
 */
export function unitFromLine(
  units: readonly string[],
  header: string,
  indicatorUnit: string | null = null,
): string | null {
  if (units.length === 1) return units[0] ?? null;
  if (RATE_COLUMN.test(header)) return null;
  return indicatorUnit && units.includes(indicatorUnit) ? indicatorUnit : levelOfListed(units);
}
