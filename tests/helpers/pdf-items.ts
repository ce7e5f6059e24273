// Text items placed on a PDF page, as the PDF layout tests build them: a run whose width follows its
// characters (an em each), a run set between two x positions (a cell's text), and the blocks the layout
// makes of one page of items (a table as its rows of cell texts, anything else as its text).

import { layoutBlocks, type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';

/** A run at x, y whose characters are each an em (`size`) wide. */
export const placed = (text: string, x: number, y: number, size = 10): PlacedText => ({
  text,
  x,
  y,
  width: text.length * size,
  size,
});

/** A run set between x and end (a cell's text, centred or set left). */
export const spanning = (text: string, x: number, end: number, y: number, size = 10): PlacedText => ({
  text,
  x,
  y,
  width: end - x,
  size,
});

/** The blocks the layout makes of one page of items: a table as its rows of cell texts, else the text. */
export const layoutTexts = (items: PlacedText[]) =>
  layoutBlocks([toLines(items)]).map((b) =>
    b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text,
  );

/**
 * A grid's lines as a PDF sets them, one builder for the table tests: `line(y, …cells)` places each cell's
 * text in its column (`columns`, x to end), the name column from its left edge (a leading space indents a part
 * by a character), the others centred, set right, or (`'left'`) set from their column's left edge like the name; a
 * figure's characters are half an em wide. A null or empty cell places nothing.
 */
export function gridLine(
  columns: ReadonlyArray<readonly [number, number]>,
  size: number,
  figures: 'centred' | 'right' | 'left',
) {
  const cell = (text: string, k: number, y: number): PlacedText => {
    const [x, end] = columns[k] ?? [0, 0];
    const name = text.trim();
    const indent = k === 0 && text.startsWith(' ') ? size : 0;
    const width = [...name].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0);
    const start =
      k === 0 || figures === 'left'
        ? x + indent
        : figures === 'right'
          ? end - width
          : x + (end - x - width) / 2;
    return spanning(name, start, start + width, y, size);
  };
  return (y: number, ...cells: Array<string | null>) =>
    cells.flatMap((text, k) => (text === null || text === '' ? [] : [cell(text, k, y)]));
}

/** The blocks the layout makes of several pages of items: a table as its rows of cell texts, else the text. */
export const pagesTexts = (pages: PlacedText[][]) =>
  layoutBlocks(pages.map(toLines)).map((b) =>
    b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text,
  );
