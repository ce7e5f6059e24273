// The ingest matrix's Word files: a composed report written as offices write one — runs that split
// figures from their units, headings by style or by bold runs, a page header and footer, the table's
// header merged with gridSpan/vMerge, long names wrapped into two paragraphs of a cell, the table
// split over two tables with its header repeated, the note in its last row.

import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { type Line, type Random, type Report, type ReportTable, titleLines } from './matrix-report.js';

export interface DocxLayout {
  headings: 'style' | 'bold';
  splitRuns: boolean;
  pageFurniture: boolean;
  indent: 'first-line' | 'spaces';
  wrappedCells: boolean;
  note: 'paragraph' | 'row';
  /** unrepeated: the second part's rows under no header of their own. */
  split: 'none' | 'repeated' | 'continued' | 'unrepeated';
  /** Tracked changes left on: a figure first typed otherwise, deleted, and the right one inserted. */
  revisions: boolean;
  /** The title typed over two centred lines, broken where it is long (…和社会发展 / 计划执行情况的报告). */
  titleLines: 1 | 2;
}

export function docxLayout(r: Random): DocxLayout {
  return {
    headings: r.pick(['style', 'bold'] as const),
    splitRuns: r.chance(0.6),
    pageFurniture: r.chance(0.6),
    indent: r.pick(['first-line', 'spaces'] as const),
    wrappedCells: r.chance(0.5),
    note: r.pick(['paragraph', 'row'] as const),
    split: r.pick(['none', 'repeated', 'continued', 'unrepeated'] as const),
    revisions: r.chance(0.3),
    titleLines: r.pick([1, 2] as const),
  };
}

const revision = { id: 1, author: '审核人', date: '2024-07-20T10:00:00Z' };

/** Runs a typist's edits leave: figures and units in runs of their own when split, revised when tracked. */
function runs(text: string, layout: DocxLayout, bold = false): ParagraphChild[] {
  const parts = layout.splitRuns || layout.revisions ? (text.match(/[0-9.]+|%|[^0-9.%]+/g) ?? []) : [text];
  const font = { eastAsia: '仿宋_GB2312' };
  return parts.flatMap((part): ParagraphChild[] =>
    layout.revisions && /^\d+\.\d+$/.test(part)
      ? [
          new DeletedTextRun({ ...revision, text: `${part}9`, bold, font }),
          new InsertedTextRun({ ...revision, text: part, bold, font }),
        ]
      : // Typists set long figures apart with a space each side.
        [
          new TextRun({
            text: layout.splitRuns && /^[\d.]{5,}$/.test(part) ? ` ${part} ` : part,
            bold,
            font,
          }),
        ],
  );
}

function paragraphs(line: Line, layout: DocxLayout): Paragraph[] {
  if (line.kind !== 'title' || layout.titleLines === 1) return [paragraph(line, layout)];
  return titleLines(line.text).map((text) => paragraph({ ...line, text }, layout));
}

function paragraph(line: Line, layout: DocxLayout): Paragraph {
  const spaces = layout.indent === 'spaces' && line.kind !== 'title' ? '\u3000\u3000' : '';
  const indent = layout.indent === 'first-line' ? { indent: { firstLine: 640 } } : {};
  if (line.kind === 'title')
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      ...(layout.headings === 'style' ? { heading: HeadingLevel.TITLE } : {}),
      children: runs(line.text, layout, true),
    });
  if (line.kind === 'heading') {
    if (layout.headings === 'style')
      return new Paragraph({
        heading: line.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
        children: runs(`${spaces}${line.text}`, layout),
      });
    return new Paragraph({ ...indent, children: runs(`${spaces}${line.text}`, layout, true) });
  }
  return new Paragraph({ ...indent, children: runs(`${spaces}${line.text}`, layout) });
}

function cell(text: string, layout: DocxLayout, options: { rowSpan?: number; columnSpan?: number } = {}) {
  // Names wrapped by hand into two paragraphs of the cell (城镇居民人均 / 可支配收入).
  const lines = layout.wrappedCells && text.length > 8 ? [text.slice(0, 6), text.slice(6)] : [text];
  return new TableCell({
    ...options,
    children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(l, layout) })),
  });
}

function table(
  report: ReportTable,
  rows: string[][],
  layout: DocxLayout,
  part: { note: boolean; header: boolean },
): Table {
  const { top, sub } = report;
  const width = top.reduce((n, h) => n + h.span, 0);
  const header = [
    new TableRow({
      tableHeader: true,
      children: top.map((h) =>
        cell(h.text, layout, h.span > 1 ? { columnSpan: h.span } : sub ? { rowSpan: 2 } : {}),
      ),
    }),
    ...(sub ? [new TableRow({ tableHeader: true, children: sub.map((s) => cell(s, layout)) })] : []),
  ];
  return new Table({
    rows: [
      ...(part.header ? header : []),
      ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c, layout)) })),
      ...(part.note && report.note
        ? [
            new TableRow({
              children: [cell(report.note, { ...layout, wrappedCells: false }, { columnSpan: width })],
            }),
          ]
        : []),
    ],
  });
}

export async function renderDocx(report: Report, layout: DocxLayout): Promise<Uint8Array> {
  const t = report.table;
  const noteRow = layout.note === 'row';
  const cut = layout.split === 'none' ? t.rows.length : Math.ceil(t.rows.length / 2);
  const line = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ ...(alignment ? { alignment } : {}), children: runs(text, layout) });
  const tables =
    cut < t.rows.length
      ? [
          table(t, t.rows.slice(0, cut), layout, { note: false, header: true }),
          ...(layout.split === 'continued'
            ? [new Paragraph({ pageBreakBefore: true, children: [new TextRun('续表1')] })]
            : []),
          table(t, t.rows.slice(cut), layout, { note: noteRow, header: layout.split !== 'unrepeated' }),
        ]
      : [table(t, t.rows, layout, { note: noteRow, header: true })];
  const document = new Document({
    title: report.before[0]?.text ?? '',
    creator: report.office,
    sections: [
      {
        ...(layout.pageFurniture
          ? {
              headers: {
                default: new Header({
                  children: [new Paragraph({ children: [new TextRun(report.office)] })],
                }),
              },
              footers: {
                default: new Footer({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children: [
          ...report.before.flatMap((l) => paragraphs(l, layout)),
          line(t.caption, AlignmentType.CENTER),
          ...(t.unitLine ? [line(t.unitLine, AlignmentType.RIGHT)] : []),
          ...tables,
          ...(t.note && !noteRow ? [line(t.note)] : []),
          ...report.after.map((l) => paragraph(l, layout)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
