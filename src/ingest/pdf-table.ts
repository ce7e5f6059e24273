// A PDF's tables: runs of lines whose cells line up, read into rows. Columns are the x ranges the
// rows of figures fill; headers of merged cells and names wrapped in their cells are put back together.

import type { DraftBlock, DraftCell } from './draft.js';
import { joinOffsetLines, joinWrappedCells, rowPitch } from './pdf-cell-wrap.js';
import { expandHeaderLevels } from './pdf-header-levels.js';
import { spannedColumn } from './pdf-header-span.js';
import {
  type ColumnExtent as Column,
  join,
  type PdfLine,
  type Placed,
  type PlacedCell,
} from './pdf-lines.js';
import { isSectionRow } from './pdf-section-rows.js';
import { spaceSetRows } from './pdf-space-set.js';

/** Indexes of the lines that form tables: runs with at least two lines of three or more pieces. */
export function tableRuns(lines: readonly PdfLine[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    const least = twoColumnsUnderCaption(lines, i) ? 2 : 3;
    if ((lines[i]?.pieces.length ?? 0) < least) {
      i++;
      continue;
    }
    const columns = new Set((lines[i]?.pieces ?? []).map((p) => p.x));
    // Cells centred in their column (a name's last character 程 under 厂提标改造工) line up by their middles.
    const middles = new Set(itemMiddles(lines[i]));
    const aligned = (line: PdfLine) =>
      line.pieces.every(
        (p) =>
          [...columns].some((x) => Math.abs(x - p.x) <= line.size) ||
          (p.items.length === 1 &&
            [...middles].some((m) => Math.abs(m - (p.x + p.end) / 2) <= line.size / 2)),
      );
    let last = i;
    let wide = 1;
    // The cells of the table's wide rows, where the wrapped lines of a long cell stand.
    const cells: Placed[] = [...(lines[i]?.pieces ?? [])];
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k];
      // A caption (表2 …) ends the table above: the next table starts under it. So does a note's line (注：1.…,
      // one piece across the columns): a sign-off row under the notes (填表人 | 审核人 | 填报日期) would else
      // stretch the table over them (session 36, fixleft36).
      if (!line || CAPTION.test(line.text) || (line.pieces.length === 1 && NOTE_LINE.test(line.text))) break;
      if (
        line.pieces.length >= least &&
        line.pieces.filter((p) => aligned({ ...line, pieces: [p] })).length >= 2
      ) {
        for (const p of line.pieces) columns.add(p.x);
        for (const m of itemMiddles(line)) middles.add(m);
        cells.push(...line.pieces);
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
      // 面基层已铺筑 / 完成，沃河大 / …: a progress cell wrapped over more lines than the next row is
      // near, each line within a cell of the rows above (a prose line is wider than any cell) and a
      // line's pitch under the line before.
      const before = lines[k - 1];
      if (before && before.y - line.y <= 2 * line.size && withinCells(line, cells)) {
        last = k;
        continue;
      }
      break;
    }
    // A name wrapped over three lines in its narrow column (农村居民人 / 均可支配收 / 入) finishes the
    // last row on two lines after it.
    const run = lines.slice(i, last + 1);
    for (let n = 0; n < 2; n++) {
      const after = lines[last + 1];
      const above = lines[last];
      if (!after || !above || CAPTION.test(after.text) || !finishesRow(run, after, above)) break;
      last++;
    }
    if (wide >= 2) runs.push([headerAbove(lines, i, last, runs.at(-1)?.[1] ?? -1), last]);
    i = last + 1;
  }
  return runs;
}

/**
 * Whether each of a short line's pieces stands within a cell of the table's rows above: its middle
 * inside the cell, no wider than it but for a character or two (a header cell is narrower than the
 * text wrapped under it).
 */
function withinCells(line: PdfLine, cells: readonly Placed[]): boolean {
  const size = line.size;
  return (
    line.pieces.length > 0 &&
    line.pieces.every((p) =>
      cells.some((c) => {
        const middle = (p.x + p.end) / 2;
        return (
          middle >= c.x - size / 2 && middle <= c.end + size / 2 && p.end - p.x <= c.end - c.x + 2 * size
        );
      }),
    )
  );
}

