// Finds the indicator table in its flattened forms (cell per line, tab rows, pipe rows) and reads its cells.
// Columns are known by header text, not position; problems (truncated rows, stray lines) are collected.

import { lookupIndicator } from './catalogue.js';
import type { Line } from './lines.js';
import { readOrdinal, readQuantity, unitInfo } from './numbers.js';
import { validName } from './project-names.js';
import { rules } from './rules.js';
import { headerWithCaptionChange } from './table-caption-change.js';
import { captionUnits } from './table-caption-unit.js';
import {
  CATEGORY_HEADER,
  columnRole,
  HEADER_WORDS,
  INDICATOR_HEADER,
  isPlacesHeader,
  isRankChangeColumn,
  nameColumnOf,
  ONE_MONTH_HEADER,
  PROJECT_HEADER,
  SERIAL_HEADER,
} from './table-column-roles.js';
import { isBrokenHeaderCell, joinedHeader, restatesSpanningHeader } from './table-header-pieces.js';
import { introUnits } from './table-intro-unit.js';
import { splitAtOneSpaces } from './table-one-space-cells.js';
import { placeColumnRoles } from './table-place-columns.js';
import { placeLedRoles } from './table-place-led-columns.js';
import { isProductsHeading } from './table-products.js';
import { repeatsHeader } from './table-repeated-header.js';
import { isResidenceUnit } from './table-residence-unit.js';
import { unitRowText } from './table-unit-row.js';
import type { IndicatorTable, Problem, TableColumn } from './types.js';

export interface Cell {
  /** Folded text with stray trailing punctuation removed ('' for an empty cell). */
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface TableRow {
  cells: Cell[];
  start: number;
  end: number;
  line: number;
}

export interface ReadTable {
  table: IndicatorTable;
  rows: TableRow[];
  /** The units a line over the table gives its bare numbers (单位：亿元、% → ['亿元', '%']). */
  units: string[];
  /** Index of the first line after the table. */
  next: number;
  problems: Problem[];
}

const EMPTY_CELL = /^(?:-{1,3}|—{1,2}|–|\/|无|\.{3}|…{1,2}|-)$/;
const STRAY_PUNCTUATION = /^[\s;,，。、.:]+|[\s;,，。、.:]+$/g;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** 指 标, 绝 对 数, 海 口 市: names spaced out to fill a column's width, read without the spaces. */
const SPACED_OUT = /(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g;
const SPACE = /\s/;
/** Tests for a space first: the lookbehind pattern is tried at every position, most lines have none. */
const squeeze = (text: string) => (SPACE.test(text) ? text.replace(SPACED_OUT, '') : text);

/**
 * A line of a one-cell-per-line table that holds no cell: a blank line, or a bare `|` left between
 * the cells when a page's table was flattened with its column rules.
 */
const isBlank = (text: string) => text === '' || text === '|';

/** Cleans a raw cell: stray punctuation off the ends, empty marks to '', spaced-out names closed up. */
export function cleanCell(text: string): string {
  const cleaned = squeeze(text.replace(STRAY_PUNCTUATION, '').trim());
  return EMPTY_CELL.test(cleaned) ? '' : cleaned;
}

function cell(text: string, start: number, line: number): Cell {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: cleanCell(trimmed), start: start + lead, end: start + lead + trimmed.length, line };
}

/** What parts the cells of a row: a tab, a bar, or a run of two or more spaces (a PDF's text layout). */
type Separator = '\t' | '|' | '  ';
const SPACE_RUN = / {2,}/g;
const separatorOf = (layout: IndicatorTable['layout']): Separator =>
  layout === 'tab' ? '\t' : layout === 'pipe' ? '|' : '  ';

/** Splits a tab, pipe or spaced row into cells with source offsets. */
function splitRow(line: Line, separator: Separator): Cell[] {
  if (separator === '  ') {
    const cells: Cell[] = [];
    let from = 0;
    for (const run of line.text.matchAll(SPACE_RUN)) {
      cells.push(cell(line.text.slice(from, run.index), line.start + from, line.number));
      from = run.index + run[0].length;
    }
    cells.push(cell(line.text.slice(from), line.start + from, line.number));
    return cells;
  }
  let text = line.text;
  let offset = line.start;
  if (separator === '|') {
    if (text.startsWith('|')) {
      text = text.slice(1);
      offset++;
    }
    if (text.endsWith('|')) text = text.slice(0, -1);
  }
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charAt(i) !== separator) continue;
    cells.push(cell(text.slice(from, i), offset + from, line.number));
    from = i + 1;
  }
  return cells;
}

/**
 * 序号　项目名称　　　…　总投资: a space-aligned header whose narrow serial column is parted from the
 * name's by one space only (the rows' serial numbers are padded wider), read as the two headers it is.
 */
const SERIAL_THEN_NAME = /^(序号|编号)\s(?=\S)/;

