// The PDF fixture of tests/ingest/pdfprop.test.ts: an invented county's (檀岑县)
// indicator table printed by soffice, with the forms the round trip found read apart: a two-row header
// (全年目标 and 1-6月完成 spanning 绝对值 | 增速（%）, 指标名称, 单位 and 全市排位 merged down), 全市排位
// wrapped in its narrow column onto the sub-header's line, and the last row's name typed in two
// paragraphs (农村常住居民 / 人均可支配收入), its second line alone under the table's last row.
// Run: npx tsx scripts/pdf-roundtrip.ts --fixture (writes tests/ingest/pdfprop/header-levels.pdf).

import { AlignmentType, Document, Packer, Paragraph, TableCell, TableRow, TextRun } from 'docx';
import { bodyRow, fangSong, para, sizedTable, spannedHeaderRows } from '../accuracy-files/word-table.js';

export const FIXTURE_ROWS = [
  ['地区生产总值', '亿元', '96.5', '7', '45.18', '6.4', '3'],
  ['规模以上工业增加值', '亿元', '—', '8', '—', '8.9', '2'],
  ['固定资产投资', '亿元', '52', '10', '24.73', '11.2', '5'],
];

/** The last row: its name in two paragraphs, as offices type a long name to break it where they like. */
export const LAST_ROW = ['农村常住居民', '人均可支配收入', '元', '—', '8', '9368', '7.9', '4'];

const small = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ alignment, children: [new TextRun({ text, font: fangSong, size: 21 })] });

export function fixtureDocx(): Promise<Buffer> {
  const [first, second, ...figures] = LAST_ROW;
  const last = new TableRow({
    children: [
      new TableCell({
        children: [small(first ?? '', AlignmentType.LEFT), small(second ?? '', AlignmentType.LEFT)],
      }),
      ...figures.map((f) => new TableCell({ children: [small(f, AlignmentType.CENTER)] })),
    ],
  });
  const table = sizedTable(
    [2200, 700, 1000, 1300, 1000, 1300, 700],
    [
      ...spannedHeaderRows({
        before: ['指标名称', '单位'],
        groups: ['全年目标', '1-6月完成'],
        sub: ['绝对值', '增速（%）'],
        after: ['全市排位'],
      }),
      ...FIXTURE_ROWS.map(bodyRow),
      last,
    ],
  );
  const doc = new Document({
    sections: [
      {
        children: [
          para('檀岑县2021年上半年主要经济指标完成情况', { alignment: AlignmentType.CENTER, bold: true }),
          table,
          para('注：位次为在榕州市8个县（市、区）中的排位。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
