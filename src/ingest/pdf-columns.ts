// A page (or a band of a page) printed in two text columns, as 人大 session booklets and some printed
// reports set their body: pdfjs gives the lines of both columns on one baseline, so they read across
// the gutter, left line then right line. Here such a band is cut at the gutter into the left column's
// lines and then the right column's, each its own run for the layout (as a page is), and the bands
// across the page (a title, a table, a note) keep their place before and after it.

import { join, type PdfLine } from './pdf-lines.js';

type Item = PdfLine['pieces'][number]['items'][number];

/** A gap this many font sizes wide between two runs of one line may be a gutter. */
const GUTTER_GAP = 0.5;
/** Lines of two full columns a band needs: fewer may be a two-column table or a form. */
const LEAST_FULL = 3;

const itemsOf = (line: PdfLine): Item[] => line.pieces.flatMap((p) => p.items);

/**
 * The x where the right column starts: the start most lines share of a run right of a wide gap near
 * the middle of the text. Lines of prose in one column leave no such gap; a table's cells leave
 * gaps, but its rows are no two full columns (see `isFull`).
 */
function gutterOf(lines: readonly PdfLine[]): number | null {
  if (lines.length < LEAST_FULL) return null;
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.end));
  const width = right - left;
  const counts = new Map<number, number>();
  for (const line of lines) {
    const items = itemsOf(line);
    for (let k = 1; k < items.length; k++) {
      const before = items[k - 1];
      const item = items[k];
      if (!before || !item || item.x - before.end < GUTTER_GAP * line.size) continue;
      if (Math.abs(item.x - (left + width / 2)) > width * 0.15) continue;
      const x = Math.round(item.x);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [x, n] of counts)
    if (n >= LEAST_FULL && (best === null || n > (counts.get(best) ?? 0))) best = x;
  return best;
}

/** A line cut at the gutter: its runs left of it and right of it; null when a run spans the gutter. */
function cut(line: PdfLine, gutter: number): { left: Item[]; right: Item[] } | null {
  const left: Item[] = [];
  const right: Item[] = [];
  for (const item of itemsOf(line)) {
    if (item.x >= gutter - 1) right.push(item);
    else if (item.end <= gutter - 0.25 * line.size) left.push(item);
    else return null;
  }
  return { left, right };
}

/** Whether runs are one run of prose: no gap a table's cells would leave. */
const onePiece = (items: readonly Item[], size: number) =>
  items.every((item, k) => k === 0 || item.x - (items[k - 1]?.end ?? 0) < 1.2 * size);

/** The text's extent on a page: from its leftmost line's start to its furthest line's end. */
type Extent = { left: number; right: number };

/**
 * A line of two columns each filled from its edge to near its other edge, as justified prose is (an
 * indent of two characters aside): a table's cells, wrapped inside their columns, start and end anywhere.
 */
function isFull(line: PdfLine, gutter: number, text: Extent): boolean {
  const parts = cut(line, gutter);
  if (!parts || parts.left.length === 0 || parts.right.length === 0) return false;
  const size = line.size;
  return (
    onePiece(parts.left, size) &&
    onePiece(parts.right, size) &&
    (parts.left[0]?.x ?? 0) <= text.left + 2.5 * size &&
    (parts.right[0]?.x ?? 0) <= gutter + 2.5 * size &&
    (parts.left.at(-1)?.end ?? 0) >= gutter - 4 * size &&
    (parts.right.at(-1)?.end ?? 0) >= text.right - 4 * size
  );
}

/** A line of some of a band's runs, their text rejoined as the line's pieces joined it. */
function lineOf(line: PdfLine, items: readonly Item[]): PdfLine {
  const pieces: PdfLine['pieces'] = [];
  for (const item of items) {
    const last = pieces.at(-1);
    const gap = last ? item.x - last.end : 0;
    if (last && gap < 1.2 * line.size) {
      last.text = join(last.text, item.text, gap, line.size);
      last.end = Math.max(last.end, item.end);
      last.items.push(item);
    } else pieces.push({ text: item.text, x: item.x, end: item.end, items: [item] });
  }
  return {
    pieces,
    x: pieces[0]?.x ?? 0,
    end: pieces.at(-1)?.end ?? 0,
    y: line.y,
    size: line.size,
    text: pieces.map((p) => p.text).join(' '),
  };
}

/**
 * A page's lines → runs in reading order: lines across the page as they are, and a band of two
 * columns as its left column's lines, then its right column's. A page with no such band is one run.
 */
export function columnRuns(page: readonly PdfLine[]): PdfLine[][] {
  const gutter = gutterOf(page);
  if (gutter === null) return [[...page]];
  const text = { left: Math.min(...page.map((l) => l.x)), right: Math.max(...page.map((l) => l.end)) };
  const full = page.map((line) => isFull(line, gutter, text));
  const first = full.indexOf(true);
  const last = full.lastIndexOf(true);
  if (full.filter(Boolean).length < LEAST_FULL) return [[...page]];
  const size = page[first]?.size ?? 0;
  // The band runs on, both ways, over lines of the body's type that stay on one side of the gutter.
  const fits = (line: PdfLine | undefined) =>
    line !== undefined && Math.abs(line.size - size) < 0.5 && cut(line, gutter) !== null;
  let start = first;
  while (fits(page[start - 1])) start--;
  let end = last;
  while (fits(page[end + 1])) end++;
  // A line spanning the gutter inside the band (a heading across it) ends the band there.
  const band = page.slice(start, end + 1);
  const broken = band.findIndex((line) => cut(line, gutter) === null);
  if (broken >= 0) end = start + broken - 1;
  const lefts: PdfLine[] = [];
  const rights: PdfLine[] = [];
  for (const line of page.slice(start, end + 1)) {
    const parts = cut(line, gutter);
    if (!parts) continue;
    if (parts.left.length > 0) lefts.push(lineOf(line, parts.left));
    if (parts.right.length > 0) rights.push(lineOf(line, parts.right));
  }
  const runs = [page.slice(0, start), lefts, rights, ...columnRuns(page.slice(end + 1))];
  return runs.filter((run) => run.length > 0);
}
