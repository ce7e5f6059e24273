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
