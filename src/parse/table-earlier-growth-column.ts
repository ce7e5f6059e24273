// A column that compares with an earlier part of the year and names no measure of its own (比一季度增减),
// set beside the table's growth column: the move of that growth in percentage points, not a second growth.

import { foldWidth } from './normalise.js';

/** 比一季度增减, 较1-5月±, 比上半年提高: a comparison with an earlier part of the year, the growth unsaid.
 * 比一季度回落 is left out: its figure is a fall, and the sign would have to be turned. */
const AGAINST_EARLIER =
  /^(?:比|较)(?:上月|上期|上季度?|[一二三]季度|上半年|前三季度|1?\d[-—–~～至]1?\d月(?:份)?)(?:增减|±|\+\/?-|\((?:±|\+\/?-)\)|提高|加快|回升|升降|增减幅度)$/;

/** 同比增长%, 比上年增长(%), 增速: a column of growths against the same period a year before. 同比±%,
 * 同比(±%), 比上年同期+/-%: the same column with the sign for the word (fix402, F8071). */
const GROWTH_COLUMN =
  /^(?:同比|比上年(?:同期)?|比去年(?:同期)?)?(?:增长|增速|增幅|增减)(?:率|幅度)?(?:\(%\)|%)?$|^(?:同比|比上年(?:同期)?|比去年(?:同期)?)(?:±|\+\/?-)(?:\(%\)|%)?$|^(?:同比|比上年(?:同期)?|比去年(?:同期)?)\((?:±|\+\/?-)%\)$/;

/**
 * The units of a table's columns with each bare comparison with an earlier period (比一季度增减) that
 * follows a growth column read in points: 1-6月 | 同比增长% | 比一季度增减 over 10.6 | 1.8 is a growth of
 * 10.6% that rose 1.8 points from the first quarter's (session 45, fix372, F7541). A comparison column with
 * no growth column before it (a balance's 比上月增减) keeps the unit its header gives.
 */
export function earlierGrowthColumnUnits(
  headers: readonly string[],
  units: readonly (string | null | undefined)[],
): (string | null | undefined)[] {
  const words = Array.from(headers, (h) => foldWidth(h).replace(/\s/g, ''));
  return Array.from(units, (unit, c) => {
    if (unit === '百分点' || !AGAINST_EARLIER.test(words[c] ?? '')) return unit;
    const growthBefore = words.slice(0, c).some((w) => GROWTH_COLUMN.test(w));
    return growthBefore ? '百分点' : unit;
  });
}
