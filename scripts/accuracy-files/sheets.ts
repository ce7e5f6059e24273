// Worksheet rows as county bureaus lay out their .xlsx attachments (written with write-excel-file): a bold
// title merged across the sheet, bold centred header cells (merged down or across), a header of two rows
// whose name/unit cells merge down beside period groups that span their own cells, data rows whose figures
// are numbers with a display format, a note merged across the sheet and the bureau's signature under the
// last columns. Shared by ruochuan.ts, ouchuan.ts and heshao.ts; each keeps its own figures and words.

import type { Cell } from 'write-excel-file/node';

/** A row of a sheet's data as written: names and — as text, figures as numbers. */
export type Line = readonly (string | number)[];

/** `n` empty cells: the places a merged cell covers, or the empty start of a row. */
export const blanks = (n: number): null[] => Array.from({ length: n }, () => null);

/** A bold centred header cell, merged down (rowSpan) or across (columnSpan) when given. */
export const headerCell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}): Cell => ({
  value: text,
  fontWeight: 'bold',
  align: 'center',
  ...span,
});

/** A title row: a bold centred cell merged across `width` columns. */
export const titleRow = (text: string, width: number): Cell[] => [
  headerCell(text, { columnSpan: width }),
  ...blanks(width - 1),
];

/** A note row merged across `width` columns. */
export const noteRow = (text: string, width: number): Cell[] => [
  { value: text, columnSpan: width },
  ...blanks(width - 1),
];

/** The signature (office and date) merged over the last `span` of `width` columns. */
export const signatureRow = (text: string, width: number, span: number): Cell[] => [
  ...blanks(width - span),
  { value: text, columnSpan: span },
  ...blanks(span - 1),
];

/** A header of two rows: `before` cells merged down both, then each group's cell spanning its `sub` cells. */
export function groupedHeaderRows(before: string[], groups: { text: string; sub: string[] }[]): Cell[][] {
  return [
    [
      ...before.map((b) => headerCell(b, { rowSpan: 2 })),
      ...groups.flatMap((g) => [
        headerCell(g.text, { columnSpan: g.sub.length }),
        ...blanks(g.sub.length - 1),
      ]),
    ],
    [...blanks(before.length), ...groups.flatMap((g) => g.sub.map((s) => headerCell(s)))],
  ];
}

/** A data row: text as text, whole numbers shown as 0, the others with `decimals` (0.0, 0.00). */
export const dataRowWith =
  (decimals: string) =>
  (line: Line): Cell[] =>
    line.map((value) =>
      typeof value === 'number' ? { value, format: Number.isInteger(value) ? '0' : decimals } : { value },
    );

/**
 * A data row of a county sheet where '' stands for a blank cell (a figure not published or not ranked), written as
 * no cell at all; given `width`, a row of one cell is a section heading (一、工业) merged across the sheet. Shared by
 * guya.ts, huaba.ts, kefu.ts, keluo.ts, liaosha.ts, peimei.ts, qulan.ts, resong.ts, xufeng.ts, yuwen.ts and zhagu.ts.
 */
export const blankableRowWith = (decimals: string, width?: number) => {
  const figures = dataRowWith(decimals);
  return (line: Line): Cell[] =>
    width !== undefined && line.length === 1
      ? noteRow(String(line[0]), width)
      : figures(line).map((cell, i) => (line[i] === '' ? null : cell));
};
