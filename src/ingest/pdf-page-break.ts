// A PDF table the page broke in two, a row cut at the page's foot. Word repeats the header rows at the
// top of the next page and sets the cut row's rest under them, before the next row: read as a table of
// its own, those lines were taken for a second header line and glued onto the repeated header. Here
// the repeated header is known by the lines it repeats, the lines under it before the next row go on
// with the row the page cut, and the rows after it join the table above.

import type { DraftCell, DraftTable } from './draft.js';
import { join, type PdfLine } from './pdf-lines.js';
import { isSectionRow } from './pdf-section-rows.js';
import { tableRows } from './pdf-table.js';

const key = (line: PdfLine | undefined) => line?.text.replace(/\s/g, '') ?? '';

/** How many lines opening `run` repeat the lines opening `above`'s run: 0 when it is another table. */
export function repeatedHeaderLines(above: readonly PdfLine[], run: readonly PdfLine[]): number {
  let n = 0;
  while (n < run.length && n < above.length && key(run[n]) !== '' && key(run[n]) === key(above[n])) n++;
  // A repeated header has rows under it, and the table above had rows under its own.
  return n < run.length && n < above.length ? n : 0;
}

/**
 * The table above with the next page's part added: the lines between the repeated header (its
 * `header` lines) and the next row finish the table's last row, cell by cell; the rows after it follow.
 */
export function continuedTable(table: DraftTable, run: readonly PdfLine[], header: number): DraftTable {
  const lines = run.slice(header);
  const { head, body } = tableRows(lines);
  const width = table.rows[0]?.length ?? 0;
  if ([...head, ...body].some((row) => row.length !== width)) return table;
  const size = Math.max(...lines.map((l) => l.size));
  // Copied cell by cell, a merged header cell stays one object in every slot it covers.
  const copies = new Map<DraftCell, DraftCell>();
  const copy = (cell: DraftCell) => copies.get(cell) ?? copies.set(cell, { ...cell }).get(cell) ?? cell;
  const rows = table.rows.map((row) => row.map(copy));
  // A section row under the cut row's rest (改造项目 / 二、基础 / 设施项目) opens a row of its own, and the lines
  // after it are its heading's wrapped rest: neither goes on with the cut row (fix432, F9032).
  const section = head.findIndex((row) => isSectionRow(row));
  let into = rows.at(-1);
  for (const [n, rest] of head.entries()) {
    if (n === section) {
      into = rest.map((cell) => ({ text: cell.text }));
      rows.push(into);
      continue;
    }
    rest.forEach((cell, k) => {
      const cut = into?.[k];
      if (cut && cell.text !== '')
        cut.text = cut.text === '' ? cell.text : join(cut.text, cell.text, 0, size);
    });
  }
  rows.push(...body.map((row) => row.map((cell) => ({ text: cell.text }))));
  return { ...table, rows };
}

/** How many lines (the cut row's rest, a section row) may stand between a repeated header and the first row run. */
const MAX_LINES_BEFORE_RUN = 4;

/**
 * The page opens with the cut table's header repeated, then the cut row's rest and a section row (额 / 五、财政)
 * before the first run of rows: the run found starts under those lines, so the header was no part of it and
 * was read as the cut row's rest. The table goes on from under the header (F9989); null when the page opens
 * otherwise.
 */
export function continuedOverRest(
  cut: { lines: readonly PdfLine[]; table: DraftTable },
  lines: readonly PdfLine[],
  runs: ReadonlyArray<readonly [number, number]>,
): { table: DraftTable; end: number } | null {
  const first = runs[0];
  if (!first || first[0] === 0) return null;
  const header = repeatedHeaderLines(cut.lines, lines);
  if (header === 0 || first[0] <= header || first[0] - header > MAX_LINES_BEFORE_RUN) return null;
  const table = continuedTable(cut.table, lines.slice(0, first[1] + 1), header);
  return table === cut.table ? null : { table, end: first[1] };
}
