// Whose rank a rank column of a table of places holds: the indicator its header names
// (地区生产总值增速位次), else the one indicator of the figure columns since the last rank column
// (地区生产总值 | 增速 | 位次), else, right after another rank column, that column's
// (总量位次 | 增速位次: the level's rank and the growth's, one indicator).

import { lookupIndicator } from './catalogue.js';

export interface RankedIndicator {
  code: string;
  name: string;
}

/** 全市位次, 增速排名, 全省排位: the rank word with the scope written before it. */
const RANK_WORDS = /(?:全[国省市区州县盟])?(?:排名|位次|排位|名次|排序)/g;
/** 总量, 增速, 增长: the measure the rank is of, not part of the indicator's name. */
const MEASURE_WORDS = /(?:同比|比上年(?:同期)?)?(?:总量|绝对值|增速|增长率?|增幅)$/;

/** The indicator a rank column's header names (地区生产总值增速位次 → gdp), or null. */
export function indicatorInRankHeader(header: string): RankedIndicator | null {
  const name = header.replace(/\s/g, '').replace(RANK_WORDS, '').replace(MEASURE_WORDS, '');
  if (name.length < 2) return null;
  const entry = lookupIndicator(name);
  return entry ? { code: entry.code, name } : null;
}

/**
 * The indicator a rank column ranks. `run` holds the indicators of the figure columns since the
 * previous rank column, `previous` that column's owner. Null when it cannot be told (two
 * indicators' growths, then one 位次).
 */
export function rankOwner(
  header: string,
  run: readonly RankedIndicator[],
  previous: RankedIndicator | null,
): RankedIndicator | null {
  const named = indicatorInRankHeader(header);
  if (named) return named;
  const codes = new Set(run.map((k) => k.code));
  if (codes.size === 1) return run[0] ?? null;
  return run.length === 0 ? previous : null;
}
