// A rank said twice, once short and once with its group's size: an analysis's ● summary lines (or its
// lead) repeat the body's `增速居全省21个市（州）第8位，较一季度前移3位` as `增速居全省第8位`. The two are
// one rank; the short one is dropped so the size the body gives stands, not a second rank of no size.

import type { Ranking } from './types.js';

/**
 * Removes from `rankings` (in place) each rank of an indicator with no group size when another of the
 * same indicator, rank and scope gives the size and no other move.
 */
export function dropShortRepeats(rankings: Ranking[]): void {
  // The moves of the ranks that give a size, by indicator, rank and scope: one pass over the ranks, where a
  // look through them all for each short one is quadratic in a report of thousands of ranks.
  const sized = new Map<string, Set<number | null>>();
  for (const r of rankings) {
    if (r.indicatorCode === null || r.of === null) continue;
    const key = repeatKey(r);
    const moves = sized.get(key) ?? new Set<number | null>();
    moves.add(r.change);
    sized.set(key, moves);
  }
  if (sized.size === 0) return;
  let kept = 0;
  for (const short of rankings) {
    const moves = short.indicatorCode === null || short.of !== null ? undefined : sized.get(repeatKey(short));
    if (moves && (short.change === null || moves.has(short.change))) continue;
    rankings[kept++] = short;
  }
  rankings.length = kept;
}

const repeatKey = (r: Ranking) => `${r.indicatorCode}\u0000${r.rank}\u0000${r.scope}`;