function withSerialHeaderApart(cells: Cell[], line: Line): Cell[] {
  const first = cells[0];
  if (!first) return cells;
  const raw = line.text.slice(first.start - line.start, first.end - line.start);
  const serial = SERIAL_THEN_NAME.exec(raw);
  const rest = serial ? raw.slice(serial[0].length) : '';
  if (!serial || !INDICATOR_HEADER.test(rest.trim())) return cells;
  const restAt = first.start + serial[0].length;
  return [
    cell(serial[1] ?? '', first.start, line.number),
    cell(rest, restAt, line.number),
    ...cells.slice(1),
  ];
}

function isHeading(text: string): boolean {
  return rules.part.test(text) || rules.partInWords.test(text) || rules.section.test(text);
}

/** A line that ends the cell-per-line zone: headings, prose paragraphs, notes, another caption. */
function endsTable(text: string): boolean {
  return (
    isHeading(text) ||
    rules.tableNote.test(text) ||
    rules.caption.test(text) ||
    text.length > 40 ||
    (text.includes('。') && text.length > 12)
  );
}

/**
 * 产量(万吨): a short column name with its unit in brackets — not a project's phase or section
 * (供水工程(二期), 滨河大道(南段)), which names a row.
 */
const NAME_WITH_UNIT =
  /^[\u4e00-\u9fa5]{1,8}\((?![一二三四五六七八九十]+期\)|[东南西北中]段\))[^()\d]{1,6}\)$/;

/**
 * 1. 项目名称：甲产业园；建设内容：…: a numbered entry of labelled fields (a 公示 list) — its label is
 * a header word, but with its value after the colon the line is an entry, not a column's header.
 */
const LABELLED_FIELD = /^(?:\d{1,2}\s*[.、．]\s*)?[\u4e00-\u9fa5]{2,8}\s*[：:]\s*[^\s；;，,。]{2}/;

function isHeaderCell(raw: string): boolean {
  const text = squeeze(raw);
  if (LABELLED_FIELD.test(text)) return false;
  if (SERIAL_HEADER.test(text) || INDICATOR_HEADER.test(text)) return true;
  return (
    text.length <= 40 &&
    !text.includes('。') &&
    // 地区生产总值156.32亿元,同比增长5.6%; is a statistics bureau's list line, not a header.
    !FIGURE_IN_CELL.test(text) &&
    (HEADER_WORDS.test(text) || NAME_WITH_UNIT.test(text)) &&
    !lookupIndicator(text) &&
    // 1.规模以上工业增加值(%)*: a row's numbered name with its unit (and a note's mark), no header.
    !lookupIndicator(text.replace(LEAD_NUMBER, '').replace(FOOTNOTE_MARK, '').replace(TRAILING_BRACKET, ''))
  );
}
const LEAD_NUMBER = /^(?:\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）])\s*/;
/** 规模以上工业增加值[1], 税收收入①, 财政收入*: a mark sending the reader to a note under the table. */
export const FOOTNOTE_MARK = /\s*(?:\[\d{1,2}\]|[(（]注\d{0,2}[)）]|[①-⑳]|\*{1,3})$/;
const TRAILING_BRACKET = /\s*[(（][^()（）]{1,8}[)）]$/;
const FIGURE_IN_CELL = /\d\s*(?:%|亿元|万元|元|个百分点)|[;；]$/;

/** A row of sub-headers: no name in its first cell, and only header words in the others. */
function isSubHeader(cells: readonly Cell[], top: readonly Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== '');
  const spanning = spanningTexts(top);
  return (
    cells[0]?.text === '' &&
    filled.length > 0 &&
    cells.every(
      (c, k) =>
        c.text === '' ||
        ((isHeaderCell(c.text) ||
          restatesSpanningHeader(spanning[k] ?? '', c.text) ||
          // 本年实际 over 5月 | 1—5月: the month alone under a spanning word heads its column (F9981).
          (spanning[k] !== '' && ONE_MONTH_HEADER.test(c.text))) &&
          !looksLikeValue(c.text)),
    )
  );
}

/** Each column's header in the top row, an empty cell taking the spanning cell's on its left. */
function spanningTexts(top: readonly Cell[]): string[] {
  let spanning = '';
  return top.map((c) => {
    if (c.text) spanning = c.text;
    return spanning;
  });
}

