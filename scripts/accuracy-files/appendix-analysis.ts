// A statistics bureau's analysis as it prints it from Word with an appendix table: the bulletin's issue
// in the running header, the title, the office and the day on one line under it, the text, then the
// table's caption, a table whose header is two rows (指标名称 and 单位 merged down, the period spanning
// its columns) and the note under it. ouquan.ts, luping.ts and qiluo.ts give the words and figures;
// their prints differ only in the footer, the caption's page and the columns' widths.

import { AlignmentType } from 'docx';
import {
  bodyParas,
  type FooterParts,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { indicatorTable, para, small, type TwoLevelHeader } from './word-table.js';

export interface AppendixAnalysis {
  office: string;
  title: string;
  runningHeader: string;
  dateLine: string;
  body: string[];
  header: TwoLevelHeader;
  rows: string[][];
  note: string;
}

export interface AppendixPrint {
  footer: FooterParts;
  /** The caption as printed above the table. */
  caption: string;
  /** The table starts a page of its own. */
  captionOnNewPage: boolean;
  columnWidths: number[];
}

export function appendixAnalysisDocx(a: AppendixAnalysis, print: AppendixPrint): Promise<Buffer> {
  const caption = { alignment: AlignmentType.CENTER, bold: true } as const;
  return reportDocx(
    [
      reportSection({ header: runningHeader(a.runningHeader), footer: print.footer }, [
        reportTitle(a.title),
        para(a.dateLine, { alignment: AlignmentType.CENTER }),
        ...bodyParas(a.body),
        para(print.caption, print.captionOnNewPage ? { ...caption, pageBreakBefore: true } : caption),
        indicatorTable(a.header, a.rows, print.columnWidths),
        small(a.note),
      ]),
    ],
    { title: a.title, office: a.office },
  );
}
