// Rows that are no rows of a table, and a table the page broke in two. Word tables often carry their
// caption, unit line (单位：亿元、%) or note (注：…) as a first or last row of one cell across the
// table: they come out as the lines they are, before or after it. A table the page or the printer
// broke in two: the second part opens with the first part's header rows typed again (Word's repeated
// header rows, a 续表 pasted under a page break, a PDF's next page), or goes on with rows of the same
// shape under no header at all (a page break an editor kept as a new table). Rejoined here, so the
// parser reads one table and every row keeps the header and notes of the whole.

import type { DraftBlock, DraftTable } from './draft.js';
import { cleanCell } from './spaces.js';

/** The line some offices put over a table's second part: 续表, 续表1, （续表）, 表1（续）. */
const CONTINUED = /^[（(]?续表\s*\d*[）)]?$|^表\s*\d+\s*[（(]续[）)]$/;

const rowKey = (row: DraftTable['rows'][number]) =>
  row.map((c) => cleanCell(c.text).replace(/\s/g, '')).join('\t');

/** How many of the rows opening `next` repeat the rows opening `table`: 0 when it is another table. */
function repeatedHeader(table: DraftTable, next: DraftTable): number {
  const width = (t: DraftTable) => t.rows[0]?.length ?? 0;
  if (width(table) !== width(next)) return 0;
  let k = 0;
  while (
    k < next.rows.length &&
    k < table.rows.length &&
    rowKey(table.rows[k] ?? []) === rowKey(next.rows[k] ?? []) &&
    rowKey(next.rows[k] ?? []).replace(/\t/g, '') !== ''
  )
    k++;
  // A second part that is all repeated header has no rows to add: it is something else.
  return k < next.rows.length ? k : 0;
}

/** A cell's kind for comparing rows: a figure, an empty mark, or words (a name, a header). */
const cellKind = (cell: DraftTable['rows'][number][number]) => {
  const text = cleanCell(cell.text).replace(/\s/g, '');
  if (/^[-+]?\d[\d.,]*[%‰]?$/.test(text)) return 'figure';
  return /^(?:|[-—/／－]+)$/.test(text) ? 'empty' : 'words';
};

/**
 * Whether `next` goes on with `table`'s rows without a header of its own (a page break the editor kept
 * as a new table): as wide, and its first row has figures where the last row has them, words where
 * it has words.
 */
function continuesRows(table: DraftTable, next: DraftTable): boolean {
  // Word closes a saved table with a row of empty cells giving the column widths: not a row.
  const filled = (rows: DraftTable['rows']) =>
    rows.filter((row) => row.some((c) => cleanCell(c.text) !== ''));
  const last = filled(table.rows).at(-1);
  const first = filled(next.rows)[0];
  if (!last || !first || last.length !== first.length || table.rows.length < 2) return false;
  // No column holds a figure in one row and words in the other (an empty mark — or / — goes with
  // either), and some column holds figures in both.
  const kinds = (row: typeof last) => row.map(cellKind);
  const [a, b] = [kinds(last), kinds(first)];
  const clash = a.some((kind, k) => kind !== 'empty' && b[k] !== 'empty' && kind !== b[k]);
  return !clash && a.some((kind, k) => kind === 'figure' && b[k] === 'figure');
}

/** A row that is one cell across the whole table (merged cells are one object in every slot). */
const acrossTable = (row: DraftTable['rows'][number]) =>
  row.length >= 2 && row.every((cell) => cell === row[0]) && cleanCell(row[0]?.text ?? '') !== '';

/** A table's opening and closing rows of one cell across it, as paragraphs before and after it. */
export function liftCaptionRows(blocks: readonly DraftBlock[]): DraftBlock[] {
  return blocks.flatMap((block): DraftBlock[] => {
    if (block.kind !== 'table') return [block];
    let first = 0;
    let last = block.rows.length;
    while (first < last && acrossTable(block.rows[first] ?? [])) first++;
    while (last > first && acrossTable(block.rows[last - 1] ?? [])) last--;
    if (first === last) return [block];
    const line = (row: DraftTable['rows'][number]): DraftBlock => ({
      kind: 'paragraph',
      text: row[0]?.text ?? '',
    });
    return [
      ...block.rows.slice(0, first).map(line),
      { kind: 'table', rows: block.rows.slice(first, last) },
      ...block.rows.slice(last).map(line),
    ];
  });
}

export function joinContinuedTables(input: readonly DraftBlock[]): DraftBlock[] {
  const blocks = liftCaptionRows(input);
  const out: DraftBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const table = out.at(-1);
    if (block.kind === 'table' && table?.kind === 'table') {
      const k = repeatedHeader(table, block);
      if (k > 0 || continuesRows(table, block)) {
        out[out.length - 1] = { kind: 'table', rows: [...table.rows, ...block.rows.slice(k)] };
        continue;
      }
    }
    // 续表 between the two parts goes with the join, when a continued table follows it.
    const next = blocks[i + 1];
    if (
      block.kind !== 'table' &&
      CONTINUED.test(cleanCell(block.text).replace(/\s/g, '')) &&
      table?.kind === 'table' &&
      next?.kind === 'table' &&
      (repeatedHeader(table, next) > 0 || continuesRows(table, next))
    )
      continue;
    out.push(block);
  }
  return out;
}
