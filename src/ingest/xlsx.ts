// Excel 2007+ workbooks (.xlsx, also WPS's .et saved in that form): read-excel-file gives each sheet
// as rows of cells. A sheet's lines before and after its grid (the title with place and period, 单位：…,
// 注：…) become paragraphs; the grid between becomes a table, as a Word table does (docx.ts).

import readXlsxFile from 'read-excel-file/node';
import { type DraftBlock, infoLineOf, render, titleOf } from './draft.js';
import type { IngestResult } from './types.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetCell = string | number | boolean | Date | null;

/** A cell as the sheet shows it: numbers as stored (the text the workbook keeps), dates as 2024年7月15日. */
export function cellText(value: SheetCell): string {
  if (value === null) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return String(value).trim();
}

/**
 * One sheet's rows as blocks. Rows of one filled cell before the first row of several (a title, a unit
 * line) and after the last (notes, the bureau's signature) are paragraphs; every row between, a group
 * label alone on its row included, belongs to the table, padded to its widest row.
 */
export function sheetBlocks(rows: readonly (readonly SheetCell[])[]): DraftBlock[] {
  const lines = rows.map((row) => {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });
  const filled = (cells: string[]) => cells.filter((c) => c !== '').length;
  const first = lines.findIndex((cells) => filled(cells) > 1);
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
  for (const cells of lines.slice(0, first)) paragraph(cells);
  const grid = lines.slice(first, last + 1).filter((cells) => cells.length > 0);
  const width = Math.max(...grid.map((cells) => cells.length));
  blocks.push({
    kind: 'table',
    rows: grid.map((cells) => Array.from({ length: width }, (_, i) => ({ text: cells[i] ?? '' }))),
  });
  for (const cells of lines.slice(last + 1)) paragraph(cells);
  return blocks;
}

export async function readXlsx(bytes: Uint8Array): Promise<IngestResult> {
  let sheets: { sheet: string; data: SheetCell[][] }[];
  try {
    // Numbers stay the text the workbook stores (6.10 is not rewritten, no float is printed anew).
    sheets = (await readXlsxFile(Buffer.from(bytes), { parseNumber: (text: string) => text })) as {
      sheet: string;
      data: SheetCell[][];
    }[];
  } catch (error) {
    return {
      document: null,
      problems: [
        {
          code: 'xlsx-unreadable',
          severity: 'error',
          message: `the Excel (.xlsx) workbook cannot be read, it may be truncated or damaged: ${(error as Error).message}`,
          line: null,
        },
      ],
    };
  }
  const blocks = sheets.flatMap((sheet) => sheetBlocks(sheet.data));
  const document = render(blocks, 'xlsx', XLSX_MEDIA_TYPE, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  return { document, problems: [] };
}
