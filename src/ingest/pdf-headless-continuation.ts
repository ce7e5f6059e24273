// A PDF table the page broke in two with no header repeated on the next page (Word's or LibreOffice's
// 标题行重复 left off): the page opens with the cut row's rest, each line within a column of the table
// above (…3座 / 涵洞完工), then rows of figures under the same columns. Read alone, the rest became
// paragraphs and the rows a table without a header; here they go on with the table above.

import type { DraftTable } from './draft.js';
import type { PdfLine, Placed } from './pdf-lines.js';
import { continuedTable } from './pdf-page-break.js';
import { tableRows } from './pdf-table.js';

/** How many of the cut row's wrapped lines a page may open with before its first row. */
const MAX_REST_LINES = 4;

const itemsOf = (line: PdfLine): Placed[] => line.pieces.flatMap((p) => p.items);

/** Whether every item of `line` stands within a cell of the table above: its middle inside, no wider. */
function underColumns(line: PdfLine, cells: readonly Placed[]): boolean {
  const size = line.size;
  return itemsOf(line).every((item) => {
    const middle = (item.x + item.end) / 2;
    return cells.some(
      (c) =>
        middle >= c.x - size / 2 && middle <= c.end + size / 2 && item.end - item.x <= c.end - c.x + 2 * size,
    );
  });
}

/**
 * The table above with the page's opening lines added, when they go on with it: the page's first
 * table run starts within a few lines of the top, has no header of its own, lines up with the table
 * above's cells and reads into rows as wide as its; the lines before it are the cut row's rest. Null
 * when the page starts anything else; `end` is the last line taken.
 */
export function headlessContinuation(
  cut: { lines: readonly PdfLine[]; table: DraftTable },
  lines: readonly PdfLine[],
  runs: ReadonlyArray<readonly [number, number]>,
): { table: DraftTable; end: number } | null {
  const spaced = spaceSetRowGoesOn(cut.table, lines[0]);
  if (spaced) return { table: spaced, end: 0 };
  const first = runs[0];
  if (!first || first[0] > MAX_REST_LINES) return null;
  const [start, end] = first;
  const cells = cut.lines.flatMap(itemsOf);
  const opening = lines.slice(0, start + 1);
  if (opening.some((line) => !underColumns(line, cells))) return null;
  // The rows must not bring a header of their own (another table, or a repeated header).
  if (tableRows(lines.slice(start, end + 1)).head.length > 0) return null;
  const table = continuedTable(cut.table, lines.slice(0, end + 1), 0);
  return table === cut.table ? null : { table, end };
}

/** A cell that is a figure or an empty cell's dash: N, A.B, -C.D, —. */
const FIGURE_OR_DASH = /^(?:[-+−]?\d[\d,.]*\s*%?|[—–-]{1,2})$/;

/**
 * A table typed with runs of spaces (pdf-table.ts spaceSetRows) whose last row went over to the next page
 * alone: a first line with as many pieces as the table's rows, a name and then figures, is that row
 * (session 29, fix97); null otherwise.
 */
function spaceSetRowGoesOn(table: DraftTable, line: PdfLine | undefined): DraftTable | null {
  const width = table.rows[0]?.length ?? 0;
  if (!line || width < 3 || line.pieces.length !== width) return null;
  if (table.rows.some((row) => row.length !== width)) return null;
  const [name, ...rest] = line.pieces.map((p) => p.text);
  if (!name || FIGURE_OR_DASH.test(name) || rest.filter((t) => FIGURE_OR_DASH.test(t)).length < 2)
    return null;
  return { kind: 'table', rows: [...table.rows, line.pieces.map((p) => ({ text: p.text }))] };
}
