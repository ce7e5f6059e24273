// Plain text copied out of a PDF: the page's line breaks kept as hard breaks every 30–40 characters
// (inside words and figures: 提高0 / .6个百分点), page numbers (— 3 —) and a running header between the
// pages, tables flattened into space-parted lines. Such a text is recognised by its lines, most of
// them about as long as the longest and running on without closing punctuation, and rejoined into
// paragraphs the way a PDF's lines are (pdf-layout.ts): a line that runs to the margin goes on.

import type { DraftBlock } from './draft.js';
import { HEADING_START, PAGE_NUMBER } from './pdf-lines.js';
import { spacedTable, spacedTableRuns } from './text-table.js';

/** Hard-wrapped lines are short: a page's width, never a paragraph's; nor a table cell's, one a line. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 20;
/** A line at least this share of the wrap width ran to the margin. */
const FULL = 0.6;
/** What ends a paragraph (a line running on ends with any other character). */
const PARAGRAPH_END = /[。！？：!?:]$/;

/** The wrap width: the length most long lines reach (the 90th percentile, so one odd line does not count). */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => [...l].length).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}

const isFull = (line: string, width: number) => [...line].length >= FULL * width;

/**
 * 规模以上工业营业收入：39.84亿元，增长6.2%: a brief's line of one indicator, its name before a colon
 * (after 其中：) and its figures after, ending on a figure and its unit. A brief stands such lines one
 * a line, whatever their length: no line of prose a page's margin cut.
 */
const LABELLED_FIGURES = /^(?:其中[:：])?[^\s,，。;；:：、]{2,16}[:：].*\d[^\d\s,，。;；:：、]{0,5}$/;

/** A line that stops mid-sentence at the margin: full, with no closing punctuation and no brief's line. */
const runsOn = (line: string, width: number) =>
  isFull(line, width) && !PARAGRAPH_END.test(line.trim()) && !LABELLED_FIGURES.test(line.trim());

/**
 * Whether the non-blank lines were wrapped at a fixed width: MIN_WIDTH to MAX_WIDTH characters, and at
 * least a third of them (and three or more) full lines that stop mid-sentence.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const prose = lines.filter((l) => l.trim() !== '' && !PAGE_NUMBER.test(l));
  if (prose.length < 8) return false;
  const width = wrapWidth(prose);
  if (width < MIN_WIDTH || width > MAX_WIDTH || prose.some((l) => [...l].length > width * 1.5)) return false;
  const runOn = prose.filter((l) => runsOn(l, width)).length;
  return runOn >= 3 && runOn >= prose.length / 3;
}

/** The same line modulo its figures: a running header (南旭县统计信息 2011年第9期) on every page. */
const furnitureKey = (line: string) => line.trim().replace(/\d+/g, '#');

/**
 * The lines without page numbers and without the running header: a line that opens two or more pages
 * (the first non-blank line after a page number) the same way, figures aside.
 */
export function withoutPageFurniture(lines: readonly string[]): string[] {
  const tops = new Map<string, number>();
  const opensPage: boolean[] = [];
  let afterNumber = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    opensPage.push(afterNumber && !blank);
    if (afterNumber && !blank) tops.set(furnitureKey(line), (tops.get(furnitureKey(line)) ?? 0) + 1);
    if (PAGE_NUMBER.test(line.trim()) && !blank) afterNumber = true;
    else if (!blank) afterNumber = false;
  }
  return lines.filter(
    (line, i) =>
      line.trim() !== '' &&
      !PAGE_NUMBER.test(line.trim()) &&
      !(opensPage[i] && (tops.get(furnitureKey(line)) ?? 0) >= 2),
  );
}

/** The hard-wrapped lines rejoined into paragraphs, with their space-parted tables as tables. */
export function unwrapLines(all: readonly string[]): DraftBlock[] {
  const lines = withoutPageFurniture(all).map((l) => l.trim());
  const runs = spacedTableRuns(lines);
  const width = wrapWidth(lines);
  const blocks: DraftBlock[] = [];
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const run = runs.find(([a]) => a === i);
    if (run) {
      blocks.push(spacedTable(lines.slice(run[0], run[1] + 1)));
      i = run[1];
      open = false;
      continue;
    }
    const line = lines[i] ?? '';
    const last = blocks.at(-1);
    if (open && last && last.kind !== 'table' && !HEADING_START.test(line)) last.text += line;
    else blocks.push({ kind: 'paragraph', text: line });
    open = isFull(line, width) && !PARAGRAPH_END.test(line);
  }
  return blocks;
}
