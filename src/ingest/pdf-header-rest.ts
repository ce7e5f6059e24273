// A PDF table the page broke inside its last row, with the header repeated on the next page and no row
// after it: the page opens with the repeated header, then the cut row's rest (人均可支配收 / 入), then
// the note or prose. No table run starts there, so the header and the rest became paragraphs, the
// row's name stayed cut and the note lost its place under the table. Here the repeated header is
// dropped and the rest goes on with the cut row, cell by cell, so the table ends where it did.

import type { DraftCell, DraftTable } from './draft.js';
import { join, type PdfLine, type Placed } from './pdf-lines.js';
import { repeatedHeaderLines } from './pdf-page-break.js';
import { columnOf, columnsOf } from './pdf-table.js';

/** How many of the cut row's wrapped lines may follow the repeated header. */
const MAX_REST_LINES = 3;

const itemsOf = (line: PdfLine): Placed[] => line.pieces.flatMap((p) => p.items);

/** Whether every item of `line` stands within a column and is no wider than it: a cell's wrapped text. */
function inColumns(line: PdfLine, columns: readonly { x: number; end: number }[]): boolean {
  return itemsOf(line).every((item) => {
    const middle = (item.x + item.end) / 2;
    return columns.some(
      (c) => middle >= c.x && middle <= c.end && item.end - item.x <= c.end - c.x + line.size,
    );
  });
}

/**
 * The table above with its last row finished by the lines under the page's repeated header, when the
 * page opens with that header, then one to three lines each inside the table's columns, then no table
 * run; null otherwise. `end` is the last line taken.
 */
export function restAfterRepeatedHeader(
  cut: { lines: readonly PdfLine[]; table: DraftTable },
  lines: readonly PdfLine[],
  runs: ReadonlyArray<readonly [number, number]>,
): { table: DraftTable; end: number } | null {
  const header = repeatedHeaderLines(cut.lines, lines);
  if (header === 0) return null;
  const columns = columnsOf(cut.lines);
  const width = columns.length;
  if (cut.table.rows.some((row) => row.length !== width)) return null;
  let end = header;
  while (end < lines.length && end - header < MAX_REST_LINES && inColumns(lines[end] as PdfLine, columns))
    end++;
  // No rest, or rows of a table after it (another case: pdf-page-break.ts's). A run of the header and
  // the rest alone (a short rest set in the columns reads as a table) is no row after it, when each
  // rest line fills fewer than half the columns.
  if (end === header || runs.some(([a, b]) => a <= end && (b >= end || a > 0))) return null;
  const ownRun = runs.some(([a]) => a === 0);
  if (ownRun && lines.slice(header, end).some((line) => 2 * itemsOf(line).length >= width)) return null;
  // Copied cell by cell, a merged header cell stays one object in every slot it covers.
  const copies = new Map<DraftCell, DraftCell>();
  const copy = (cell: DraftCell) => copies.get(cell) ?? copies.set(cell, { ...cell }).get(cell) ?? cell;
  const rows = cut.table.rows.map((row) => row.map(copy));
  const last = rows.at(-1);
  if (!last) return null;
  for (const line of lines.slice(header, end))
    for (const item of itemsOf(line)) {
      const cell = last[columnOf(item, columns)];
      // A wrapped cell goes on with text above it: a line under an empty cell is no rest of the row.
      if (!cell || cell.text === '') return null;
      cell.text = join(cell.text, item.text, 0, line.size);
    }
  return { table: { ...cut.table, rows }, end: end - 1 };
}
