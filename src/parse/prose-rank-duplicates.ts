// A rank said twice, once short and once with its group's size: an analysis's ● summary lines (or its
// lead) repeat the body's `增速居全省21个市（州）第8位，较一季度前移3位` as `增速居全省第8位`. The two are
// one rank; the short one is dropped so the size the body gives stands, not a second rank of no size.

import type { Ranking } from './types.js';

/**
 * Removes from `rankings` (in place) each rank of an indicator with no group size when another of the
 * same indicator, rank and scope gives the size and no other move.
 */
export function dropShortRepeats(rankings: Ranking[]): void {
  for (let i = rankings.length - 1; i >= 0; i--) {
    const short = rankings[i];
    if (!short || short.indicatorCode === null || short.of !== null) continue;
    const sized = rankings.some(
      (r) =>
        r !== short &&
        r.indicatorCode === short.indicatorCode &&
        r.of !== null &&
        r.rank === short.rank &&
        r.scope === short.scope &&
        (short.change === null || r.change === short.change),
    );
    if (sized) rankings.splice(i, 1);
  }
}
