// What every workbook reader shares once it has a sheet's rows of cells (xlsx.ts through read-excel-file,
// xls.ts through SheetJS): cells as the sheet shows them, a sheet as paragraphs around one table, and the
// workbook as a SourceDocument, or the problem that says it cannot be read.

import { type DraftBlock, infoLineOf, render, titleOf } from './draft.js';
import type { IngestResult, SourceFormat } from './types.js';

/** A cell as a reader hands it over: numbers already as the text the sheet shows or stores. */
export type SheetCell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  rows: readonly (readonly SheetCell[])[];
}

/** A cell as the sheet shows it: numbers as given (the text the workbook keeps), dates as 2024年7月15日. */
export function cellText(value: SheetCell): string {
  if (value === null) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return String(value).trim();
}

/** 单位：万元、%, 计量单位：亿元: a unit line, which a sheet often puts in the caption row's last cell. */
const UNIT_CELL = /^(?:计量)?单位\s*[:：]/;

/**
 * 主要经济指标（2013年1-5月） | … | 单位：万元、%: a caption in the first cell and the unit line in the
 * last, on one row over the header. Two lines over the table, as the caption and the unit line of a
 * page are, not the table's first row (which the parser would take for its header).
 */
function isCaptionWithUnit(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length === 2 && cells[0] !== '' && UNIT_CELL.test(cells.at(-1) ?? '');
}

/**
 * One sheet's rows as blocks. Rows of one filled cell before the first row of several (a title, a unit
 * line) and after the last (notes, the bureau's signature) are paragraphs, as is a caption row ending in
 * its unit line (isCaptionWithUnit); every row between, a group label alone on its row included,
 * belongs to the table, padded to its widest row.
 */
export function sheetBlocks(rows: readonly (readonly SheetCell[])[]): DraftBlock[] {
  const lines = rows.map((row) => {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });
  const filled = (cells: string[]) => cells.filter((c) => c !== '').length;
  const first = lines.findIndex((cells) => filled(cells) > 1 && !isCaptionWithUnit(cells));
  const last = lines.findLastIndex((cells) => filled(cells) > 1);
  const blocks: DraftBlock[] = [];
  const paragraph = (cells: string[]) => {
    const text = cells.filter((c) => c !== '').join(' ');
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  };
  if (first < 0) {
    for (const cells of lines) paragraph(cells);
    return blocks;
  }
  for (const cells of lines.slice(0, first))
    if (isCaptionWithUnit(cells)) for (const text of cells) paragraph([text]);
    else paragraph(cells);
  const grid = lines.slice(first, last + 1).filter((cells) => cells.length > 0);
  const width = Math.max(...grid.map((cells) => cells.length));
  blocks.push({
    kind: 'table',
    rows: grid.map((cells) => Array.from({ length: width }, (_, i) => ({ text: cells[i] ?? '' }))),
  });
  for (const cells of lines.slice(last + 1)) paragraph(cells);
  return blocks;
}

/** The workbook's sheets, one after another, as the document every format reader hands over. */
export function workbookResult(
  sheets: readonly Sheet[],
  format: SourceFormat,
  mediaType: string,
): IngestResult {
  const blocks = sheets.flatMap((sheet) => sheetBlocks(sheet.rows));
  const document = render(blocks, format, mediaType, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  return { document, problems: [] };
}

/** A workbook the reader could not open: nothing loaded, and a problem saying so in words one can act on. */
export function unreadableWorkbook(code: string, kind: string, reason: string): IngestResult {
  return {
    document: null,
    problems: [
      {
        code,
        severity: 'error',
        message: `the ${kind} workbook cannot be read, it may be truncated, damaged or password-protected: ${reason}`,
        line: null,
      },
    ],
  };
}