/** 5月, 1—5月: a sub-header naming only a period. */
const PERIOD_UNDER = /^(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?$/;

/**
 * Joins a header row with the sub-header row under it, column by column; a sub-header under an
 * empty cell belongs to the spanning cell on its left (1-6月 | '' over 绝对值 | 增速 gives
 * 1-6月绝对值 | 1-6月增速).
 */
function mergeHeaderRows(top: readonly Cell[], sub: readonly Cell[]): Cell[] {
  const merged: Cell[] = [];
  let spanning = '';
  for (let k = 0; k < Math.max(top.length, sub.length); k++) {
    const upper = top[k];
    const lower = sub[k];
    if (upper?.text) spanning = upper.text;
    const text = lower?.text
      ? PERIOD_UNDER.test(squeeze(lower.text)) &&
        !/月|季/.test(spanning) &&
        columnRole(spanning, k) === 'actual'
        ? // 本年实际 | '' over 5月 | 1—5月: the period under a word of the figures leads, as 5月本年实际 (F9981);
          // under a place (申岚市 over 1—8月 | ±%) the place leads as before.
          `${lower.text}${spanning}`
        : joinedHeader(upper?.text || spanning, lower.text)
      : (upper?.text ?? '');
    const at = (upper?.text ? upper : lower) ?? upper ?? lower;
    merged.push({ text, start: at?.start ?? 0, end: at?.end ?? 0, line: at?.line ?? 0 });
  }
  return merged;
}

/** 排位 |: the second line of a pipe row broken inside a cell, closing the row without opening it. */
function closesPipeRow(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1;
}

function layoutOf(text: string): IndicatorTable['layout'] {
  if (text.includes('\t')) return 'tab';
  if (text.startsWith('|') || (text.match(/\|/g)?.length ?? 0) >= 2) return 'pipe';
  // 指标名称  单位  全年目标: cells a PDF's text layout parted by runs of spaces, none a sentence.
  if (/\S {2,}\S/.test(text) && !/[。；;，,]/.test(text)) return 'spaces';
  return 'cell-per-line';
}

/** 单位：亿元、%: the line over a table giving the units of its bare numbers. */
const UNIT_LINE = /^(?:计量)?单位\s*[:：]\s*([^\d。]{1,30})$/;

/**
 * 填报单位：甲县发展和改革局  单位：万元: a schedule's line naming who filed it before the unit; the unit line is
 * what follows the filer (fix432, F9033).
 */
const FILER_LEAD = /^(?:填报|填表|编制|报送|制表)单位\s*[:：]\s*[^\s:：]{2,30}\s+(?=(?:计量)?单位\s*[:：])/;

/** The units a unit line lists, or null when the line is none. */
export function unitLine(text: string): string[] | null {
  const line = text.trim();
  const listed = UNIT_LINE.exec(line.startsWith('单位') ? line : line.replace(FILER_LEAD, ''))?.[1];
  if (!listed) return null;
  const units = listed.split(/[、,，;；/\s]+/).filter((u) => u === '%' || unitInfo(u) !== null);
  return units.length > 0 ? units : null;
}

/**
 * 单位：万元, then a summary sentence (截至M月底，全区N个重点项目总投资X亿元，…。), then the header: a
 * sheet's unit row over the programme's summary row still names the table's unit. The line between must
 * be one sentence ending in 。, no row of cells.
 */
function unitOverSummary(lines: readonly Line[], before: number): string[] | null {
  const between = lines[before]?.text ?? '';
  if (!between.endsWith('。') || between.includes('\t') || between.includes('|')) return null;
  let unit = before - 1;
  while (unit >= 0 && isBlank(lines[unit]?.text ?? '')) unit--;
  return unitLine(lines[unit]?.text ?? '');
}

/** The 续表 line over a table's second part, its header typed again under it. */
const CONTINUED = /^[(（]?续表\s*\d*[)）]?$|^表\s*\d+\s*[(（]续[)）]$/;

/** The index of the k-th non-blank line from `from` (k = 0: the first). */
function nextNonBlankAfter(lines: readonly Line[], from: number, k: number): number {
  let at = nextNonBlank(lines, from);
  for (let n = 0; n < k; n++) at = nextNonBlank(lines, at + 1);
  return at;
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]?.text ?? '')) i++;
  return i;
}

/** Whether the line at i starts a table (a caption, or a header row naming the indicator column). */
export function startsTable(lines: readonly Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (rules.caption.test(text) && !text.includes('。')) return true;
  const layout = layoutOf(text);
  // 序号 on a line of its own, then 项目名称: the serial-number column's header opens the table.
  if (layout === 'cell-per-line')
    return (
      (INDICATOR_HEADER.test(squeeze(text)) && !LABELLED_FIELD.test(squeeze(text))) ||
      (SERIAL_HEADER.test(squeeze(text)) &&
        INDICATOR_HEADER.test(squeeze(lines[nextNonBlank(lines, i + 1)]?.text ?? '')))
    );
  const cells = (
    layout === 'tab'
      ? text.split('\t')
      : layout === 'spaces'
        ? text.split(/ {2,}/)
        : text.replace(/^\|/, '').split('|')
  ).map((c) => c.trim());
  // 序号 | 类别 | 指标名称: the name's header after a serial number's, a group's, or both.
  const lead = (text: string) => SERIAL_HEADER.test(text) || CATEGORY_HEADER.test(text);
  const first = cells.slice(0, 3).find((c) => !lead(c));
  // 地区 | 地区生产总值增速(%) | 位次: a table of places, its figures by column.
  // 地区\t发展态势良好，…增长8.2%。: a paragraph opening with 地区 or 区域 is no header row.
  const places =
    isPlacesHeader(first ?? '') && cells.length >= 2 && cells.every((c) => c === '' || isColumnHeading(c));
  return INDICATOR_HEADER.test(first ?? '') || places || categoryNamesRows(cells);
}

