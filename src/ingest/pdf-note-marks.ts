// Footnote marks in a PDF printed from Word: the reference after a word in the prose and the number
// opening the note at the page's foot are set small and raised, on the line they belong to. Read as
// text they would glue a figure to the words (规模以上工业增加值1同比增长); they are layout, not text.

import type { PlacedText } from './pdf-lines.js';

/** What a note mark says: 1, 12, ①, *, [1]. */
const MARK = /^\s*(?:\d{1,2}|[①-⑳]|\*{1,3}|[[［]\d{1,2}[\]］])\s*$/;
/** A mark is set at most this share of the type beside it. */
const SMALL = 0.7;

/**
 * The items of one line without its note marks: a run of a mark's characters in a type well
 * smaller than the line's, raised above the baseline of the text around it.
 */
export function withoutNoteMarks(row: readonly PlacedText[]): PlacedText[] {
  const size = Math.max(...row.map((i) => i.size));
  const text = row.filter((i) => i.size > SMALL * size && i.text.trim() !== '');
  const baseline = Math.min(...text.map((i) => i.y));
  return row.filter(
    (i) => !(MARK.test(i.text) && i.size <= SMALL * size && text.length > 0 && i.y > baseline + 0.1 * i.size),
  );
}
