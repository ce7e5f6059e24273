// A county or district statistics bureau's monthly workbook as it sends it round (Excel 97–2003, BIFF8, written with
// SheetJS): one sheet per topic, each with a title row merged across the table, a unit (or date) line at the right,
// the header, the rows, 注 rows merged across and the bureau's signature; figures are doubles shown through the
// column's number format. Shared by louao.ts (session 21) and xuetong.ts (session 31), which had each written it.

import * as XLSX from '@e965/xlsx';

export type Value = string | number | null;

export interface SheetSpec {
  name: string;
  title: string;
  unitLine: string;
  header: readonly string[];
  rows: readonly (readonly Value[])[];
  notes: readonly string[];
  /** Number formats by column (null: none). */
  formats: readonly (string | null)[];
}

/** How a workbook is laid out: the signing bureau and the column widths (the name column, the others). */
export interface BureauLayout {
  bureau: string;
  nameWidth: number;
  valueWidth: number;
}

const blank = (n: number): null[] => Array.from({ length: n }, () => null);

function sheetOf(spec: SheetSpec, layout: BureauLayout): XLSX.WorkSheet {
  const width = spec.header.length;
  const rows: Value[][] = [
    [spec.title, ...blank(width - 1)],
    [...blank(width - 1), spec.unitLine],
    [...spec.header],
    ...spec.rows.map((r) => [...r]),
    ...spec.notes.map((n) => [n, ...blank(width - 1)]),
    [...blank(width - 2), layout.bureau, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = spec.formats[c];
      if (cell && typeof value === 'number' && format && r > 2) cell.z = format;
    }
  const across = (r: number) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } });
  const first = 3 + spec.rows.length;
  sheet['!merges'] = [across(0), ...spec.notes.map((_, i) => across(first + i))];
  sheet['!cols'] = [layout.nameWidth, ...blank(width - 1).map(() => layout.valueWidth)].map((wch) => ({
    wch,
  }));
  return sheet;
}

/** The workbook, one sheet per spec, as an Excel 97–2003 file. */
export function bureauWorkbookXls(sheets: readonly SheetSpec[], layout: BureauLayout): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) XLSX.utils.book_append_sheet(workbook, sheetOf(spec, layout), spec.name);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}

/** The same workbook as an Office Open XML .xlsx (the held-out-312 batch's 涧沁县, jianqin.ts). */
export function bureauWorkbookXlsx(sheets: readonly SheetSpec[], layout: BureauLayout): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) XLSX.utils.book_append_sheet(workbook, sheetOf(spec, layout), spec.name);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' });
}
