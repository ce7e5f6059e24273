// A county statistics bureau's analysis as a Word file, the way bureaus issue them: the issue line in the
// page header, the title, the office and the day on one line under it, the text, then an appendix table
// whose header merges 指标名称 and 单位 down two rows and spans the period over 总量, 增速（%） and 位次.
// xunling.ts (held-out-12) and chaoyi.ts (held-out-14) give the words and figures.

import { AlignmentType, Paragraph, Table, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { fangSong } from './word-table.js';

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
  const table = new Table({
    width: { size: 8800, type: WidthType.DXA },
    columnWidths: [3400, 1000, 1600, 1400, 1400],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          editedCell('指标名称', { verticalMerge: VerticalMergeType.RESTART }),
          editedCell('单位', { verticalMerge: VerticalMergeType.RESTART }),
          editedCell('1-6月', { columnSpan: 3 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          editedCell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          editedCell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          ...['总量', '增速（%）', '位次'].map((s) => editedCell(s)),
        ],
      }),
      ...analysis.rows.map((r) => new TableRow({ children: r.map((c) => editedCell(c)) })),
    ],
  });
  const issueLine = new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: analysis.issue, font: fangSong, size: 18 })],
  });
  return reportDocx(
    [
      reportSection({ header: issueLine, footer: footerForms.hyphens }, [
        reportTitle(analysis.title, { eastAsia: '方正小标宋简体', size: 44 }),
        editedPara(`${analysis.office}　${analysis.dated}`, { alignment: AlignmentType.CENTER }),
        ...analysis.opening.map((p) => editedPara(p, { heading: isPartHeading(p) })),
        editedPara(analysis.caption, { alignment: AlignmentType.CENTER, heading: true }),
        table,
        editedPara(analysis.note),
      ]),
    ],
    { title: analysis.title, office: analysis.office },
  );
}