/**
 * 类别 | 单位 | 1-9月 | 同比增长(%): a plain-text table whose name column is headed 类别 (or 分类) with no
 * 指标 column after it: the category header names the rows itself. Every other cell must head a column
 * (short, no clause), one of them in a table's words (单位, a period, 增长), so a paragraph opening on 类别
 * is none.
 */
function categoryNamesRows(cells: readonly string[]): boolean {
  return (
    cells.length >= 3 &&
    CATEGORY_HEADER.test(cells[0] ?? '') &&
    !cells.some((c) => INDICATOR_HEADER.test(c)) &&
    cells.slice(1).every((c) => c === '' || isColumnHeading(c)) &&
    cells.slice(1).some((c) => HEADER_WORDS.test(c))
  );
}

/** A cell that can head a column: short, no clause of a sentence, no figure with its unit. */
const isColumnHeading = (text: string) =>
  text.length <= 30 &&
  // 增速（%，位次）: a bracket's commas list what the column holds.
  !/[。，,；;：:]/.test(text.replace(/[（(][^（()）]*[）)]/g, '')) &&
  !FIGURE_IN_CELL.test(text);

/**
 * Tables the source file marked as tables (an HTML or Word table, columns a PDF lined up): the
 * index of each one's first line → the index of the line after its last. Their lines are rows
 * whatever they look like: a row of empty cells but the name has no tab left once trimmed.
 */
export type TableBlockLines = ReadonlyMap<number, number>;

