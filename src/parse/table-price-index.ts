// A price table: a communiqué's 居民消费价格比上年涨跌幅度 lists the index and its categories (食品烟酒,
// 衣着, 居住 …) as index numbers over 100. The categories are no indicators the report tracks; their
// figures are read neither as growths of 102.4% nor as indicators of their own.

import { lookupIndicator } from './catalogue.js';
import { splitNameUnit } from './normalise.js';

/** The name of a row without a stated base (居民消费价格指数(上年=100)) and its unit. */
function bareName(name: string): string {
  return splitNameUnit(name.replace(/[(（][^()（）]*[)）]\s*$/, '')).name;
}

/**
 * Whether the rows (their names as written) are a price index and its categories: some row is an
 * index the catalogue reads over a base, and every other row the catalogue knows is one too.
 */
export function isPriceIndexTable(names: readonly string[]): boolean {
  const known = names.map((name) => lookupIndicator(bareName(name))).filter((e) => e !== undefined);
  return known.length > 0 && known.every((entry) => entry.indexBase !== undefined);
}
