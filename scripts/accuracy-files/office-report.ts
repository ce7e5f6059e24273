// An office's report as a Word file: a bold title, centred lines under it (session, speaker or addressee),
// body paragraphs (numbered headings in 黑体), and an optional table with one header row, a caption above it
// and a note under it. The twenty-fourth held-out batch's half-year report (洛邺市, luoye.ts, saved as .doc)
// and its committee's 审查意见 (柰岙县, naiao.ts, printed to PDF) are built with it. The document shell (title
// and author, page-number footer, title line) is word-report.ts's; the paragraphs and cells edited-runs.ts's.
// A report in plain runs whose indicator table stands on a landscape page between portrait ones (running header,
// byline, opening; caption, table, notes; rest and closing) is built whole by word-report.ts's
// landscapeTableReportDocx instead (aoqin.ts, barong.ts, mutuo.ts, rangao.ts, wucen.ts).

import { AlignmentType, PageOrientation, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';

export interface OfficeReport {
  name: string;
  office: string;
  title: string;
  /** Centred lines under the title. */
  under: readonly string[];
  body: readonly string[];
  table?: {
    caption: string;
    header: readonly string[];
    rows: readonly (readonly string[])[];
    note: string;
    at: number;
  };
  /** Further tables, each placed before body paragraph `at` (a communique's product tables). */
  moreTables?: readonly NonNullable<OfficeReport['table']>[];
  /** Right-aligned closing lines (signature, date). */
  closing: readonly string[];
  /** The table's header row is not marked to repeat on each page it runs over (it is when left out). */
  headerOnce?: boolean;
  /** Landscape pages (a wide table printed across the sheet); portrait when left out. */
  landscape?: boolean;
  /** A running header line on every page (the office and the document's short name); none when left out. */
  runningHeader?: string;
}

/** A paragraph as edited in Word; a part heading (一、…) in 黑体. */
const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  editedPara(text, { alignment, heading: isPartHeading(text) });

const cell = (text: string) => editedCell(text);

function tableOf(table: NonNullable<OfficeReport['table']>, headerOnce = false): (Paragraph | Table)[] {
  return [
    para(table.caption, AlignmentType.CENTER),
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      rows: [
        new TableRow({ tableHeader: !headerOnce, children: table.header.map(cell) }),
        ...table.rows.map((r) => new TableRow({ children: r.map(cell) })),
      ],
    }),
    para(table.note),
  ];
}

export function officeReportDocx(report: OfficeReport): Promise<Buffer> {
  const body: (Paragraph | Table)[] = report.body.map((p) => para(p));
  const tables = [...(report.table ? [report.table] : []), ...(report.moreTables ?? [])];
  for (const table of tables.sort((a, b) => b.at - a.at))
    body.splice(table.at, 0, ...tableOf(table, report.headerOnce));
  return reportDocx(
    [
      {
        ...reportSection(
          {
            footer: footerForms.hyphens,
            ...(report.runningHeader ? { header: para(report.runningHeader, AlignmentType.CENTER) } : {}),
          },
          [
            reportTitle(report.title, { eastAsia: '方正小标宋简体', size: 44 }),
            ...report.under.map((line) => para(line, AlignmentType.CENTER)),
            ...body,
            ...report.closing.map((line) => para(line, AlignmentType.RIGHT)),
          ],
        ),
        ...(report.landscape
          ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } }
          : {}),
      },
    ],
    { title: report.title, office: report.office },
  );
}
