// A table flattened into text lines when it was copied out of a PDF: one row per line, its cells
// parted by single spaces (指标名称 单位 1—9月 同比增长（%） 全州位次 / 生产总值 亿元 24.36 13.8 2).
// A run of such lines becomes a table when its rows have the same number of cells and the same
// number of figures in them, under an optional header row of column names.

import type { DraftTable } from './draft.js';

/** A cell that is a figure: 24.36, -3.2, 11428, 13.8%, 105.8. */
const FIGURE = /^[-+−]?\d+(?:\.\d+)?[%‰]?$/;
/** Words a header row of an indicator table is made of. */
const HEADER_WORD = /指标|单位|绝对值|增长|增幅|位次|名称|项目|本期|累计|同比/;

/** A line's cells, parted by runs of spaces (half-width or ideographic). */
export function cellsOf(line: string): string[] {
  return line.trim().split(/[ \u3000\u00a0]+/);
}

const figures = (cells: readonly string[]) => cells.filter((c) => FIGURE.test(c)).length;

/** Whether a line reads as a data row: a name first, then at least two figures. */
function isRow(cells: readonly string[]): boolean {
  return cells.length >= 3 && !FIGURE.test(cells[0] ?? '') && figures(cells) >= 2;
}

/**
 * The tables among `lines`, as [first, last] line index pairs: a header row (if any) and two or more
 * data rows with as many cells and figures as each other.
 */
export function spacedTableRuns(lines: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = cellsOf(lines[i] ?? '');
    if (!isRow(first)) continue;
    let end = i;
    while (end + 1 < lines.length) {
      const next = cellsOf(lines[end + 1] ?? '');
      if (!isRow(next) || next.length !== first.length || figures(next) !== figures(first)) break;
      end++;
    }
    if (end === i) continue;
    const header = cellsOf(lines[i - 1] ?? '');
    const free = i > 0 && (runs.at(-1)?.[1] ?? -1) < i - 1;
    const start = free && header.length === first.length && HEADER_WORD.test(lines[i - 1] ?? '') ? i - 1 : i;
    runs.push([start, end]);
    i = end;
  }
  return runs;
}

/** The lines of a run as a table, one cell per space-parted field. */
export function spacedTable(lines: readonly string[]): DraftTable {
  return { kind: 'table', rows: lines.map((line) => cellsOf(line).map((text) => ({ text }))) };
}