/**
 * 表1 居民消费价格比上年涨跌幅度 / 指标 | 全县 / 居民消费价格 | 0.3: a table of two columns, a name and one
 * figure, right under its caption (session 23, fix63). Two pieces on a line are common in prose (a
 * date at the right), so only a caption above and two rows of a name and a figure below make a table.
 */
function twoColumnsUnderCaption(lines: readonly PdfLine[], i: number): boolean {
  if (lines[i]?.pieces.length !== 2) return false;
  const caption = [lines[i - 1], lines[i - 2]].some((l) => l && CAPTION.test(l.text));
  const figureRow = (l: PdfLine | undefined) =>
    l?.pieces.length === 2 && /^[-+−]?\d[\d,.]*\s*%?$/.test(l.pieces[1]?.text ?? '');
  return caption && figureRow(lines[i + 1]) && figureRow(lines[i + 2]);
}

/** The middles of a line's items: where text centred in its cell stands. */
const itemMiddles = (line: PdfLine | undefined): number[] =>
  (line?.pieces ?? []).flatMap((p) => p.items.map((item) => (item.x + item.end) / 2));

/**
 * A table's caption (表1 …, 附表2：…, 表2各乡镇… whose full-width space the line lost, 续表), which is
 * no header row.
 */
/** 注：, 说明： opening a line: a note under the table, never a row of it. */
const NOTE_LINE = /^(?:注|备注|说明)\s*[:：]/;
const CAPTION = /^(?:附?表\s*\d*(?:[-—.]\d+)?[:：\s]|附?表\s*\d+(?:[-—.]\d+)?[\u4e00-\u9fff]|续表)/;

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
    if (line.y - below.y > 3 * line.size || line.x < left - line.size || reach(line) > right + line.size)
      break;
    start = k;
  }
  return start;
}

/**
 * How far right a line above a table reaches: its end, but a header row's last cell (同比增长（%）)
 * is centred over its column and may stick out past the figures set right under it: its middle.
 */
function reach(line: PdfLine): number {
  const last = line.pieces.at(-1);
  return line.pieces.length >= 2 && last ? (last.x + last.end) / 2 : line.end;
}

/**
 * A cell's value in a row of figures: 86.47, 6.5%左右, 第3, — (none); 增长6%左右, 下降3%: a goal column's cell
 * written with its growth word (session 37, fixleft37).
 */
const FIGURE_CELL =
  /^(?:(?:增长|下降)?[-+−]?\d[\d,.]*\s*(?:%|‰)?(?:左右|以上|以下|以内)?|第?\d+(?:位|名)?|[—–\-/]{1,2})$/;

/** A year alone in a cell: a header wrapped in a narrow column (2019 / 年计划), not a figure. */
const BARE_YEAR = /^(?:19|20)\d\d$/;

/** A row of figures: the table's body, whose cells keep to their columns (headers may span several). */
const isFigureRow = (line: PdfLine) =>
  line.pieces.flatMap((p) => p.items).filter((i) => FIGURE_CELL.test(i.text) && !BARE_YEAR.test(i.text))
    .length >= 2;

/**
 * The columns: the x ranges the body rows' items cover, an item of each row at a time, with the
 * gaps no row's text crosses between them. Numbers set right, names set left and headers centred
 * start anywhere in their column, but never cross into the next one; only headers spanning two
 * columns do, so they are left out (a header over a column no row fills adds a column of its own).
 */
