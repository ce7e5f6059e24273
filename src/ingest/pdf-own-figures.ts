// A grid's line that sets a whole figure under a whole figure of the line above (地区生产总值 | 亿元 | 58.64 | 2.1 | 5
// over 　第一产业 | 亿元 | 14.27 | 3.4 |, a 统计快报's indented parts under their total): a row of its own. A
// figure never wraps inside its cell, so a line whose figure sits under another figure opens the next row, however
// far apart the few rows filling every column (the ranked ones) make the table's row pitch.

import type { PlacedCell } from './pdf-lines.js';

/** A figure alone in a cell, whole: 58.64, -1.8, 18426, 4.5%. */
const WHOLE_FIGURE = /^[-+−]?\d[\d,]*(?:\.\d+)?\s*%?$/u;

/** Whether a line's cells set a whole figure under a cell of the line above that holds one already. */
export function setsOwnFigure(above: readonly PlacedCell[], cells: readonly PlacedCell[]): boolean {
  return cells.some(
    (cell, k) => WHOLE_FIGURE.test(cell.text.trim()) && WHOLE_FIGURE.test((above[k]?.text ?? '').trim()),
  );
}
