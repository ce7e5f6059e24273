// 指标 | 上半年完成 | 同比增长 | 年计划增长 | 指标 | 上半年完成 | …: a table that sets two (or more) groups of
// the same columns side by side to fill the page's width, each group with its own names. Read as one row,
// the right group's figures fell under the left group's names; here the groups are stacked, the header once,
// so every row holds one name and its own figures, whatever format the table came from.

import type { DraftBlock, DraftCell, DraftTable } from './draft.js';
import { cleanCell } from './spaces.js';

const bare = (cell: DraftCell | undefined) => cleanCell(cell?.text ?? '').replace(/\s/g, '');

/** A figure, a dash or nothing: no name of a row. */
const FIGURE = /^(?:[-+−]?\d[\d,.]*%?|[-—–…/]*)$/;

/**
 * The header's rows: the first, and under it the rows that go on naming its columns (指标 | 单位 | 2001年 | | 同比±%
 * over | | 本月 | 1—2月累计 |, F10391): a row whose first cell is empty or the cell above merged down, holding no
 * figure. A printed 月报 heads each panel with two rows, 2001年 over 本月 and 1—2月累计.
 */
function headerRows(table: DraftTable): number {
  let count = 1;
  for (const row of table.rows.slice(1, 3)) {
    const above = table.rows[count - 1] ?? [];
    const first = row[0];
    const continues = first === above[0] || bare(first) === '';
    if (!continues || row.every((cell) => bare(cell) === '')) break;
    if (row.some((cell, c) => cell !== above[c] && bare(cell) !== '' && FIGURE.test(bare(cell)))) break;
    count++;
  }
  return count;
}

/** Each column's name through the header's rows (2001年 then 本月: 2001年本月), a merged cell's text once. */
function columnNames(table: DraftTable, rows: number): string[] {
  const header = table.rows[0] ?? [];
  return header.map((_, c) => {
    let name = '';
    for (let r = 0; r < rows; r++) {
      const cell = table.rows[r]?.[c];
      if (r > 0 && cell === table.rows[r - 1]?.[c]) continue;
      name += bare(cell);
    }
    return name;
  });
}

/**
 * The width of one group when the header's columns are the same names typed k ≥ 2 times across (each group at
 * least two columns, its first a name column), else 0.
 */
function groupWidth(table: DraftTable, rows: number): number {
  const names = columnNames(table, rows);
  for (let width = 2; width * 2 <= names.length; width++) {
    if (names.length % width !== 0) continue;
    const first = names.slice(0, width);
    if (first.some((text) => text === '') || new Set(first).size !== width) continue;
    const repeated = names.every((name, c) => name === first[c % width]);
    if (repeated && namesLeadEachGroup(table, width, rows)) return width;
  }
  return 0;
}

/** Whether every group's first column holds names (not figures) in the body: the groups are row sets. */
function namesLeadEachGroup(table: DraftTable, width: number, headerCount: number): boolean {
  const body = table.rows.slice(headerCount);
  if (body.length === 0) return false;
  // A cell merged across a group's border (a section row over the whole width) ties the groups: leave it.
  if (body.some((row) => row.some((cell, c) => c > 0 && c % width === 0 && row[c - 1] === cell)))
    return false;
  for (let start = 0; start < (table.rows[0]?.length ?? 0); start += width) {
    const names = body.map((row) => bare(row[start])).filter((text) => text !== '');
    if (names.length === 0 || names.some((text) => FIGURE.test(text))) return false;
  }
  return true;
}

/** The table with its side-by-side groups stacked: header, then the first group's rows, then the next's. */
function stacked(table: DraftTable, width: number, headerCount: number): DraftTable {
  const header = table.rows[0] ?? [];
  const body = table.rows.slice(headerCount);
  const rows: DraftCell[][] = table.rows.slice(0, headerCount).map((row) => row.slice(0, width));
  for (let start = 0; start < header.length; start += width)
    for (const row of body) {
      const part = row.slice(start, start + width);
      if (part.some((cell) => bare(cell) !== '')) rows.push(part);
    }
  return { kind: 'table', rows };
}

/** Every table of side-by-side column groups stacked into one group's columns; other blocks as they were. */
export function stackSideGroups(blocks: readonly DraftBlock[]): DraftBlock[] {
  return blocks.map((block) => {
    if (block.kind !== 'table') return block;
    const headerCount = headerRows(block);
    const width = groupWidth(block, headerCount);
    return width > 0 ? stacked(block, width, headerCount) : block;
  });
}