/** Reads the table starting at line i; null when what follows is not a table after all. */
export function readTable(
  lines: readonly Line[],
  i: number,
  blocks: TableBlockLines = new Map(),
): ReadTable | null {
  const first = lines[i];
  if (!first) return null;
  const hasCaption = rules.caption.test(first.text) && !INDICATOR_HEADER.test(first.text);
  const caption = hasCaption ? first.text : null;
  let h = hasCaption ? nextNonBlank(lines, i + 1) : i;
  // 单位：亿元、% under the caption, or on the line over the header.
  // 单位：亿元、元、% | … | 2025年4月22日: a sheet's unit row with the sheet's date at its right end.
  let units = unitLine(unitRowText(lines[h]?.text ?? ''));
  if (units) h = nextNonBlank(lines, h + 1);
  else {
    let before = i - 1;
    while (before >= 0 && isBlank(lines[before]?.text ?? '')) before--;
    units =
      // 附表：甲县重点项目进展情况（单位：万元）: the caption's own closing bracket names the unit.
      (caption ? (introUnits(caption) ?? captionUnits(caption)) : null) ??
      unitLine(lines[before]?.text ?? '') ??
      introUnits(lines[before]?.text ?? '') ??
      unitOverSummary(lines, before) ??
      // 附表2 甲地区各县市主要指标增速（%）over the header: the caption's bracket names every figure's unit.
      captionUnits(lines[before]?.text ?? '');
  }
  const headerLine = lines[h];
  if (!headerLine) return null;
  const headerAt = h;
  const layout = layoutOf(headerLine.text);
  let headerCells: Cell[];
  // Header cells joined from two lines' pieces, which take a line more than one cell.
  const brokenAt = new Set<number>();
  if (layout === 'cell-per-line') {
    headerCells = [];
    while (h < lines.length) {
      const line = lines[h];
      if (!line) break;
      // 上级指导 / 目标, 全市 / 排位: one header cell the page broke over two lines.
      const pieceAt = nextNonBlank(lines, h + 1);
      const piece = lines[pieceAt];
      if (!isBlank(line.text) && piece && isBrokenHeaderCell(line.text, piece.text)) {
        const joined = cell(`${line.text.trim()}${piece.text.trim()}`, line.start, line.number);
        headerCells.push({ ...joined, end: piece.start + piece.text.trimEnd().length });
        brokenAt.add(headerCells.length - 1);
        h = pieceAt + 1;
        continue;
      }
      if (!isBlank(line.text)) {
        if (!isHeaderCell(line.text) || layoutOf(line.text) !== 'cell-per-line') break;
        // A second caption or a unit line (单位：亿元、%) opens what follows; it heads no column.
        if (rules.caption.test(line.text) || unitLine(line.text)) break;
        // The first row's name is followed by a value; a header cell is followed by another header.
        // Not after a serial-number header: there the first row starts with a value (its number).
        const after = lines[nextNonBlank(lines, h + 1)];
        const serial = SERIAL_HEADER.test(headerCells[0]?.text ?? '');
        if (headerCells.length > 0 && !serial && after && looksLikeValue(after.text)) break;
        // Under 项目名称, a line that ends like a project (甲实训楼建设项目) is the first row's name, though
        // 项目 is a header word, when a column of words (建设内容) follows it rather than a value.
        if (
          headerCells.some((c) => PROJECT_HEADER.test(squeeze(c.text))) &&
          validName(squeeze(line.text), false)
        )
          break;
        headerCells.push(cell(line.text, line.start, line.number));
      }
      h++;
    }
  } else {
    const separator = separatorOf(layout);
    headerCells = splitRow(headerLine, separator);
    if (layout === 'spaces') {
      headerCells = withSerialHeaderApart(headerCells, headerLine);
      // 同比增长（%）　全市位次　较一季度: header cells parted by one space only, as wide as the rows under them.
      const rowWidth = Math.max(
        0,
        ...[0, 1, 2].map((k) => {
          const row = lines[nextNonBlankAfter(lines, h + 1, k)];
          return row && layoutOf(row.text) === 'spaces' ? splitRow(row, separator).length : 0;
        }),
      );
      headerCells =
        splitAtOneSpaces(
          headerCells,
          headerLine,
          rowWidth,
          (p) => isHeaderCell(p) && !looksLikeValue(p),
          cell,
        ) ?? headerCells;
    }
    h++;
    // 指标名称 | 单位 | … | 增长 / (%) | 全市排位 |: a header row a page broke over two lines; the
    // first cell of the second line ends the last cell of the first.
    const cont = lines[h];
    if (separator === '|' && cont && !headerLine.text.endsWith('|') && closesPipeRow(cont.text)) {
      const more = splitRow(cont, separator);
      const last = headerCells.at(-1);
      const [head, ...rest] = more;
      if (
        last &&
        head &&
        more.every((c) => c.text === '' || (isHeaderCell(c.text) && !looksLikeValue(c.text)))
      ) {
        headerCells = [
          ...headerCells.slice(0, -1),
          { ...last, text: `${last.text}${head.text}`, end: head.end },
          ...rest,
        ];
        h++;
      }
    }
    // 指标名称\t全年 / 目标\t1-6月完成: the header broken inside a cell by a tab page's line break.
    const rest = lines[h];
    // The widest of the first rows (a group row 二、投资消费 or a broken name is narrower).
    const body = [1, 2, 3]
      .map((k) => lines[nextNonBlankAfter(lines, h + 1, k - 1)])
      .filter((line) => line !== undefined)
      .reduce<Line | undefined>(
        (widest, line) =>
          widest && splitRow(widest, separator).length >= splitRow(line, separator).length ? widest : line,
        undefined,
      );
    // 全市 / 位次: the second line may hold the broken last cell alone.
    if (rest && body && (layoutOf(rest.text) === layout || layoutOf(rest.text) === 'cell-per-line')) {
      const more = splitRow(rest, separator);
      // The two lines together as wide as the first row (whose trailing empty cells may be trimmed).
      const width = splitRow(body, separator).length;
      const joined = headerCells.length <= width ? joinBrokenRow(headerCells, more) : null;
      if (
        joined &&
        joined.length >= width &&
        more.every((c) => isHeaderCell(c.text) && !looksLikeValue(c.text))
      ) {
        headerCells = joined;
        h++;
      }
    }
    // A second header row under cells that span columns: 1-6月 over 绝对值 | 增速(%).
    let s = nextNonBlank(lines, h);
    if (separator === '|' && SEPARATOR_ROW.test(lines[s]?.text ?? '')) s = nextNonBlank(lines, s + 1);
    const subLine = lines[s];
    const subCells = subLine && layoutOf(subLine.text) === layout ? splitRow(subLine, separator) : [];
    if (isSubHeader(subCells, headerCells)) {
      headerCells = mergeHeaderRows(headerCells, subCells);
      h = s + 1;
    }
  }
  // 全县（单位：%） under …比上年涨跌幅度: the caption says what the whole place's column holds.
  const headers = headerCells.map((c) => headerWithCaptionChange(c.text, caption));
  // 全市位次 | 较一季度: the rank's move after a rank column, read with the rank, no figure of its own.
  const headed: TableColumn[] = headers.map((header, index) => ({
    header,
    role: isRankChangeColumn(headers, index) ? 'other' : columnRole(header, index),
  }));
  // 全县 | 增长（%） | 全市 | 增长（%）: each place's column alone is its level (table-place-led-columns.ts).
  const columns = placeLedRoles(
    placeColumnRoles(headed, isPlacesHeader(headed[nameColumnOf(headed)]?.header ?? '')),
  );
  const roles = new Set(columns.map((c) => c.role));
  // 指标名称 | 上半年位次 | 前三季度位次 | 进退位次: a table of ranks and their moves alone (fix138).
  const rankMoves = roles.has('rank') && headers.some((_h, k) => isRankChangeColumn(headers, k));
  if (
    columns.length < 2 ||
    !(roles.has('target') || roles.has('guidance') || roles.has('actual') || rankMoves)
  )
    return null;
  const problems: Problem[] = [];
  // Header cells on consecutive lines mean blank lines are not separators here: a blank line in
  // the body is then an empty cell.
  const dense =
    layout === 'cell-per-line' &&
    headerCells.every(
      (c, k) => k === 0 || c.line === (headerCells[k - 1]?.line ?? 0) + (brokenAt.has(k - 1) ? 2 : 1),
    );
  const nameAt = nameColumnOf(columns);
  const headerLines = lines
    .slice(headerAt, h)
    .map((l) => l.text.replace(/\s+/g, ''))
    .filter((text) => !isBlank(text));
  const readRows = (from: number) =>
    layout === 'cell-per-line'
      ? readCellPerLine(lines, from, columns.length, problems, dense, nameAt)
      : readRowPerLine(
          lines,
          from,
          separatorOf(layout),
          columns.length,
          problems,
          nameAt,
          blocks.get(from === h ? headerAt : from),
        );
  const rows = readRows(h);
  // 分领域 | 项目数（个） | 总投资（亿元）: the header typed again under a second block's label is no row.
  rows.rows = rows.rows.filter((row) => !repeatsHeader(row.cells, headerCells, nameAt));
  // 续表 and the header typed again: the table goes on.
  for (;;) {
    let j = nextNonBlank(lines, rows.next);
    // A group row (三、财政收入) left over the page break heads rows of the second part.
    if (layout !== 'cell-per-line' && isGroupRow(lines[j]?.text ?? '')) j = nextNonBlank(lines, j + 1);
    const continued = CONTINUED.test(lines[j]?.text ?? '');
    // Right under 续表, not past blank lines: in a dense table a blank line is an empty cell.
    const under = j + 1;
    if (continued) j = nextNonBlank(lines, j + 1);
    const repeated =
      headerLines.length > 0 &&
      headerLines.every((header, k) => {
        const line = lines[nextNonBlankAfter(lines, j, k)];
        return line !== undefined && line.text.replace(/\s+/g, '') === header;
      });
    // 续表 alone over the rows: the second part without its header typed again.
    if (!repeated && !continued) break;
    // 续表 over a header of its own, or over rows wider than this table: another table follows.
    if (!repeated && (startsTable(lines, j) || widerThan(lines[j], layout, columns.length))) break;
    const from = repeated ? nextNonBlankAfter(lines, j, headerLines.length - 1) + 1 : under;
    const more = readRows(from);
    if (more.rows.length === 0) break;
    rows.rows.push(...more.rows);
    rows.next = more.next;
  }
  return {
    table: { caption, layout, columns, rowCount: rows.rows.length, line: first.number },
    rows: rows.rows,
    units: units ?? [],
    next: rows.next,
    problems,
  };
}