export function columnsOf(lines: readonly PdfLine[]): Column[] {
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
export function columnOf(item: Placed, columns: readonly Column[]): number {
  const overlapped = columns.findIndex((c) => item.x < c.end && item.end > c.x);
  if (overlapped >= 0) return overlapped;
  let nearest = 0;
  columns.forEach((c, k) => {
    if (distance(item, c) < distance(item, columns[nearest] ?? c)) nearest = k;
  });
  return nearest;
}

/** A line's cells; a header line's item centred over several cells of the header line `below` goes to the first. */
function cellsOf(line: PdfLine, columns: readonly Column[], below?: PdfLine): PlacedCell[] {
  const cells: PlacedCell[] = columns.map(() => ({ text: '', end: 0 }));
  const items = line.pieces.flatMap((p) => p.items);
  const under = below?.pieces.flatMap((p) => p.items) ?? [];
  const place = (item: Placed) =>
    spannedColumn(item, items, under, (i) => columnOf(i, columns), line.size) ?? columnOf(item, columns);
  for (const piece of line.pieces)
    for (const item of piece.items) {
      const cell = cells[place(item)];
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

export function tableOf(lines: readonly PdfLine[]): DraftBlock {
  const { head: printed, body } = tableRows(lines);
  const head = expandHeaderLevels(printed, columnsOf(lines), Math.max(...lines.map((l) => l.size)));
  // A merged header cell is one object in every slot it covers: one draft cell too, written once.
  const drafts = new Map<PlacedCell, DraftCell>();
  const draftOf = (cell: PlacedCell) => drafts.get(cell) ?? drafts.set(cell, { text: cell.text }).get(cell);
  const draft: DraftCell[][] = [...head, ...body].map((row) =>
    row.map((cell) => draftOf(cell) ?? { text: cell.text }),
  );
  return { kind: 'table', rows: draft };
}

/** A table's rows: those above its first row of figures (the header) and the body's. */
export function tableRows(lines: readonly PdfLine[]): { head: PlacedCell[][]; body: PlacedCell[][] } {
  const size = Math.max(...lines.map((l) => l.size));
  const columns = columnsOf(lines);
  const spaced = spaceSetRows(lines, (p) => columnOf(p.items[0] ?? p, columns), isFigureRow);
  if (spaced) return spaced;
  const cells = lines.map((line) => cellsOf(line, columns));
  const firstFigures = lines.findIndex(isFigureRow);
  const body = firstFigures < 0 ? 0 : bodyStart(lines, cells, firstFigures);
  for (let n = 0; n + 1 < body; n++) {
    const line = lines[n];
    if (line) cells[n] = cellsOf(line, columns, lines[n + 1]);
  }
  const rows: PlacedCell[][] = [];
  // A header cell wrapped in its narrow column (2019 / 年计划 / （%）) is one cell.
  const header = joinWrappedCells(
    lines.slice(0, body),
    cells.slice(0, body),
    columns,
    rowPitch(lines, cells),
  ).cells;
  for (const [n, line] of header.entries()) {
    const row = rows.at(-1);
    // Header lines filling only columns the line above left empty are one row: a cell spanning
    // two rows is centred between them, on a line of its own.
    if (row && n > 0 && line.every((cell, k) => cell.text === '' || row[k]?.text === ''))
      line.forEach((cell, k) => {
        if (cell.text !== '') row[k] = cell;
      });
    // A header cell too long for its column wraps onto the next line (年度目 / 标): it goes on.
    else if (row && headerGoesOn(row, line))
      line.forEach((cell, k) => {
        const above = row[k];
        if (above && cell.text !== '') above.text += cell.text;
      });
    else rows.push(line);
  }
  if (firstFigures < 0) return { head: rows, body: wrappedRows(cells, columns, size) };
  const level = joinOffsetLines(lines.slice(body), cells.slice(body));
  const wrapped = joinWrappedCells(level.lines, level.cells, columns);
  return { head: rows, body: anchoredRows(wrapped.lines, wrapped.cells) };
}

const filled = (cells: readonly PlacedCell[]) => cells.filter((c) => c.text !== '').length;

/** (%), （亿元）: a header cell that is a unit in brackets. */
const UNIT_LINE = /^[(（]/;

/**
 * Whether a header line finishes the header row above: cells too long for their columns wrapped
 * (年度目 | 上级指导目 over 标 | 标). Fewer cells than the row, each under one of its cells; a
 * second header level sits under a spanning cell's empty slots instead, and a line only of units in
 * brackets ((%) under 目标) is a header row of its own. A unit among wrapped ends (（%） | 标（%） |
 * 成 | 次 under 年度目标 | 市指导目 | 1-6月完 | 全市位) is the end of its cell too.
 */
function headerGoesOn(row: readonly PlacedCell[], line: readonly PlacedCell[]): boolean {
  const n = filled(line);
  const texts = line.filter((cell) => cell.text !== '').map((cell) => cell.text);
  return (
    n > 0 &&
    n < filled(row) &&
    !texts.every((text) => UNIT_LINE.test(text)) &&
    line.every((cell, k) => cell.text === '' || (row[k]?.text ?? '') !== '')
  );
}

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
    // A section row (一、工业) over the first row belongs to the body whatever its spacing.
    if (isSectionRow(cells[start - 1] ?? [])) {
      start--;
      continue;
    }
    // Clearly nearer the row below than the line above: not one of a long cell's evenly set lines.
    if (line.y - next.y >= 0.8 * (above.y - line.y)) break;
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
  const figured = (line: readonly PlacedCell[]) =>
    filled(line) >= 2 && line.some((c) => FIGURE_CELL.test(c.text));
  // A line filling every column the fullest figure rows fill is a row of its own even when its cells
  // are words (单位地区生产总值能耗降低 | % | 完成市下达任务 | 完成): a wrapped rest never fills them all.
  const fullest = Math.max(0, ...cells.filter(figured).map(filled));
  const anchors = cells.flatMap((line, n) =>
    figured(line) || (fullest >= 3 && filled(line) === fullest) || isSectionRow(line) ? [n] : [],
  );
  if (anchors.length === 0) return cells.map((line) => line);
  const parts = new Map<number, number[]>(anchors.map((a) => [a, []]));
  const topSet = isTopAnchored(anchors, lines.length);
  const rests = sectionRests(lines, cells, anchors);
  const split = topSet ? new Map<number, number>() : widestGapRests(lines, anchors, rests);
  for (const [n, line] of lines.entries()) {
    const section = rests.get(n) ?? split.get(n);
    if (section !== undefined) {
      parts.get(section)?.push(n);
      continue;
    }
    if (topSet) {
      parts.get(anchors.findLast((a) => a <= n) ?? 0)?.push(n);
      continue;
    }
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

/**
 * The lines under a row's figure line, down to where the lines between it and the next row's stand
 * widest apart: a cell's lines are set closer than rows stand (a cell's padding lies between rows), so
 * 其中：城乡 / 居民储蓄存款 / 余额 under one row's figures, evenly set, go on with it even where the last
 * of them is nearer the next row's figures than its own (session 48, fix438, F9181). A split the gaps
 * don't make plain (two widest gaps alike, or the widest right under the row) is left to the nearest
 * row, as are the lines under the split. Maps each line so placed to its row's.
 */
function widestGapRests(
  lines: readonly PdfLine[],
  anchors: readonly number[],
  rests: ReadonlyMap<number, number>,
): Map<number, number> {
  const placed = new Map<number, number>();
  for (const [k, a] of anchors.entries()) {
    const b = anchors[k + 1];
    if (b === undefined || b - a < 3) continue;
    const run = lines.slice(a, b + 1);
    if (run.some((_, i) => rests.has(a + i))) continue;
    const gaps = run.slice(1).map((line, i) => (run[i]?.y ?? line.y) - line.y);
    const widest = Math.max(...gaps);
    const at = gaps.indexOf(widest);
    const size = Math.max(...run.map((line) => line.size));
    if (at === 0 || gaps.some((gap, i) => i !== at && gap > widest - PLAIN_GAP * size)) continue;
    for (let n = a + 1; n <= a + at; n++) placed.set(n, a);
  }
  return placed;
}

/** How much wider than every other gap, in font sizes, the gap between two rows must be to split them. */
const PLAIN_GAP = 0.03;

/**
 * 一、工业 / 项目: a section row's heading wrapped in its narrow name column, each line run out to the column's
 * edge, goes on with the section row even where the next row's figures stand nearer (session 47, fix412, F8446).
 * Maps each such line to its section row's.
 */
function sectionRests(
  lines: readonly PdfLine[],
  cells: readonly PlacedCell[][],
  anchors: readonly number[],
): Map<number, number> {
  const rests = new Map<number, number>();
  for (const a of anchors) {
    const section = cells[a];
    if (!section || !isSectionRow(section)) continue;
    const k = section.findIndex((cell) => cell.text !== '');
    const edge = Math.max(...cells.map((row) => row[k]?.end ?? 0));
    let end = section[k]?.end ?? 0;
    for (let n = a + 1; n < lines.length && !anchors.includes(n); n++) {
      const line = cells[n] ?? [];
      const size = lines[n]?.size ?? 0;
      if (filled(line) !== 1 || (line[k]?.text ?? '') === '' || end + size < edge) break;
      rests.set(n, a);
      end = line[k]?.end ?? 0;
    }
  }
  return rests;
}

/**
 * Whether the rows' cells are set at their tops, a long cell's lines all under its row's figures
 * (进展情况 wrapped over ten lines): nothing above the first row, and three or more lines under some
 * row before the next — more than a centred row sets above and below its figures.
 */
function isTopAnchored(anchors: readonly number[], count: number): boolean {
  const first = anchors[0];
  if (first !== 0) return false;
  const under = anchors.map((a, k) => (anchors[k + 1] ?? count) - a - 1);
  return Math.max(...under) >= 3;
}

/**
 * Whether the line after a table run (below `above`, the run's last line or a line already found to
 * finish its last row) only finishes the run's last row's wrapped cells.
 */
function finishesRow(run: readonly PdfLine[], line: PdfLine, above: PdfLine): boolean {
  const columns = columnsOf(run);
  const last = run.at(-1);
  if (!last || above.y - line.y > 1.6 * line.size) return false;
  const row = cellsOf(last, columns);
  const cells = cellsOf(line, columns);
  // A wrapped cell's rest fits in its column: a note line (注：…) under the table runs across it.
  if (cells.some((cell, k) => cell.text !== '' && cell.end > (columns[k + 1]?.x ?? Number.POSITIVE_INFINITY)))
    return false;
  // The second half of a name wrapped in a row whose figures are centred: a short line under the
  // cells the row's figure line left empty.
  const under = cells.every((cell, k) => cell.text === '' || row[k]?.text === '');
  if (under && isFigureRow(last) && line.text.length <= 12) return true;
  if (isFigureRow(last) && namesRest(row, cells, line.text)) return true;
  const size = Math.max(line.size, last.size);
  return continues(row, cells, columns, size) || fillsOwnColumn(row, cells, columns, size);
}

/** Words that open a line under a table rather than a name's rest: a note, a source, a unit. */
const UNDER_TABLE =
  /^(?:注|备注|说明|资料来源|数据来源|来源|单位)|[，。；：、,;:]|^[（(]?[一二三四五六七八九十\d]+[)）、.]/;

/**
 * Whether a line under a row of figures is the rest of the row's name: a name set at its cell's top
 * in two paragraphs or wrapped (农村常住居民 / 人均可支配收入) puts its last line under the name alone,
 * as close as rows stand apart. Only the name column holds it, and it is no sentence, note or heading.
 */
function namesRest(row: readonly PlacedCell[], cells: readonly PlacedCell[], text: string): boolean {
  const name = row[0];
  return (
    name !== undefined &&
    name.text !== '' &&
    cells[0]?.text !== '' &&
    cells.every((cell, k) => k === 0 || cell.text === '') &&
    !UNDER_TABLE.test(text) &&
    !/\d/.test(text)
  );
}

/**
 * Whether a short line goes on with cells of the row above that ran to their own column's edge
 * (农村居民人 over 均可支配收 in a name column narrower than the gap to the unit column centred
 * beside it), each piece fitting in that column as the wrapped text does.
 */
function fillsOwnColumn(
  row: readonly PlacedCell[],
  cells: readonly PlacedCell[],
  columns: readonly Column[],
  size: number,
): boolean {
  const filled = cells.filter((c) => c.text !== '').length;
  if (filled === 0 || filled >= row.filter((c) => c.text !== '').length) return false;
  return cells.every((cell, k) => {
    if (cell.text === '') return true;
    const above = row[k];
    const column = columns[k];
    return (
      above !== undefined &&
      above.text !== '' &&
      column !== undefined &&
      above.end >= column.end - size &&
      cell.end <= column.end + 0.5 * size
    );
  });
}
