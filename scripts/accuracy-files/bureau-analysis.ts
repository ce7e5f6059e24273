// A county statistics bureau's analysis as a Word file, the way bureaus issue them: the issue line in the
// page header, the title, the office and the day on one line under it, the text, then an appendix table
// whose header merges 指标名称 and 单位 down two rows and spans the period over 总量, 增速（%） and 位次.
// xunling.ts (held-out-12) and chaoyi.ts (held-out-14) give the words and figures.

import {
  AlignmentType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { isPartHeading, reportDocx, reportSection } from './word-report.js';
import { fangSong, splitRuns } from './word-table.js';

export interface BureauAnalysis {
  name: string;
  office: string;
  title: string;
  /** The page header: the bulletin's name and issue. */
  issue: string;
  /** The day under the title, beside the office. */
  dated: string;
  opening: readonly string[];
  caption: string;
  /** 指标名称 | 单位 | 总量 | 增速（%） | 位次 */
  rows: readonly (readonly string[])[];
  note: string;
}

export async function bureauAnalysisDocx(analysis: BureauAnalysis): Promise<Buffer> {
  const font = fangSong;
  const para = (
    text: string,
    options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
  ) =>
    new Paragraph({
      alignment: options.alignment,
      indent: options.alignment ? undefined : { firstLine: 640 },
      children: splitRuns(text, { ...font, ...(options.bold ? { eastAsia: '黑体' } : {}) }, 32),
    });
  const cell = (
    text: string,
    options: {
      columnSpan?: number;
      verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
    } = {},
  ) =>
    new TableCell({
      columnSpan: options.columnSpan,
      verticalMerge: options.verticalMerge,
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns(text, font, 21) })],
    });
  const table = new Table({
    width: { size: 8800, type: WidthType.DXA },
    columnWidths: [3400, 1000, 1600, 1400, 1400],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('指标名称', { verticalMerge: VerticalMergeType.RESTART }),
          cell('单位', { verticalMerge: VerticalMergeType.RESTART }),
          cell('1-6月', { columnSpan: 3 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          ...['总量', '增速（%）', '位次'].map((s) => cell(s)),
        ],
      }),
      ...analysis.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
  const issueLine = new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: analysis.issue, font, size: 18 })],
  });
  return reportDocx(
    [
      reportSection({ header: issueLine, footer: ['- ', PageNumber.CURRENT, ' -'] }, [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text: analysis.title,
              bold: true,
              font: { ...font, eastAsia: '方正小标宋简体' },
              size: 44,
            }),
          ],
        }),
        para(`${analysis.office}　${analysis.dated}`, { alignment: AlignmentType.CENTER }),
        ...analysis.opening.map((p) => para(p, { bold: isPartHeading(p) })),
        para(analysis.caption, { alignment: AlignmentType.CENTER, bold: true }),
        table,
        para(analysis.note),
      ]),
    ],
    { title: analysis.title, office: analysis.office },
  );
}