/** A row-per-line table's line with more cells than the table has columns. */
function widerThan(line: Line | undefined, layout: IndicatorTable['layout'], width: number): boolean {
  if (!line || layout === 'cell-per-line' || layoutOf(line.text) !== layout) return false;
  const cells = splitRow(line, separatorOf(layout));
  // Trailing empty cells (a pipe row's closing bar, a tab row's empty last columns) widen nothing.
  while (cells.length > 0 && cells.at(-1)?.text === '') cells.pop();
  return cells.length > width;
}

function looksLikeValue(text: string): boolean {
  const cleaned = cleanCell(text);
  return cleaned === '' || readQuantity(cleaned) !== null || readOrdinal(cleaned) !== null;
}

function readCellPerLine(
  lines: readonly Line[],
  from: number,
  width: number,
  problems: Problem[],
  dense: boolean,
  nameAt: number,
): { rows: TableRow[]; next: number } {
  const rows: TableRow[] = [];
  let pending: Cell[] = [];
  const closeRow = () => {
    rows.push(toRow(pending));
    pending = [];
  };
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isBlank(line.text)) {
      // In a dense table a blank line inside a row is an empty cell.
      if (dense && pending.length > 0) {
        pending.push({ text: '', start: line.start, end: line.start, line: line.number });
        if (pending.length === width) closeRow();
      } else if (dense && nameAt > 0 && opensRowName(lines, i + 1)) {
        // 其中：税收收入 under a blank serial number: the row's empty lead cell.
        pending.push({ text: '', start: line.start, end: line.start, line: line.number });
      }
      continue;
    }
    // 续表 over the table's second part: readTable goes on past it.
    if (endsTable(line.text) || CONTINUED.test(line.text)) break;
    // A known indicator name where a cell was expected: the row before it lost its empty cells.
    if (pending.length > nameAt && !looksLikeValue(line.text) && lookupIndicator(line.text)) {
      problems.push({
        code: 'short-table-row',
        severity: 'warning',
        message: `${pending[0]?.text}: ${pending.length} of ${width} cells before the next indicator; the missing ones are taken as empty at the end`,
        line: pending[0]?.line ?? null,
      });
      const end = pending.at(-1)?.end ?? line.start;
      while (pending.length < width) pending.push({ text: '', start: end, end, line: line.number });
      closeRow();
    }
    if (pending.length === nameAt && looksLikeValue(line.text) && line.text !== '') {
      problems.push({
        code: 'unparsed-table-line',
        severity: 'warning',
        message: `expected an indicator name at the start of a table row, found "${line.text.slice(0, 40)}"`,
        line: line.number,
      });
      continue;
    }
    pending.push(cell(line.text, line.start, line.number));
    if (pending.length === width) closeRow();
  }
  if (pending.length > 0) {
    problems.push({
      code: 'truncated-table',
      severity: 'error',
      message: `the table ends in the middle of a row: ${pending.length} of ${width} cells`,
      line: pending[0]?.line ?? null,
    });
  }
  return { rows, next: i };
}

