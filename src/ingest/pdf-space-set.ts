// A PDF table typed as lines with runs of spaces between its cells (no table in the file): the pieces of each
// line are its cells, in order, when the drifting columns cannot part them (session 29, fix97).

import type { PdfLine, PlacedCell } from './pdf-lines.js';

/**
 * 指 标 名 称   单位   1—N月   同比增长（%） / 地区生产总值   亿元   X   A: a table typed as lines whose cells are
 * parted by runs of spaces (no table in the file): a name in Chinese is wider than the spaces that stood for it,
 * so the columns drift from row to row and two cells of a line fall into one column. Every line with as many pieces
 * as the others, the pieces are the cells, in order; a first line with no figure the header (session 29, fix97).
 */
export function spaceSetRows(
  lines: readonly PdfLine[],
  /** The column the table's columns put a piece in. */
  columnOfPiece: (piece: PdfLine['pieces'][number]) => number,
  /** Whether a line is a row of figures (the body), not the header. */
  isFigureRow: (line: PdfLine) => boolean,
): { head: PlacedCell[][]; body: PlacedCell[][] } | null {
  const count = lines[0]?.pieces.length ?? 0;
  if (count < 3 || lines.some((l) => l.pieces.length !== count)) return null;
  // Columns that part every line's pieces are read as columns; only pieces falling two into one column drift.
  const columnsOfLine = (l: PdfLine) => new Set(l.pieces.map(columnOfPiece));
  if (lines.every((l) => columnsOfLine(l).size === count)) return null;
  const rows = lines.map((l) => l.pieces.map((p) => ({ text: p.text, end: p.end })));
  const headed = lines[0] !== undefined && !isFigureRow(lines[0]);
  return { head: headed ? rows.slice(0, 1) : [], body: headed ? rows.slice(1) : rows };
}
