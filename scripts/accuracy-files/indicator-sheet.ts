// One sheet of a county 统计局's 主要经济指标 as SheetJS writes an Excel 97–2003 (BIFF8) workbook: a title merged across
// the sheet, a line with the compiler at the left and the date under the last-but-one column, a one-row header, the
// rows (a row of one cell is a section heading 一、… merged across), the 注 lines merged across and the bureau's
// signature under the last-but-one column. Figures from the third column on are numbers shown through a format the
// sheet chooses by column and value. huochuan.ts (session 44) wrote it first; juyuan.ts, banqiao.ts, ruoping.ts and
// xiangpu.ts (session 45) had each copied its loop. bureau-sheets.ts is the other layout (no section rows, one format
// a column).

import * as XLSX from '@e965/xlsx';

export type Value = string | number | null;

export interface IndicatorSheet {
  title: string;
  /** The left cell of the second line (统计局, or 编制单位：…). */
  compiler: string;
  /** Under the last-but-one column of the second line. */
  date: string;
  header: readonly string[];
  /** A row of one cell is a section heading merged across the sheet. */
  rows: readonly (readonly Value[])[];
  notes: readonly string[];
  /** The signature under the last-but-one column, after the notes. */
  bureau: string;
  /** The number format of a figure in column `c` (2 and on). */
  format: (c: number, value: number) => string;
  /** Column widths in characters. */
  widths: readonly number[];
}

const blank = (n: number): null[] => Array.from({ length: n }, () => null);

/** The worksheet (for a workbook of several sheets). */
export function indicatorSheet(spec: IndicatorSheet): XLSX.WorkSheet {
  const width = spec.header.length;
  const across = (r: number): XLSX.Range => ({ s: { r, c: 0 }, e: { r, c: width - 1 } });
  const underLast = (text: string): Value[] => [...blank(width - 2), text, null];
  const aoa: Value[][] = [
    [spec.title, ...blank(width - 1)],
    [spec.compiler, ...underLast(spec.date).slice(1)],
    [...spec.header],
  ];
  const merges: XLSX.Range[] = [across(0)];
  const figureRows: number[] = [];
  for (const row of spec.rows) {
    if (row.length === 1) {
      merges.push(across(aoa.length));
      aoa.push([row[0] ?? null, ...blank(width - 1)]);
      continue;
    }
    figureRows.push(aoa.length);
    aoa.push([...row]);
  }
  for (const line of spec.notes) {
    merges.push(across(aoa.length));
    aoa.push([line, ...blank(width - 1)]);
  }
  aoa.push(underLast(spec.bureau));
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (const r of figureRows)
    for (let c = 2; c < width; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof cell.v === 'number') cell.z = spec.format(c, cell.v);
    }
  sheet['!merges'] = merges;
  sheet['!cols'] = spec.widths.map((wch) => ({ wch }));
  return sheet;
}

/** A workbook of that one sheet, as an Excel 97–2003 file. */
export function indicatorSheetXls(name: string, spec: IndicatorSheet): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, indicatorSheet(spec), name);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