/** Whether the line at i is a row's name (no value, no end of the table) right after a blank lead cell. */
function opensRowName(lines: readonly Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  return text !== '' && !isBlank(text) && !endsTable(text) && !looksLikeValue(text);
}

function readRowPerLine(
  lines: readonly Line[],
  from: number,
  separator: Separator,
  width: number,
  problems: Problem[],
  nameAt: number,
  /** The end of the table block the rows are in, when the source marked one. */
  until?: number,
): { rows: TableRow[]; next: number } {
  const rows: TableRow[] = [];
  let i = from;
  for (; i < (until ?? lines.length); i++) {
    const line = lines[i];
    if (!line || line.text === '') continue;
    if (separator === '|' && SEPARATOR_ROW.test(line.text)) continue;
    // 城镇常住居民人均可 / 支配收入\t元\t…: a row broken inside its name by a line break.
    const broken = brokenName(lines, i, separator, width, nameAt);
    if (broken) {
      rows.push(toRow(broken));
      i++;
      continue;
    }
    if (until === undefined && layoutOf(line.text) !== layoutOfSeparator(separator)) {
      // 一、经济总量 alone on its line between rows: a group row whose empty cells were trimmed away.
      const next = nextNonBlank(lines, i + 1);
      if (
        isGroupRow(line.text) &&
        (layoutOf(lines[next]?.text ?? '') === layoutOfSeparator(separator) ||
          brokenName(lines, next, separator, width, nameAt)) &&
        !startsTable(lines, next)
      )
        continue;
      break;
    }
    let cells = splitRow(line, separator);
    // | 工业增加值 | 亿元 | 增长8%(确保) / 增长10%(奋斗) | — | 6.9 |: a cell holding a line break
    // splits its row over two lines; the second line opens without a bar and ends the cell.
    const rest = lines[i + 1];
    if (separator === '|' && !line.text.trimEnd().endsWith('|') && rest && closesPipeRow(rest.text)) {
      const more = splitRow(rest, separator);
      const last = cells.at(-1);
      const [head, ...tail] = more;
      if (last && head && cells.length + tail.length <= width) {
        // 城镇常住居民人均可 | 支配收入: a name broken between two characters closes up again.
        const joined = squeeze([last.text, head.text].filter((t) => t !== '').join(' '));
        cells = [...cells.slice(0, -1), { ...last, text: joined, end: head.end }, ...tail];
        i++;
      }
    }
    if (cells.length > width && cells.slice(width).some((c) => c.text !== '')) {
      problems.push({
        code: 'unparsed-table-line',
        severity: 'warning',
        message: `table row has ${cells.length} cells but the header has ${width}; extra cells ignored`,
        line: line.number,
      });
    }
    // 万千瓦时　1862: a unit and a value parted by one space only.
    if (separator === '  ' && cells.length < width)
      cells = splitAtOneSpaces(cells, line, width, isValueOrUnit, cell) ?? cells;
    while (cells.length < width) cells.push({ text: '', start: line.end, end: line.end, line: line.number });
    shiftMergedLead(cells, nameAt, line);
    // | 一、经济总量 | | | |: a group row, no indicator.
    if (isGroupRow(cells[nameAt]?.text ?? '') && cells.every((c, k) => k <= nameAt || c.text === ''))
      continue;
    // 居民人均可支配收入 merged down over 城镇（元） and 农村（元）: the flattened second row's name is blank.
    const above = rows.at(-1)?.cells[nameAt];
    if (cells[nameAt]?.text === '' && above && isResidenceUnit(cells[nameAt + 1]?.text ?? ''))
      cells[nameAt] = { ...above, line: line.number };
    if (cells[nameAt]?.text === '' || looksLikeValue(cells[nameAt]?.text ?? '')) {
      problems.push({
        code: 'unparsed-table-line',
        severity: 'warning',
        message: 'table row without an indicator name',
        line: line.number,
      });
      continue;
    }
    rows.push(toRow(cells.slice(0, width)));
  }
  return { rows, next: i };
}

