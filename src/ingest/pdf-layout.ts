// A PDF page's text items → lines → paragraphs and tables, by position alone. Lines are items sharing
// a baseline (pdf-lines.ts); a paragraph goes on while lines run to the right margin; a table is
// lines whose cells line up, line after line (pdf-table.ts).

import type { DraftBlock, DraftTable } from './draft.js';
import { columnRuns } from './pdf-columns.js';
import { restAfterRepeatedHeader } from './pdf-header-rest.js';
import { headlessContinuation } from './pdf-headless-continuation.js';
import { HEADING_START, join, type PdfLine } from './pdf-lines.js';
import { continuedOverRest, continuedTable, repeatedHeaderLines } from './pdf-page-break.js';
import { notesStart } from './pdf-page-notes.js';
import { tableOf, tableRuns } from './pdf-table.js';
import { halfWidthOf, rightMargin, wrappedAfterVerb, wrappedBefore, wrappedBeforeUnit } from './pdf-wrap.js';

export { type PdfLine, type PlacedText, stripPageFurniture, toLines } from './pdf-lines.js';

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

/** A table that ran to a page's foot, with its lines: the next page may go on with it. */
type CutTable = { lines: readonly PdfLine[]; table: DraftTable };

/**
 * The document's lines (page by page) → paragraphs joined across wrapped lines, and tables. A band of
 * two text columns is laid out as two runs, left column first, each as a page is (pdf-columns.ts).
 */
export function layoutBlocks(printed: readonly PdfLine[][]): DraftBlock[] {
  const pages = printed.flatMap(columnRuns);
  const blocks: DraftBlock[] = [];
  /** Whether the last paragraph ran to the right margin, so the next line goes on with it. */
  let open = false;
  /** What the last paragraph's line left unfilled before the margin. */
  let gap = Number.POSITIVE_INFINITY;
  /** A page's footnotes, set after the paragraph that runs on over the page break (pdf-page-notes.ts). */
  let notes: DraftBlock[] = [];
  const flushNotes = () => {
    blocks.push(...notes);
    notes = [];
  };
  /** The table that ran to the last page's foot, with its lines: the next page may go on with it. */
  let cut: CutTable | null = null;
  for (const [p, page] of pages.entries()) {
    const title = p === 0 ? titleLines(page) : 0;
    if (title > 0) {
      const text = page.slice(0, title).reduce((all, line) => join(all, line.text, 0, line.size), '');
      blocks.push({ kind: 'title', text });
    }
    const all = page.slice(title);
    const foot = notesStart(all);
    const lines = all.slice(0, foot);
    const prose = lines.filter((l) => l.pieces.length === 1);
    const left = Math.min(...lines.map((l) => l.x));
    const right = rightMargin(prose);
    const runs = tableRuns(lines);
    // A table cut at the last page's foot may go on here without its header repeated.
    // (cast: the checker does not see the loop below setting `cut` for the next page)
    const held = cut as CutTable | null;
    const above = held && blocks.at(-1) === held.table ? held : null;
    const opening = runs[0]?.[0] === 0 ? lines.slice(0, (runs[0]?.[1] ?? 0) + 1) : [];
    const repeated = above ? repeatedHeaderLines(above.lines, opening) : 0;
    const headless: { table: DraftTable; end: number } | null = above
      ? ((repeated === 0
          ? (continuedOverRest(above, lines, runs) ?? headlessContinuation(above, lines, runs))
          : null) ??
        // The header repeated over the cut row's rest alone, no row after it (pdf-header-rest.ts),
        // the two read as a run of their own or not.
        restAfterRepeatedHeader(above, lines, runs))
      : null;
    if (above && headless) {
      blocks[blocks.length - 1] = headless.table;
      cut = headless.end < lines.length - 1 ? null : { lines: above.lines, table: headless.table };
    }
    for (let i = headless ? headless.end + 1 : 0; i < lines.length; i++) {
      const run = runs.find(([a]) => a === i);
      if (run) {
        const part = lines.slice(run[0], run[1] + 1);
        const header =
          i === 0 && cut && blocks.at(-1) === cut.table ? repeatedHeaderLines(cut.lines, part) : 0;
        if (cut && header > 0) {
          const table = continuedTable(cut.table, part, header);
          blocks[blocks.length - 1] = table;
          cut = { lines: cut.lines, table };
        } else {
          flushNotes();
          const table = tableOf(part);
          blocks.push(table);
          cut = table.kind === 'table' ? { lines: part, table } : null;
        }
        // Only a table running to the page's foot goes on at the next page's top.
        if (run[1] < lines.length - 1) cut = null;
        i = run[1];
        open = false;
        gap = Number.POSITIVE_INFINITY;
        continue;
      }
      const line = lines[i];
      if (!line) continue;
      const last = blocks.at(-1);
      // A line short of the margin by less than the next line's first run of digits (42.6%。) was wrapped.
      const goesOn =
        open ||
        wrappedBefore(gap, line.text, line.size, halfWidthOf(line)) ||
        (last?.kind === 'paragraph' &&
          (wrappedBeforeUnit(last.text, gap, line.text, line.size, halfWidthOf(line)) ||
            wrappedAfterVerb(last.text, gap, line.text, line.size, halfWidthOf(line))));
      // 第一、 / 二、三产业对经济增长的贡献率…: a line ending in 、 is inside a list, so the next line's 二、
      // continues it and heads no part (session 29, fix98).
      if (
        goesOn &&
        last?.kind === 'paragraph' &&
        line.x <= left + line.size &&
        (!HEADING_START.test(line.text) || last.text.endsWith('、'))
      )
        last.text = join(last.text, line.text, 0, line.size);
      else {
        flushNotes();
        blocks.push({ kind: 'paragraph', text: line.text });
      }
      open = line.end >= right - 2 * line.size;
      gap = right - line.end;
    }
    // A note wrapped over lines is one paragraph: a line that runs to the margin goes on.
    for (const [k, line] of all.slice(foot).entries()) {
      const held = notes.at(-1);
      const before = all[foot + k - 1];
      if (k > 0 && held?.kind === 'paragraph' && before && before.end >= right - 2 * before.size)
        held.text = join(held.text, line.text, 0, line.size);
      else notes.push({ kind: 'paragraph', text: line.text });
    }
  }
  flushNotes();
  return blocks;
}
