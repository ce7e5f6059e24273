// A table row's cells wrapped onto a second line in narrow columns (社会消费品零 / 售总额, 增长 / 8%):
// the second line fills only cells the line above filled, fewer of them, each under a cell whose text
// ran out to its column's edge (where the next character, run of digits or bracketed opening would not
// fit), and sits closer to it than rows stand apart. Its cells go on with the line above's; the others
// stay as they are.

import { type PlacedCell as Cell, type ColumnExtent as Column, join, type PdfLine } from './pdf-lines.js';
import { setsOwnFigure } from './pdf-own-figures.js';
import { isSectionRow } from './pdf-section-rows.js';

const filledOf = (cells: readonly Cell[]) => cells.filter((c) => c.text !== '').length;

/** The usual distance between the table's fullest lines: one row to the next. */
export function rowPitch(lines: readonly PdfLine[], cells: readonly Cell[][]): number | null {
  const most = Math.max(0, ...cells.map(filledOf));
  const ys = lines.flatMap((l, n) => (filledOf(cells[n] ?? []) === most ? [l.y] : []));
  const gaps = ys.slice(1).map((y, k) => (ys[k] ?? y) - y);
  if (most < 3 || gaps.length === 0) return null;
  return [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] ?? null;
}

/** Whether `cells` (a line `gap` below) goes on with the cells of the line above. */
function goesOn(
  above: readonly Cell[],
  cells: readonly Cell[],
  columns: readonly Column[],
  gap: number,
  pitch: number,
  size: number,
  below?: readonly Cell[],
): boolean {
  const n = filledOf(cells);
  if (n === 0 || n >= filledOf(above) || gap >= reach(cells, below) * pitch) return false;
  // A figure under a figure opens a row of its own (第一产业 | 亿元 | 14.27 under 地区生产总值 | 亿元 | 58.64; F7042).
  if (setsOwnFigure(above, cells)) return false;
  return cells.every((cell, k) => {
    if (cell.text === '') return true;
    const over = above[k];
    const edge = columns[k]?.end;
    return (
      over !== undefined &&
      over.text !== '' &&
      edge !== undefined &&
      over.end + unitWidth(cell.text, size) >= edge
    );
  });
}

/**
 * How far below a row its wrapped rest may sit, in row pitches. In a table set tight, a row one line
 * high (甲 | 亿元 | A), its wrapped line stands as far from it as the next row does; a figureless line
 * whose cells the next line fills again on its own line can't open that row, so it goes on with the
 * row above at up to a pitch and a fifth (figures set a little above the names' baseline).
 */
function reach(cells: readonly Cell[], below: readonly Cell[] | undefined): number {
  if (!below || cells.some((cell) => /\d/.test(cell.text))) return 0.7;
  const refilled = cells.every((cell, k) => cell.text === '' || (below[k]?.text ?? '') !== '');
  return refilled && filledOf(below) > filledOf(cells) ? 1.2 : 0.7;
}

/**
 * The width of the first piece a line can't be broken inside: an opening bracket with what follows it
 * and a run of digits or Latin letters stay together, so 项目 / （2023年度） wraps with room for a
 * character or two left (a full-width character is a font size wide, an ASCII one about half). A
 * mark no line may open with stays with the character before it (避头): 小区12 / 个、1860户 wraps
 * a unit and its 、 together with two characters' room left (F8901).
 */
function unitWidth(text: string, size: number): number {
  const unit = /^[（(〔【《“]*(?:[0-9A-Za-z.]+[%‰]?|.)[、，。；：！？）)》”〕】]*/u.exec(text)?.[0] ?? '';
  // Never less than a character: an ASCII character's width is only guessed at.
  const width = [...unit].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.5 : 1) * size, 0);
  return Math.max(size, width);
}

/**
 * Whether a line's cells are the first line of the next row's: a name set above the row's centred
 * figures fills only cells the figures' line leaves empty (社会消费品零 over 亿元 | 6% | …).
 */
function opensNext(cells: readonly Cell[], next: readonly Cell[] | undefined): boolean {
  if (!next || filledOf(next) < 2) return false;
  return cells.every((cell, k) => cell.text === '' || (next[k]?.text ?? '') === '');
}

/**
 * The table's lines with a line set less than `OFFSET` font sizes under the line above, filling only
 * cells that line left empty, joined into it: one line of text whose cells sit on two baselines (a
 * cell's wrapped rest in a Latin font, YYYY— / YYYY | 甲 / A%, is set higher than the Chinese rests
 * beside it, 甲县乙 / 丙局). Apart, the figures' half reads as a row's figures and the names' half
 * as that row's name; joined, the line is the row above's wrapped rest.
 */
export function joinOffsetLines<C extends Cell>(
  lines: readonly PdfLine[],
  cells: readonly C[][],
): { lines: PdfLine[]; cells: C[][] } {
  const outLines: PdfLine[] = [];
  const outCells: C[][] = [];
  for (const [n, line] of lines.entries()) {
    const row = cells[n] ?? [];
    const upper = outLines.at(-1);
    const above = outCells.at(-1);
    if (
      upper &&
      above &&
      upper.y - line.y < OFFSET * Math.max(upper.size, line.size) &&
      filledOf(row) > 0 &&
      row.every((cell, k) => cell.text === '' || (above[k]?.text ?? '') === '')
    ) {
      const pieces = [...upper.pieces, ...line.pieces].sort((a, b) => a.x - b.x);
      outLines[outLines.length - 1] = {
        ...upper,
        pieces,
        x: Math.min(upper.x, line.x),
        end: Math.max(upper.end, line.end),
        size: Math.max(upper.size, line.size),
        text: pieces.map((p) => p.text).join(' '),
      };
      outCells[outCells.length - 1] = above.map((cell, k) => {
        const other = row[k];
        return other && other.text !== '' ? other : cell;
      });
      continue;
    }
    outLines.push(line);
    outCells.push(row);
  }
  return { lines: outLines, cells: outCells };
}

/** Two lines this many font sizes apart or closer overlap: one line of text, never two. */
const OFFSET = 0.6;

/**
 * The table's lines with wrapped continuation lines joined into the line above, cell by cell; the
 * joined line keeps the first line's place. Nothing changes without a row pitch to judge by (the
 * whole table's, for its header lines).
 */
export function joinWrappedCells<C extends Cell>(
  lines: readonly PdfLine[],
  cells: readonly C[][],
  columns: readonly Column[],
  pitch = rowPitch(lines, cells),
): { lines: PdfLine[]; cells: C[][] } {
  if (pitch === null) return { lines: [...lines], cells: [...cells] };
  // A column's edge: where its widest text ends, any line's (the figures' rows may all be narrower).
  const edges = columns.map((c, k) => ({
    x: c.x,
    end: Math.max(c.end, ...cells.map((row) => row[k]?.end ?? 0)),
  }));
  const outLines: PdfLine[] = [];
  const outCells: C[][] = [];
  for (const [n, line] of lines.entries()) {
    const row = cells[n] ?? [];
    const above = outCells.at(-1);
    const previous = lines[n - 1];
    if (
      above &&
      previous &&
      !isSectionRow(row) &&
      !opensNext(row, cells[n + 1]) &&
      goesOn(above, row, edges, previous.y - line.y, pitch, line.size, cells[n + 1])
    ) {
      row.forEach((cell, k) => {
        const into = above[k];
        if (!into || cell.text === '') return;
        into.text = join(into.text, cell.text, 0, line.size);
        into.end = cell.end;
      });
      continue;
    }
    outLines.push(line);
    outCells.push(row.map((c) => ({ ...c })));
  }
  return { lines: outLines, cells: outCells };
}
