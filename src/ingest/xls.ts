// Excel 97–2003 workbooks (.xls, BIFF8 or BIFF5) and WPS's .et, told by their OLE2 streams (containers.ts):
// SheetJS reads each sheet's cells; this module turns them into the rows sheet-blocks.ts renders as the
// .xlsx reader's are. Numbers come as the sheet shows them through their number format (a double stored as
// 12.299999999 in a 0.0 cell reads 12.3), dates as calendar days whatever the machine's time zone.

import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { type Sheet, type SheetCell, unreadableWorkbook, workbookResult } from './sheet-blocks.js';
import type { IngestResult } from './types.js';

// BIFF5 workbooks keep their strings in the sheet's code page (GBK on Chinese Windows).
XLSX.set_cptable(cptable);

export const XLS_MEDIA_TYPE = 'application/vnd.ms-excel';

/** A cell as the sheet shows it: text, a number in its format, a date as a UTC calendar day. */
export function xlsCell(cell: XLSX.CellObject | undefined): SheetCell {
  if (!cell) return null;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
      const day = XLSX.SSF.parse_date_code(cell.v) as { y: number; m: number; d: number };
      return new Date(Date.UTC(day.y, day.m - 1, day.d));
    }
    return cell.w === undefined ? String(cell.v) : unroundedNumber(cell.w, cell.v);
  }
  if (cell.t === 's') return typeof cell.v === 'string' ? cell.v : null;
  if (cell.t === 'b') return cell.w ?? String(cell.v);
  // Error cells (#DIV/0!) and stubs show what Excel shows, or nothing.
  return cell.w ?? null;
}

const PLAIN_NUMBER = /^-?[\d,]*\.?\d+$/;

const TYPED_FIGURE = /^-?\d+(?:\.\d{1,4})?$/;

/**
 * A plain number as the sheet shows it, unless its format rounds away a figure typed in: a 快报's column formatted
 * 0 that holds 1.86 shows 2, but 1.86 is the figure (an .xlsx keeps the stored text, xlsx.ts). A double's noise
 * (12.299999999999999 for 12.3) is no figure, and a computed share (2560 / 6200 × 100 = 41.2903…) is the figure its
 * format shows; percentages, dates and other formats keep their display.
 */
function unroundedNumber(shown: string, value: number): string {
  if (!PLAIN_NUMBER.test(shown)) return shown;
  const stored = Number(value.toPrecision(15));
  if (Number(shown.replace(/,/g, '')) === stored) return shown;
  const typed = String(stored);
  return TYPED_FIGURE.test(typed) ? typed : shown;
}

/** A sheet's cells as rows, from its used range's first row and column (a merged cell's value in its top-left). */
export function xlsRows(sheet: XLSX.WorkSheet): SheetCell[][] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const rows: SheetCell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: SheetCell[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(xlsCell(sheet[XLSX.utils.encode_cell({ r, c })]));
    rows.push(row);
  }
  return rows;
}

export function readXls(bytes: Uint8Array): IngestResult {
  let sheets: Sheet[];
  try {
    // cellNF keeps each cell's number format (dates are told by it); formulas and styles are not needed.
    const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: false, cellHTML: false });
    sheets = workbook.SheetNames.map((name) => {
      const sheet = workbook.Sheets[name];
      return { name, rows: sheet ? xlsRows(sheet) : [] };
    });
  } catch (error) {
    return unreadableWorkbook(
      'xls-unreadable',
      'Excel 97–2003 (.xls) or WPS (.et)',
      (error as Error).message,
    );
  }
  if (sheets.length === 0)
    return unreadableWorkbook('xls-unreadable', 'Excel 97–2003 (.xls) or WPS (.et)', 'it holds no sheet');
  return workbookResult(sheets, 'xls', XLS_MEDIA_TYPE);
}
