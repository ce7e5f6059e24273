// Word tables as offices type them: a two-level header (a period spanning 绝对值/增速/全市位次 under
// it, the name and target cells merged down), a unit line typed as a first row across the table, an
// indented 其中 row; a one-row header over plain rows; spanned groups between merged-down cells. Shared
// by the Word and PDF file fixtures: the data stays in each builder, the table shapes live here.

import {
  AlignmentType,
  Footer,
  FootnoteReferenceRun,
  type PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

export const fangSong = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

type Merge = 'restart' | 'continue';

export function wordCell(
  text: string,
  options: { columnSpan?: number; verticalMerge?: Merge; left?: boolean } = {},
) {
  return new TableCell({
    columnSpan: options.columnSpan,
    verticalMerge:
      options.verticalMerge === 'restart'
        ? VerticalMergeType.RESTART
        : options.verticalMerge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    children: [
      new Paragraph({
        alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text, font: fangSong, size: 21 })],
      }),
    ],
  });
}

export interface TwoLevelHeader {
  /** Cells merged down over both header rows, before the spanned group. */
  merged: string[];
  /** The cell over the group (1-6月), and the group's own cells (绝对值, 增速, 全市位次). */
  group: string;
  sub: string[];
}

/** Merged-down cells around spanned groups: `before` and `after` merge down both header rows, each group spans its `sub` cells. */
export interface SpannedHeader {
  before: string[];
  groups: string[];
  sub: string[];
  after: string[];
}

/** A two-row header, marked as Word's repeated header rows: the merged cells restart a vertical merge in the
 * first row and continue it in the second; each group's cell spans its sub-cells, written under it. */
export function spannedHeaderRows(header: SpannedHeader): TableRow[] {
  return [
    new TableRow({
      tableHeader: true,
      children: [
        ...header.before.map((m) => wordCell(m, { verticalMerge: 'restart' })),
        ...header.groups.map((g) => wordCell(g, { columnSpan: header.sub.length })),
        ...header.after.map((m) => wordCell(m, { verticalMerge: 'restart' })),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        ...header.before.map(() => wordCell('', { verticalMerge: 'continue' })),
        ...header.groups.flatMap(() => header.sub.map((s) => wordCell(s))),
        ...header.after.map(() => wordCell('', { verticalMerge: 'continue' })),
      ],
    }),
  ];
}

/** The header's two rows, marked as Word's repeated header rows. */
export function headerRows(header: TwoLevelHeader): TableRow[] {
  return spannedHeaderRows({ before: header.merged, groups: [header.group], sub: header.sub, after: [] });
}

/** A one-row header, marked as Word's repeated header row (it starts every page the table runs onto). */
export const headerRow = (cells: string[]): TableRow =>
  new TableRow({ tableHeader: true, children: cells.map((c) => wordCell(c)) });

/** A body row: the first cell (the indicator's name) left-aligned, the others centred. */
export const bodyRow = (cells: string[]): TableRow =>
  new TableRow({ children: cells.map((c, i) => wordCell(c, { left: i === 0 })) });

/** A table of fixed column widths (twips), as wide as its columns together. */
export function sizedTable(columnWidths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    rows,
  });
}

/** A table under a one-row header. */
export function plainTable(header: string[], rows: string[][], columnWidths: number[]): Table {
  return sizedTable(columnWidths, [headerRow(header), ...rows.map(bodyRow)]);
}

/** A table under a one-row header, its caption above it: centred, bold. */
export const captionedTable = (
  caption: string,
  header: string[],
  rows: string[][],
  columnWidths: number[],
): (Paragraph | Table)[] => [
  para(caption, { alignment: AlignmentType.CENTER, bold: true }),
  plainTable(header, rows, columnWidths),
];

/** One table of rows under the header; `unitRow` puts the unit line in as a first row across it. */
export function indicatorTable(
  header: TwoLevelHeader,
  rows: string[][],
  columnWidths: number[],
  unitRow?: string,
): Table {
  const width = columnWidths.length;
  return sizedTable(columnWidths, [
    ...(unitRow ? [new TableRow({ children: [wordCell(unitRow, { columnSpan: width, left: true })] })] : []),
    ...headerRows(header),
    ...rows.map(bodyRow),
  ]);
}

/** Runs as Word leaves them after editing: a paragraph is cut before the decimal point of each number. */
export function splitRuns(text: string, font: Record<string, string>, size = 24): TextRun[] {
  return text.split(/(?<=\d)(?=\.\d)/).map((part) => new TextRun({ text: part, font, size }));
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A body paragraph in 仿宋 三号; a `^` in the text stands where the page's one footnote is marked. */
export function para(
  text: string,
  options: { alignment?: Align; bold?: boolean; pageBreakBefore?: boolean } = {},
) {
  const [before, after] = text.split('^');
  const run = (t: string) => new TextRun({ text: t, font: fangSong, size: 32, bold: options.bold });
  return new Paragraph({
    alignment: options.alignment,
    pageBreakBefore: options.pageBreakBefore,
    indent: options.alignment ? undefined : { firstLine: 640 },
    children:
      after === undefined
        ? [run(before ?? '')]
        : [run(before ?? ''), new FootnoteReferenceRun(1), run(after)],
  });
}

/** A line in small type: a running header, a footnote. */
export const small = (text: string, alignment?: Align) =>
  new Paragraph({ alignment, children: [new TextRun({ text, font: fangSong, size: 21 })] });

/** A centred footer in small type around the page number: — N —, 第 N 页 共 M 页. */
export function pageFooter(
  parts: (string | (typeof PageNumber)[keyof typeof PageNumber])[],
  font: Record<string, string>,
): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: parts, font, size: 18 })],
      }),
    ],
  });
}
