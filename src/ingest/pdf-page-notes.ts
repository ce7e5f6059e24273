// Footnotes at a page's foot, in a smaller type under the last line of the body. When a paragraph runs
// on over the page break, its notes stand between its two halves; read in place, a note ran on into
// the paragraph (or cut it in two). They are kept, and set after the paragraph they interrupt.

import type { PdfLine } from './pdf-lines.js';

/** A note's type is at most this share of the body's. */
const NOTE_SIZE = 0.8;

/** The size most of the page's text is set in: the median over its characters. */
function bodySize(lines: readonly PdfLine[]): number {
  const sized = lines.map((l) => ({ size: l.size, chars: l.text.length })).sort((a, b) => a.size - b.size);
  const half = sized.reduce((n, l) => n + l.chars, 0) / 2;
  let seen = 0;
  for (const { size, chars } of sized) {
    seen += chars;
    if (seen >= half) return size;
  }
  return 0;
}

/**
 * Where a page's footnotes start: the run of lines ending the page in a type well smaller than its
 * body, under a line of the body's size; the page's length when it ends with none.
 */
export function notesStart(lines: readonly PdfLine[]): number {
  const body = bodySize(lines);
  let start = lines.length;
  while (start > 0 && (lines[start - 1]?.size ?? body) <= NOTE_SIZE * body) start--;
  const above = lines[start - 1];
  // A page that is all small type, or small lines under no body text, holds no notes of its own.
  if (start === lines.length || !above || above.size <= NOTE_SIZE * body) return lines.length;
  // Lines of a table (several pieces) at the page's foot are the table's, not notes.
  if (lines.slice(start).some((l) => l.pieces.length > 2)) return lines.length;
  return start;
}
