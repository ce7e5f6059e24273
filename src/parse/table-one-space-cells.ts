// A plain-text table typed with one full-width space between some columns (同比增长（%）　全市位次　较一季度,
// 万千瓦时　1862) where the others are parted by runs: the spaced split leaves those columns joined in one
// cell. Parts such cells at their single spaces when that makes the row exactly as wide as the table.

import type { Line } from './lines.js';
import type { Cell } from './table.js';

/** A single space between two non-spaces: a column break of one character's width. */
const ONE_SPACE = /(?<=\S) (?=\S)/;

/**
 * The cells with every cell whose raw text parts at single spaces into pieces that all `fit` split
 * there, when that gives exactly `width` cells; null when it does not (the row is left as it was).
 */
export function splitAtOneSpaces(
  cells: readonly Cell[],
  line: Line,
  width: number,
  fits: (piece: string) => boolean,
  make: (text: string, start: number, line: number) => Cell,
): Cell[] | null {
  if (cells.length >= width) return null;
  const out: Cell[] = [];
  let parted = false;
  for (const c of cells) {
    const raw = line.text.slice(c.start - line.start, c.end - line.start);
    const pieces = ONE_SPACE.test(raw) ? raw.split(ONE_SPACE) : [];
    if (pieces.length < 2 || !pieces.every(fits)) {
      out.push(c);
      continue;
    }
    let at = c.start;
    for (const piece of pieces) {
      out.push(make(piece, at, c.line));
      at += piece.length + 1;
    }
    parted = true;
  }
  return parted && out.length === width ? out : null;
}
