// A row named with its unit and its period in one bracket: 地区生产总值（亿元，前三季度）, 城镇居民人均可支配收入
// （元，1-9月）on a sheet comparing a county with its city. Both belong to the row, neither to the name: the
// unit is read as a bracketed unit is, the period as a bracketed period is (table-row-period.ts).

import { splitNameUnit } from './normalise.js';

/** The bracket closing a (width-folded) row name, split at its one comma, 、 or ;. */
const UNIT_PERIOD = /\s*\(([^(),、;]{1,8})\s*[,、;]\s*([^(),、;]{1,10})\)\s*$/;

/** Whether a bracket's piece is a unit the row names (亿元, 元, %, 万千瓦时…). */
const isUnit = (piece: string) => splitNameUnit(`甲(${piece.trim()})`).unit !== null;

/**
 * The row's unit and period when its closing bracket holds both (either order), with the name before it;
 * null when the bracket holds anything else. `isPeriod` says whether a piece is a period.
 */
export function unitPeriodBracket(
  name: string,
  isPeriod: (piece: string) => boolean,
): { name: string; unit: string; period: string } | null {
  const match = UNIT_PERIOD.exec(name);
  const [first, second] = [match?.[1]?.trim() ?? '', match?.[2]?.trim() ?? ''];
  if (!match || first === '' || second === '') return null;
  const before = name.slice(0, match.index);
  if (isUnit(first) && isPeriod(second)) return { name: before, unit: first, period: second };
  if (isPeriod(first) && isUnit(second)) return { name: before, unit: second, period: first };
  return null;
}
