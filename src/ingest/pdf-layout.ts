// A PDF page's text items → lines → paragraphs and tables, by position alone. Lines are items sharing
// a baseline; a paragraph goes on while lines run to the right margin; a table is lines whose pieces,
// separated by wide gaps, start at the same x positions line after line.

import type { DraftBlock, DraftCell } from './draft.js';
import { unifyRadicals } from './radicals.js';

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size: the unit every gap and tolerance is measured in. */
  size: number;
}

/** A run of text as the PDF placed it: a table's cells are told apart by these, not by pieces. */
interface Placed {
  text: string;
  x: number;
  end: number;
}

/** Items of one line split at wide gaps: the cells of a table row, or one piece for prose. */
interface Piece extends Placed {
  /** The items the piece was joined from: cells close together (numbers set right) share a piece. */
  items: Placed[];
}

export interface PdfLine {
  pieces: Piece[];
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
}

/** A gap this many font sizes wide separates table cells; prose never leaves one. */
const CELL_GAP = 1.2;
/** Items closer than this are one run of text, never two cells: cells keep their padding apart. */
const TOUCHING = 0.25;
/** A gap this wide between two Latin letters or digits is a space. */
const SPACE_GAP = 0.15;

/** A page number as offices print them: 3, - 3 -, — 3 —, 第3页, 第3页 共8页, 共8页 第3页, 3/8, Page 3 of 8. */
const PAGE_NUMBER =
  /^[-—–\s]*(?:(?:第\s*)?\d+\s*页?(?:\s*[/／,，]?\s*(?:共\s*)?\d+\s*页?)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页)[-—–\s]*$|^(?:page\s*)?\d+\s*(?:of\s*\d+)?$/i;
/** What makes a page number of two or more pieces on one line (第1页 共3页 at the left, — 1 — at the right). */
const PAGE_WORD = /页|[-—–/／]|page/i;

/** A line that only numbers the page: one piece, or pieces that each say they are page numbers. */
function isPageNumber(line: PdfLine): boolean {
  if (PAGE_NUMBER.test(line.text)) return true;
  return (
    line.pieces.length >= 2 && line.pieces.every((p) => PAGE_NUMBER.test(p.text) && PAGE_WORD.test(p.text))
  );
}
const HEADING_START =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)/;

/** A gap this wide is a space even beside Chinese: where an ideographic space stood. */
const WIDE_GAP = 0.6;
const CJK_CHAR = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
/**
 * pdfjs puts a space into an item wherever glyphs stand apart, as LibreOffice sets Latin text apart
 * from Chinese; Chinese is written without spaces, so one beside a Chinese character goes.
 */
const SPACE_BESIDE_CJK = new RegExp(`(?<=${CJK_CHAR})[ \\u00a0]+|[ \\u00a0]+(?=${CJK_CHAR})`, 'g');

function join(left: string, right: string, gap: number, size: number): string {
  const latin = /[A-Za-z0-9.,%]$/.test(left) && /^[A-Za-z0-9]/.test(right);
  const spaced = gap > WIDE_GAP * size || (latin && gap > SPACE_GAP * size);
  return spaced ? `${left} ${right}` : left + right;
}

/** Items on one baseline, left to right, split into pieces at wide gaps. */
export function toLines(items: readonly PlacedText[]): PdfLine[] {
  const sorted = items
    .map((i) => ({ ...i, text: unifyRadicals(i.text).replace(/\s+/g, ' ').replace(SPACE_BESIDE_CJK, '') }))
    .filter((i) => i.text.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PlacedText[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.size));
    const pieces: Piece[] = [];
    for (const item of row) {
      const last = pieces.at(-1);
      const gap = last ? item.x - last.end : 0;
      const placed = { text: item.text.trim(), x: item.x, end: item.x + item.width };
      if (last && gap < CELL_GAP * size) {
        last.text = join(last.text, item.text, gap, size);
        last.end = Math.max(last.end, placed.end);
        // Items that touch are one run of text a font change or a mapped glyph cut (全年|目标).
        const touching = last.items.at(-1);
        if (touching && gap < TOUCHING * size) {
          touching.text = join(touching.text, placed.text, gap, size);
          touching.end = Math.max(touching.end, placed.end);
        } else last.items.push(placed);
      } else pieces.push({ ...placed, text: item.text, items: [placed] });
    }
    for (const piece of pieces) piece.text = piece.text.trim();
    return {
      pieces,
      x: pieces[0]?.x ?? 0,
      end: pieces.at(-1)?.end ?? 0,
      y: row[0]?.y ?? 0,
      size,
      text: pieces.map((p) => p.text).join(' '),
    };
  });
}

/**
 * Drops page numbers, and the first or last line of a page when it recurs (digits aside) at the same
 * end of most pages: running headers and footers.
 */