/**
 * 指标名称\t全年 / 目标\t1-6月完成: a row a page broke inside a cell, the cell's second line opening
 * the next line, joined into one; null when either side of the break is empty.
 */
function joinBrokenRow(first: readonly Cell[], second: readonly Cell[]): Cell[] | null {
  const last = first.at(-1);
  const [head, ...rest] = second;
  if (!last || !head || last.text === '' || head.text === '') return null;
  return [
    ...first.slice(0, -1),
    { ...last, text: squeeze(`${last.text}${head.text}`), end: head.end },
    ...rest,
  ];
}

/**
 * The row at line i when a line break split its name (城镇常住居民人均可 / 支配收入\t元\t6.5): the first
 * line ends with the name's start, the second opens with the rest, which names nothing alone.
 */
function brokenName(
  lines: readonly Line[],
  i: number,
  separator: Separator,
  width: number,
  nameAt: number,
): Cell[] | null {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || layoutOf(next.text) !== layoutOfSeparator(separator)) return null;
  if (separator === '|' && !line.text.trimEnd().endsWith('|') && closesPipeRow(next.text)) return null;
  const first = splitRow(line, separator);
  const second = splitRow(next, separator);
  const start = first.at(-1)?.text ?? '';
  const rest = second[0]?.text ?? '';
  if (
    looksLikeValue(start) ||
    looksLikeValue(rest) ||
    isGroupRow(start) ||
    endsTable(start) ||
    CONTINUED.test(start) ||
    startsTable(lines, i + 1) ||
    lookupIndicator(rest.replace(LEAD_NUMBER, '')) ||
    // The break inside the name's cell, the row no wider than the table (trailing empties trimmed).
    first.length !== nameAt + 1 ||
    first.length + second.length - 1 > width
  )
    return null;
  return joinBrokenRow(first, second);
}

const layoutOfSeparator = (separator: Separator): IndicatorTable['layout'] =>
  separator === '\t' ? 'tab' : separator === '|' ? 'pipe' : 'spaces';

/**
 * （N月末）, （1—N月）, （截至N月底）: the time a group's rows are for, closing its name (五、金融（N月末）
 * over the balances); the figure in it is no value of the row.
 */
const GROUP_ROW_TIME = /\s*[(（](?:截至|截止)?(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份|末|底)?[)）]$/;

/** 一、经济总量, (二)投资消费, 主要产品产量: a row naming the group the rows under it belong to. */
function isGroupRow(text: string): boolean {
  const trimmed = text.trim().replace(GROUP_ROW_TIME, '');
  if (isProductsHeading(trimmed)) return true;
  return (
    trimmed.length <= 16 &&
    /^(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])\s*[\u4e00-\u9fa5]/.test(
      trimmed,
    ) &&
    !/\d/.test(trimmed)
  );
}

/** A cell that can only sit right of a row's name: a value, an empty mark, or a bare unit (亿元, %). */
const isValueOrUnit = (text: string) =>
  looksLikeValue(text) ||
  text === '%' ||
  unitInfo(text) !== null ||
  // 7/8, 增长8%, ≥6%: a target cell's figure.
  /^(?:增长|下降|[≥≤><])?[-+]?\d+(?:\.\d+)?%?(?:\s*\/\s*\d+(?:\.\d+)?%?)?(?:左右|以上|以内)?$/.test(text);

/**
 * 2.规模以上工业增加值 | % | 8 | … | |: a row under a group cell that spans rows (类别: 经济总量)
 * was flattened without that cell, so its name sits where the group was and a trailing cell is
 * left empty. Shifts such a row right, its lead cells empty, when its name is found to the left of
 * the name column with values where the name should be.
 */
function shiftMergedLead(cells: Cell[], nameAt: number, line: Line): void {
  for (let k = 1; k <= nameAt; k++) {
    const name = cells[nameAt - k]?.text ?? '';
    const tail = cells.slice(cells.length - k);
    if (name === '' || isValueOrUnit(name) || !isValueOrUnit(cells[nameAt - k + 1]?.text ?? '')) continue;
    if (!tail.every((c) => c.text === '')) continue;
    cells.splice(cells.length - k, k);
    cells.unshift(
      ...Array.from({ length: k }, () => ({
        text: '',
        start: line.start,
        end: line.start,
        line: line.number,
      })),
    );
    return;
  }
}

function toRow(cells: Cell[]): TableRow {
  const first = cells[0];
  const last = cells[cells.length - 1];
  return { cells, start: first?.start ?? 0, end: last?.end ?? 0, line: first?.line ?? 0 };
}
