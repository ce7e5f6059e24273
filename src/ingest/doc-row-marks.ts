// A Word 97 table as word-extractor gives it when nothing breaks its rows: every cell mark (\x07)
// becomes a tab and so does the row-end mark that follows a row's last cell, so a whole table is
// one line — `a\tb\t\tc\td\t\t` — and the paragraph after the table follows the last row-end mark
// on the same line (no paragraph mark comes between them).

export interface RowMarkTable {
  rows: string[][];
  /** The text after the table's last row-end mark: the next paragraph, or ''. */
  after: string;
}

/** Rows of `width` cells each closed by a row-end mark (an empty piece) fit the pieces exactly. */
const fits = (pieces: string[], width: number) =>
  pieces.length % (width + 1) === 0 && pieces.every((piece, i) => i % (width + 1) !== width || piece === '');

/**
 * Reads a line as a table of at least two rows closed by row-end marks, or gives null. The width is
 * the narrowest that puts a row-end mark after every row (an empty cell also reads as a doubled tab,
 * so only a width that fits every row is taken).
 */
export function rowMarkTable(line: string): RowMarkTable | null {
  const end = line.lastIndexOf('\t\t');
  if (end < 0) return null;
  const after = line.slice(end + 2);
  if (after.includes('\t')) return null;
  // Up to and with the last row's last cell mark: the final piece is the row-end mark's (empty).
  const pieces = line.slice(0, end + 1).split('\t');
  for (let width = 2; (width + 1) * 2 <= pieces.length; width++) {
    if (!fits(pieces, width)) continue;
    const rows: string[][] = [];
    for (let i = 0; i < pieces.length; i += width + 1) rows.push(pieces.slice(i, i + width));
    return { rows, after };
  }
  return null;
}