export function stripPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const key = (line: PdfLine | undefined) => line?.text.replace(/\d+/g, '#') ?? '';
  const count = new Map<string, number>();
  for (const page of pages)
    for (const k of new Set([key(page[0]), key(page.at(-1))])) count.set(k, (count.get(k) ?? 0) + 1);
  const repeated = (line: PdfLine | undefined) =>
    pages.length >= 2 && (count.get(key(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) =>
    page.filter((line, i) => !isPageNumber(line) && !((i === 0 || i === page.length - 1) && repeated(line))),
  );
}

/** Indexes of the lines that form tables: runs with at least two lines of three or more pieces. */
function tableRuns(lines: readonly PdfLine[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i]?.pieces.length ?? 0) < 3) {
      i++;
      continue;
    }
    const columns = new Set((lines[i]?.pieces ?? []).map((p) => p.x));
    const aligned = (line: PdfLine) =>
      line.pieces.every((p) => [...columns].some((x) => Math.abs(x - p.x) <= line.size));
    let last = i;
    let wide = 1;
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k];
      if (!line) break;
      if (
        line.pieces.length >= 3 &&
        line.pieces.filter((p) => aligned({ ...line, pieces: [p] })).length >= 2
      ) {
        for (const p of line.pieces) columns.add(p.x);
        last = k;
        wide++;
        continue;
      }
      // A header's second row (完成 | 增速排位), a row with most cells empty or the wrapped end of a
      // cell: short lines under columns the table has, or that a wide row within three lines opens.
      const wider = lines.slice(k + 1, k + 4).find((l) => l.pieces.length >= 3);
      if (wider && line.pieces.length >= 1) {
        for (const p of wider.pieces) columns.add(p.x);
        if (aligned(line)) continue;
      }
      break;
    }
    const after = lines[last + 1];
    if (after && finishesRow(lines.slice(i, last + 1), after)) last++;
    if (wide >= 2) runs.push([headerAbove(lines, i, last, runs.at(-1)?.[1] ?? -1), last]);
    i = last + 1;
  }
  return runs;
}

/** A table's caption (表1 …, 附表2：…, 续表), which is no header row. */
const CAPTION = /^(?:附?表\s*\d*(?:[-—.]\d+)?[:：\s]|续表)/;

/**
 * Where a table's header starts above its first aligned row: a header of merged cells is set on
 * lines of their own (a cell spanning two rows centred between them, one spanning two columns
 * centred over them), none lined up with the columns below. Lines of two or more items, close
 * above and within the table's width, belong to it; not a caption (表1 …) set over the table.
 */
function headerAbove(lines: readonly PdfLine[], first: number, last: number, previousRun: number): number {
  const run = lines.slice(first, last + 1);
  const left = Math.min(...run.map((l) => l.x));
  const right = Math.max(...run.map((l) => l.end));
  let start = first;
  for (let k = first - 1; k > previousRun; k--) {
    const line = lines[k];
    const below = lines[k + 1];
    if (!line || !below || line.pieces.flatMap((p) => p.items).length < 2 || CAPTION.test(line.text)) break;
    if (line.y - below.y > 3 * line.size || line.x < left - line.size || line.end > right + line.size) break;
    start = k;
  }
  return start;
}

interface PlacedCell {
  text: string;
  /** Where the cell's text ends on its last line: near the column's edge when it wrapped. */
  end: number;
}

/** A column's extent: from the leftmost start to the rightmost end of the text its rows put in it. */
interface Column {
  x: number;
  end: number;
}

/** A cell's value in a row of figures: 86.47, 6.5%左右, 第3, — (none). */
const FIGURE_CELL = /^(?:[-+−]?\d[\d,.]*\s*(?:%|‰)?(?:左右|以上|以下|以内)?|第?\d+(?:位|名)?|[—–\-/]{1,2})$/;

/** A row of figures: the table's body, whose cells keep to their columns (headers may span several). */
const isFigureRow = (line: PdfLine) =>
  line.pieces.flatMap((p) => p.items).filter((i) => FIGURE_CELL.test(i.text)).length >= 2;

/**
 * The columns: the x ranges the body rows' items cover, an item of each row at a time, with the
 * gaps no row's text crosses between them. Numbers set right, names set left and headers centred
 * start anywhere in their column, but never cross into the next one; only headers spanning two
 * columns do, so they are left out (a header over a column no row fills adds a column of its own).
 */
