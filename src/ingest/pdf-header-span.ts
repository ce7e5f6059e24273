// A header cell merged across columns (1-6月 over 绝对值 | 增速 | 全市位次): in a PDF it is text centred
// over the columns it spans, narrower than they are, so by its own extent it falls in the middle one.
// Word and HTML tables put such a cell in the first column of its span; this puts it there too.

import type { Placed } from './pdf-lines.js';

/** How far a span's centre may lie from the header's: a character's width. */
const CENTRED = 1;

/**
 * The first column an item of a header line spans: the item is centred over a run of two or more
 * items of the header line below, and no other item of its own line stands over that run. Null
 * when it spans nothing.
 */
export function spannedColumn(
  item: Placed,
  line: readonly Placed[],
  below: readonly Placed[],
  columnOf: (item: Placed) => number,
  size: number,
): number | null {
  const subs = [...below].sort((a, b) => a.x - b.x);
  const centre = (item.x + item.end) / 2;
  const others = line.filter((o) => o !== item).map(columnOf);
  let best: { column: number; offset: number } | null = null;
  for (let a = 0; a < subs.length; a++)
    for (let b = a + 1; b < subs.length; b++) {
      const first = subs[a];
      const last = subs[b];
      if (!first || !last || item.x < first.x - size || item.end > last.end + size) continue;
      const offset = Math.abs((first.x + last.end) / 2 - centre);
      const from = columnOf(first);
      const to = columnOf(last);
      if (offset > CENTRED * size || others.some((c) => c >= from && c <= to)) continue;
      if (!best || offset < best.offset) best = { column: from, offset };
    }
  return best?.column ?? null;
}
