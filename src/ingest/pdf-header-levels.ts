// A two-row table header read from a PDF as the Word and HTML readers give it: a cell merged across
// columns (上半年完成 over 绝对值 | 同比增长) stands in every column it spans, a cell merged down both
// rows (指标名称) stands in both, and a merged-down cell whose text wrapped onto the second row's line
// (全市排 / 位, 全年目标 / （增速）) is one cell. A PDF shows each only once, where its text was printed.

import { type PlacedCell as Cell, type ColumnExtent as Column, join } from './pdf-lines.js';

/**
 * The header's two rows, a merged cell placed as one object in every slot it covers (as the Word
 * reader places it, so it is written once); other headers are left as they are.
 */
export function expandHeaderLevels<C extends Cell>(
  rows: C[][],
  columns: readonly Column[],
  size: number,
): C[][] {
  const [top, sub] = rows;
  if (rows.length !== 2 || !top || !sub || sub.filter((c) => c.text !== '').length < 2) return rows;
  const spanning = spanningColumns(top, sub);
  const upper = top.map((cell, k) => top[spanning[k] ?? k] ?? cell);
  const lower = [...sub];
  upper.forEach((cell, k) => {
    const below = lower[k];
    if (!below || cell.text === '' || spanning[k] !== undefined) return;
    // Its text ran to the next column's text: the line below goes on with it.
    const edge = columns[k + 1]?.x ?? Math.max(...columns.map((c) => c.end));
    // A unit in brackets under it ((%) under 排名) is a line of units, not its rest.
    const rest = below.text !== '' && !/^[(（]/.test(below.text) && cell.end >= edge - 2 * size;
    if (rest) cell.text = join(cell.text, below.text, 0, size);
    else if (below.text !== '') return;
    lower[k] = cell;
  });
  return [upper, lower];
}

/**
 * For each column under a cell spanning several, the column that cell was printed in: an empty top
 * cell right of a filled one, every column from that one to it filled below.
 */
function spanningColumns(top: readonly Cell[], sub: readonly Cell[]): Array<number | undefined> {
  const from: Array<number | undefined> = top.map(() => undefined);
  let group: number | undefined;
  top.forEach((cell, k) => {
    if (cell.text !== '') group = undefined;
    if (cell.text !== '' && sub[k]?.text !== '') group = k;
    if (cell.text === '' && group !== undefined && sub[k]?.text !== '') {
      from[group] = group;
      from[k] = group;
    } else if (cell.text === '') group = undefined;
  });
  return from;
}