function columnsOf(lines: readonly PdfLine[]): Column[] {
  const size = Math.max(...lines.map((l) => l.size));
  const figureRows = lines.filter(isFigureRow);
  const body = figureRows.length >= 2 ? figureRows : lines;
  const spans = body.flatMap((l) => l.pieces.flatMap((p) => p.items)).sort((a, b) => a.x - b.x);
  const columns: Column[] = [];
  for (const { x, end } of spans) {
    const last = columns.at(-1);
    if (last && x < last.end + 0.3 * size) last.end = Math.max(last.end, end);
    else columns.push({ x, end });
  }
  // A header over a column no row fills is a column of its own; one beside a column's figures
  // (centred over numbers set right) is that column's.
  for (const item of lines.flatMap((l) => l.pieces.flatMap((p) => p.items)))
    if (!columns.some((c) => distance(item, c) < 3 * size)) columns.push({ x: item.x, end: item.end });
  return columns.sort((a, b) => a.x - b.x);
}

/** How far apart two x ranges are: 0 when they overlap. */
const distance = (a: Placed | Column, b: Column) => Math.max(b.x - a.end, a.x - b.end, 0);

/** The column an item is in: the first it overlaps (a spanning header's top-left slot). */
function columnOf(item: Placed, columns: readonly Column[]): number {
  const overlapped = columns.findIndex((c) => item.x < c.end && item.end > c.x);
  if (overlapped >= 0) return overlapped;
  let nearest = 0;
  columns.forEach((c, k) => {
    if (distance(item, c) < distance(item, columns[nearest] ?? c)) nearest = k;
  });
  return nearest;
}

function cellsOf(line: PdfLine, columns: readonly Column[]): PlacedCell[] {
  const cells: PlacedCell[] = columns.map(() => ({ text: '', end: 0 }));
  for (const piece of line.pieces)
    for (const item of piece.items) {
      const cell = cells[columnOf(item, columns)];
      if (cell) {
        cell.text = cell.text === '' ? item.text : join(cell.text, item.text, item.x - cell.end, line.size);
        cell.end = item.end;
      }
    }
  return cells;
}

/**
 * A line that goes on with the row above: cells too long for their column wrap onto a second line
 * (规模以上工业增 / 加值). It has fewer cells than the row, each under a cell of the row that ran to
 * within two characters of its column's edge, where the next character would not fit. Row and line
 * pitch cannot tell them apart: a wrapped line sits as close as the next row.
 */
function continues(
  row: readonly PlacedCell[],
  cells: readonly PlacedCell[],
  columns: readonly Column[],
  size: number,
) {
  const filled = cells.filter((c) => c.text !== '').length;
  if (filled === 0 || filled >= row.filter((c) => c.text !== '').length) return false;
  return cells.every((cell, k) => {
    if (cell.text === '') return true;
    const above = row[k];
    const edge = columns[k + 1]?.x;
    return above !== undefined && above.text !== '' && edge !== undefined && edge - above.end < 2 * size;
  });
}

function tableOf(lines: readonly PdfLine[]): DraftBlock {
  const size = Math.max(...lines.map((l) => l.size));
  const columns = columnsOf(lines);
  const cells = lines.map((line) => cellsOf(line, columns));
  const firstFigures = lines.findIndex(isFigureRow);
  const body = firstFigures < 0 ? 0 : bodyStart(lines, cells, firstFigures);
  const rows: PlacedCell[][] = [];
  for (const [n, line] of cells.slice(0, body).entries()) {
    const row = rows.at(-1);
    // Header lines filling only columns the line above left empty are one row: a cell spanning
    // two rows is centred between them, on a line of its own.
    if (row && n > 0 && line.every((cell, k) => cell.text === '' || row[k]?.text === ''))
      line.forEach((cell, k) => {
        if (cell.text !== '') row[k] = cell;
      });
    else rows.push(line);
  }
  if (firstFigures < 0) rows.push(...wrappedRows(cells, columns, size));
  else rows.push(...anchoredRows(lines.slice(body), cells.slice(body)));
  const draft: DraftCell[][] = rows.map((row) => row.map((cell) => ({ text: cell.text })));
  return { kind: 'table', rows: draft };
}

const filled = (cells: readonly PlacedCell[]) => cells.filter((c) => c.text !== '').length;

/**
 * Where the body starts: at the first row of figures, or above it where that row's name began: a
 * name wrapped in a row whose other cells are centred starts a line above them.
 */
function bodyStart(lines: readonly PdfLine[], cells: readonly PlacedCell[][], first: number): number {
  let start = first;
  while (start > 1) {
    const line = lines[start - 1];
    const above = lines[start - 2];
    const next = lines[start];
    if (!line || !above || !next || filled(cells[start - 1] ?? []) !== 1) break;
    if (line.y - next.y >= above.y - line.y) break;
    start--;
  }
  return start;
}

