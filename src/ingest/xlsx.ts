// Excel 2007+ workbooks (.xlsx, also WPS's .et saved in that form): read-excel-file gives each sheet
// as rows of cells. A sheet's lines before and after its grid (the title with place and period, 单位：…,
// 注：…) become paragraphs; the grid between becomes a table, as a Word table does (docx.ts).

import readXlsxFile from 'read-excel-file/node';
import { type SheetCell, unreadableWorkbook, workbookResult } from './sheet-blocks.js';
import type { IngestResult } from './types.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function readXlsx(bytes: Uint8Array): Promise<IngestResult> {
  let sheets: { sheet: string; data: SheetCell[][] }[];
  try {
    // Numbers stay the text the workbook stores (6.10 is not rewritten, no float is printed anew).
    sheets = (await readXlsxFile(Buffer.from(bytes), { parseNumber: (text: string) => text })) as {
      sheet: string;
      data: SheetCell[][];
    }[];
  } catch (error) {
    return unreadableWorkbook('xlsx-unreadable', 'Excel (.xlsx)', (error as Error).message);
  }
  return workbookResult(
    sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data })),
    'xlsx',
    XLSX_MEDIA_TYPE,
  );
}
