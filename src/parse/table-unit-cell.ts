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
  const units = pieces.map((p) => (p === '％' ? '%' : p));
  return units.every((u) => u === '%' || unitInfo(u) !== null) ? units : null;
}

/** The unit a row's level takes from a listed unit cell: the first that is not %. */
export function levelOfListed(units: readonly string[]): string | null {
  return units.find((u) => u !== '%') ?? null;
}