/** Rows of a table without figures: a line with fewer cells goes on with the row above when they wrapped. */
function wrappedRows(
  cells: readonly PlacedCell[][],
  columns: readonly Column[],
  size: number,
): PlacedCell[][] {
  const rows: PlacedCell[][] = [];
  for (const line of cells) {
    const row = rows.at(-1);
    if (row && continues(row, line, columns, size))
      line.forEach((cell, k) => {
        const above = row[k];
        if (above && cell.text !== '') above.text += cell.text;
      });
    else rows.push(line);
  }
  return rows;
}

/**
 * Rows of a table with figures. A row is a line of two or more cells, one a figure; a line of
 * fewer (a name wrapped in its cell) belongs to the row nearest it, above or below: the rest of a
 * row's cells are set at its top, middle or bottom, and rows stand further apart than its lines.
 */
function anchoredRows(lines: readonly PdfLine[], cells: readonly PlacedCell[][]): PlacedCell[][] {
  const anchors = cells.flatMap((line, n) =>
    filled(line) >= 2 && line.some((c) => FIGURE_CELL.test(c.text)) ? [n] : [],
  );
  if (anchors.length === 0) return cells.map((line) => line);
  const parts = new Map<number, number[]>(anchors.map((a) => [a, []]));
  for (const [n, line] of lines.entries()) {
    let nearest = anchors[0] ?? 0;
    for (const a of anchors) {
      const gap = Math.abs((lines[a]?.y ?? 0) - line.y);
      const best = Math.abs((lines[nearest]?.y ?? 0) - line.y);
      // On a tie the row above: a wrapped line goes on with what it follows.
      if (gap < best - 0.01 || (Math.abs(gap - best) <= 0.01 && a < nearest)) nearest = a;
    }
    parts.get(nearest)?.push(n);
  }
  return anchors.map((a) => {
    const row: PlacedCell[] = (cells[a] ?? []).map(() => ({ text: '', end: 0 }));
    for (const n of parts.get(a) ?? [])
      (cells[n] ?? []).forEach((cell, k) => {
        const into = row[k];
        if (!into || cell.text === '') return;
        into.text = into.text === '' ? cell.text : join(into.text, cell.text, 0, lines[n]?.size ?? 0);
        into.end = cell.end;
      });
    return row;
  });
}

/** Whether the line after a table run only finishes the run's last row's wrapped cells. */
function finishesRow(run: readonly PdfLine[], line: PdfLine): boolean {
  const columns = columnsOf(run);
  const last = run.at(-1);
  if (!last || last.y - line.y > 1.6 * line.size) return false;
  const row = cellsOf(last, columns);
  const cells = cellsOf(line, columns);
  // The second half of a name wrapped in a row whose figures are centred: a short line under the
  // cells the row's figure line left empty.
  const under = cells.every((cell, k) => cell.text === '' || row[k]?.text === '');
  if (under && isFigureRow(last) && line.text.length <= 12) return true;
  return continues(row, cells, columns, Math.max(line.size, last.size));
}

/**
 * The lines in a larger type that open the first page: the title, centred and often wrapped onto a
 * second line, which no margin rule would rejoin.
 */
function titleLines(lines: readonly PdfLine[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor((sizes.length - 1) / 2)] ?? 0;
  const first = lines[0];
  if (!first || first.size < body * 1.15) return 0;
  let n = 1;
  while (n < Math.min(lines.length, 3) && Math.abs((lines[n]?.size ?? 0) - first.size) < 0.5) n++;
  return n;
}

/** The document's lines (page by page) → paragraphs joined across wrapped lines, and tables. */
export function layoutBlocks(pages: readonly PdfLine[][]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  /** Whether the last paragraph ran to the right margin, so the next line goes on with it. */
  let open = false;
  for (const [p, page] of pages.entries()) {
    const title = p === 0 ? titleLines(page) : 0;
    if (title > 0) {
      const text = page.slice(0, title).reduce((all, line) => join(all, line.text, 0, line.size), '');
      blocks.push({ kind: 'title', text });
    }
    const lines = page.slice(title);
    const prose = lines.filter((l) => l.pieces.length === 1);
    const left = Math.min(...lines.map((l) => l.x));
    const right = Math.max(...prose.map((l) => l.end));
    const runs = tableRuns(lines);
    for (let i = 0; i < lines.length; i++) {
      const run = runs.find(([a]) => a === i);
      if (run) {
        blocks.push(tableOf(lines.slice(run[0], run[1] + 1)));
        i = run[1];
        open = false;
        continue;
      }
      const line = lines[i];
      if (!line) continue;
      const last = blocks.at(-1);
      if (open && last?.kind === 'paragraph' && line.x <= left + line.size && !HEADING_START.test(line.text))
        last.text = join(last.text, line.text, 0, line.size);
      else blocks.push({ kind: 'paragraph', text: line.text });
      open = line.end >= right - 2 * line.size;
    }
  }
  return blocks;
}
