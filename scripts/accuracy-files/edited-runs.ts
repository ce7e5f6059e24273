// Paragraphs and table cells as Word leaves them after a writer has edited the figures: each run is cut
// before a number's decimal point (word-table.ts's splitRuns), the text in 仿宋, a heading in 黑体. The
// bureau analyses (bureau-analysis.ts) and the offices' reports (office-report.ts) are typed this way.

import { AlignmentType, Paragraph, TableCell, VerticalMergeType } from 'docx';
import { fangSong, splitRuns } from './word-table.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A body paragraph in 三号, indented two characters unless aligned; a heading in 黑体. */
export const editedPara = (text: string, options: { alignment?: Align; heading?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: options.alignment,
    indent: options.alignment ? undefined : { firstLine: 640 },
    children: splitRuns(text, { ...fangSong, ...(options.heading ? { eastAsia: '黑体' } : {}) }, 32),
  });

/** A centred table cell in 五号; it may span columns or merge down. */
export const editedCell = (
  text: string,
  options: {
    columnSpan?: number;
    verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  } = {},
): TableCell =>
  new TableCell({
    columnSpan: options.columnSpan,
    verticalMerge: options.verticalMerge,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns(text, fangSong, 21) })],
  });

/** A header cell that merges down over the header row below it (指标, 单位 over a two-row header). */
export const spanDown = (text: string): TableCell =>
  editedCell(text, { verticalMerge: VerticalMergeType.RESTART });

/** The lower header row's cell under a cell merged down from above. */
export const continued = (): TableCell => editedCell('', { verticalMerge: VerticalMergeType.CONTINUE });
