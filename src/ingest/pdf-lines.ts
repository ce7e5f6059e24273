// A PDF page's text items → lines: items sharing a baseline, joined left to right into pieces split
// at wide gaps; page numbers and running headers dropped.

import { withGlyphsFilled } from './pdf-glyph-fill.js';
import { withoutNoteMarks } from './pdf-note-marks.js';
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
export interface Placed {
  text: string;
  x: number;
  end: number;
}

/** Items of one line split at wide gaps: the cells of a table row, or one piece for prose. */
interface Piece extends Placed {
  /** The items the piece was joined from: cells close together (numbers set right) share a piece. */
  items: Placed[];
}

/** A table cell's text and where it ends on its last line: near the column's edge when it wrapped. */
export interface PlacedCell {
  text: string;
  end: number;
}

/** A table column's extent: from the leftmost start to the rightmost end of the text its rows put in it. */
export interface ColumnExtent {
  x: number;
  end: number;
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
export const PAGE_NUMBER =
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
export const HEADING_START =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)/;

/** A gap this wide is a space even beside Chinese: where an ideographic space stood. */
const WIDE_GAP = 0.6;
const CJK_CHAR = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
/**
 * pdfjs puts a space into an item wherever glyphs stand apart, as LibreOffice sets Latin text apart
 * from Chinese; Chinese is written without spaces, so one beside a Chinese character goes.
 */
const SPACE_BESIDE_CJK = new RegExp(`(?<=${CJK_CHAR})[ \\u00a0]+|[ \\u00a0]+(?=${CJK_CHAR})`, 'g');

export function join(left: string, right: string, gap: number, size: number): string {
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
  return rows
    .map(withoutNoteMarks)
    .map(withGlyphsFilled)
    .map((row) => {
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
    page.filter(
      (line, i) =>
        !(isPageNumber(line) && !isRowTail(page, i)) &&
        !((i === 0 || i === page.length - 1) && repeated(line) && !(i === 0 && isTableHeadOver(page))),
    ),
  );
}

/**
 * 指标 | 单位 | 总量 | 增速 / 甲 | 亿元 | X | A%: a page opening with a table's header (a table of its own
 * whose caption ended the page above, or one repeated over a table the page broke) over a row with as
 * many cells, is no running header, however many pages open with it (session 35, fix203).
 */
function isTableHeadOver(page: readonly PdfLine[]): boolean {
  const head = page[0];
  if (!head || head.pieces.length < 3) return false;
  // 序号 | 项目名称 | 建设内容 | 总投资 … / 及规模 | （万元） … / 元）, then the cut row's rest: a header whose cells
  // wrap in narrow columns, set close line under line down to the first row as full as it (session 47, fix412,
  // F8445). A running header stands apart from what follows it.
  for (let k = 1; k <= HEAD_REACH; k++) {
    const row = page[k];
    const above = page[k - 1];
    if (!row || !above) return false;
    if (row.pieces.length >= head.pieces.length) return true;
    if (above.y - row.y > 2 * Math.max(above.size, row.size)) return false;
  }
  return false;
}

/** How many lines under a table's header its first full row may stand: the header's wrapped lines and a cut row's. */
const HEAD_REACH = 8;

/**
 * 地区生产总值  亿元  X  A / N: a figure alone on a line at the left margin, a line's pitch under a row of
 * cells set with runs of spaces and over the next such row, is that row's last cell wrapped (the row was wider
 * than the page), not a page number (session 29, fix97).
 */
function isRowTail(page: readonly PdfLine[], i: number): boolean {
  const line = page[i];
  const above = page[i - 1];
  if (!line || !above || line.pieces.length !== 1) return false;
  const close = (a: PdfLine, b: PdfLine) => a.y - b.y <= 1.8 * Math.max(a.size, b.size);
  // Whatever is under it (the next row, or on a page's last row its foot): a page number stands centred or
  // far under the text, never at the margin a line's pitch under a row.
  // Left of where every row of the page starts: a name wrapped in its cell (企业所 / 得税 under an indented 其中
  // row, 一般公共预算 / 收入 around a row of figures) stands within the first column, never left of it.
  if (above.pieces.length < 3 || !close(above, line)) return false;
  const rowStarts = page.filter((l) => l.pieces.length >= 3).map((l) => l.x);
  return line.x < Math.min(...rowStarts) - line.size / 2;
}

/**
 * Rejoins the wrapped tails of rows set with runs of spaces (isRowTail): the tail goes on as the row's last
 * piece, set after it, so that the row keeps all its cells.
 */
export function withRowTails(page: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const [i, line] of page.entries()) {
    const row = out.at(-1);
    const tail = line.pieces[0];
    if (row && tail && isRowTail(page, i) && tail.text.length <= 8 && page[i - 1] === row) {
      const x = row.end + 2 * row.size;
      const end = x + (tail.end - tail.x);
      const piece = { text: tail.text, x, end, items: [{ text: tail.text, x, end }] };
      out[out.length - 1] = { ...row, pieces: [...row.pieces, piece], end, text: `${row.text} ${tail.text}` };
    } else out.push(line);
  }
  return out;
}
