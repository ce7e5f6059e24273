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
 * The width of one group when the header row is the same cells typed k ≥ 2 times across (each group at
 * least two columns, its first a name column), else 0.
 */
function groupWidth(table: DraftTable): number {
  const header = table.rows[0] ?? [];
  for (let width = 2; width * 2 <= header.length; width++) {
    if (header.length % width !== 0) continue;
    const first = header.slice(0, width).map(bare);
    if (first.some((text) => text === '') || new Set(first).size !== width) continue;
    const repeated = header.every((cell, c) => bare(cell) === first[c % width]);
    if (repeated && namesLeadEachGroup(table, width)) return width;
  }
  return 0;
}

/** Whether every group's first column holds names (not figures) in the body: the groups are row sets. */
function namesLeadEachGroup(table: DraftTable, width: number): boolean {
  const body = table.rows.slice(1);
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
function stacked(table: DraftTable, width: number): DraftTable {
  const [header = [], ...body] = table.rows;
  const rows: DraftCell[][] = [header.slice(0, width)];
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
    const width = groupWidth(block);
    return width > 0 ? stacked(block, width) : block;
  });
}
