// A speech's own place named in full once (某某县人民医院…) and by its bare stem elsewhere (新时代某某,
// 某某港区, 某某…产业园): the one full name whose stem the text says often enough is the place's.

import type { Line } from './lines.js';

/** The stem said at least this often (the full name included) to back one full name said once. */
const STEM_LEAST = 4;

export interface StemBackedPlace {
  region: string;
  line: number;
  count: number;
}

/**
 * `names`: the names of the text's own kind counted once each, with whether one starts a clause. Only a
 * single such name qualifies (two names once each are a tie, as a name said twice that lost is one).
 */
export function stemBackedRegion(
  lines: readonly Line[],
  names: ReadonlyArray<{ name: string; line: number; starts: boolean }>,
): StemBackedPlace | null {
  const [only, ...more] = names;
  if (!only || more.length > 0 || !only.starts) return null;
  const stem = only.name.slice(0, 2);
  let count = 0;
  for (const { text } of lines)
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) count++;
  return count >= STEM_LEAST ? { region: only.name, line: only.line, count } : null;
}
