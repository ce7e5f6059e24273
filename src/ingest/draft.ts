// What every format reader hands over: lines and tables in reading order, before any offsets exist.
// render() writes them out as the SourceDocument's text, recording each block's and cell's span.

import { cleanCell, cleanLine, cleanProse } from './spaces.js';
import { joinContinuedTables } from './table-continuation.js';
import { stackSideGroups } from './table-side-groups.js';
import type { Block, DocumentHints, SourceDocument, SourceFormat, Span, TableCell } from './types.js';

export interface DraftLine {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
  /** A table cell repeated as a paragraph (sheetBlocks): its sentences, or a task's goal under 年度目标：. */
  fromCell?: 'sentences' | 'goal';
}

/** One cell of the source table; a merged cell is one object placed in every grid slot it covers. */
export interface DraftCell {
  text: string;
}

export interface DraftTable {
  kind: 'table';
  /** The expanded grid, row by row. */
  rows: DraftCell[][];
}

export type DraftBlock = DraftLine | DraftTable;

export { cleanCell, cleanLine, cleanProse } from './spaces.js';

/**
 * Writes the blocks one line per paragraph and one line per table row (cells joined by tabs, so the
 * text table reader sees its 'tab' layout). A merged cell is written once, in its top-left slot; the
 * slots it covers are written empty, which is how the text reader expects a spanning header.
 */
export function render(
  blocks: readonly DraftBlock[],
  format: SourceFormat,
  mediaType: string,
  hints: DocumentHints,
): SourceDocument {
  let text = '';
  const out: Block[] = [];
  const append = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  for (const block of stackSideGroups(joinContinuedTables(blocks))) {
    if (block.kind !== 'table') {
      const line = cleanProse(block.text);
      if (line === '') continue;
      if (text !== '') append('\n');
      out.push({
        kind: block.kind,
        text: line,
        ...append(line),
        ...(block.fromCell ? { fromCell: block.fromCell } : {}),
      });
      continue;
    }
    const rows = block.rows.filter((row) => row.some((cell) => cleanCell(cell.text) !== ''));
    if (rows.length === 0) continue;
    if (text !== '') append('\n');
    const written = new Map<DraftCell, TableCell>();
    const tableStart = text.length;
    const cells: TableCell[][] = rows.map((row, r) => {
      if (r > 0) append('\n');
      return row.map((cell, c) => {
        if (c > 0) append('\t');
        const seen = written.get(cell);
        if (seen) return seen;
        const value = cleanCell(cell.text);
        const placed = { text: value, ...append(value) };
        written.set(cell, placed);
        return placed;
      });
    });
    out.push({ kind: 'table', rows: cells, start: tableStart, end: text.length });
  }
  return { format, mediaType, text, originalText: null, blocks: out, hints };
}

/** 来源/发布时间 …, also as mirror sites write them in traditional characters (converted later). */
export const INFO_LINE =
  /(?:来源|來源|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发文日期|發文日期|发布机构|發布機構)\s*[:：]|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*(?:发表于|發表於)/;

/** The 来源/发布时间 line among a document's first lines, for formats that do not mark it. */
export function infoLineOf(blocks: readonly DraftBlock[]): string | null {
  for (const block of blocks.slice(0, 6))
    if (block.kind !== 'table' && INFO_LINE.test(block.text) && block.text.length <= 200)
      return cleanLine(block.text);
  return null;
}

/** The title block's text, or a first line that reads like a report's title. */
export function titleOf(blocks: readonly DraftBlock[]): string | null {
  const first = blocks.find((b): b is DraftLine => b.kind !== 'table');
  if (!first) return null;
  return first.kind === 'title' || /报告|公报|情况|意见/.test(first.text) ? cleanLine(first.text) : null;
}
