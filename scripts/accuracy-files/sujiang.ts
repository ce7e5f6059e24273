// Held-out-480's workbook (.xlsx, session 50, written with write-excel-file through sheets.ts): a Guangxi-style county
// 统计局's 2008年7月统计月报 (粟江县, invented), one sheet: a merged title and the bureau's dated line; a header of two rows
// where 指标名称 | 计量单位 merge down, `2008年` spans 7月 | 1—7月累计, and 上年同期累计, 累计比上年同期±% and 增速全市位次
// merge down after it; section rows 一、…五、 merged across; 其中 rows whose parts add up to their totals; — cells for
// figures kept only cumulatively or not ranked; a row name with a footnote mark (财政收入①); a 注 of three items and the
// signature. Invented place and figures; its answers are tests/accuracy/sujiang-2008-m1-7-monthly.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import {
  blankableRowWith,
  blanks,
  headerCell,
  type Line,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const sujiang = { name: 'sujiang-2008-m1-7-monthly' };

const WIDTH = 7;
const row = blankableRowWith('0.0', WIDTH);

/** 2008年 over 7月 and 1—7月累计; the other heads merged down both rows. */
const headerRows: Cell[][] = [
  [
    headerCell('指标名称', { rowSpan: 2 }),
    headerCell('计量单位', { rowSpan: 2 }),
    headerCell('2008年', { columnSpan: 2 }),
    null,
    headerCell('上年同期累计', { rowSpan: 2 }),
    headerCell('累计比上年同期±%', { rowSpan: 2 }),
    headerCell('增速全市位次', { rowSpan: 2 }),
  ],
  [...blanks(2), headerCell('7月'), headerCell('1—7月累计'), ...blanks(3)],
];

/** 指标名称, 计量单位, 7月, 1—7月累计, 上年同期累计, ±%, 位次; a row of one cell is a section heading. */
export const sujiangRows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值（当年价）', '万元', 21860, 148630, 121540, 22.3, 3],
  ['　其中：轻工业', '万元', 9420, 71260, 60380, 18.0, '—'],
  ['　　　　重工业', '万元', 12440, 77370, 61160, 26.5, '—'],
  ['规模以上工业增加值', '万元', 6120, 41850, 36140, 15.8, 4],
  ['工业用电量', '万千瓦时', 3260, 21480, 18960, 13.3, '—'],
  ['二、固定资产投资'],
  ['全社会固定资产投资', '万元', '—', 186420, 138760, 34.3, 2],
  ['　其中：城镇固定资产投资', '万元', '—', 158360, 114620, 38.2, '—'],
  ['　　　　　其中：房地产开发投资', '万元', '—', 21640, 15830, 36.7, '—'],
  ['　　　　农村个人投资', '万元', '—', 28060, 24140, 16.2, '—'],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 8940, 61280, 50860, 20.5, 5],
  ['　其中：城镇消费品零售额', '万元', 5860, 40150, 32940, 21.9, '—'],
  ['　　　　乡村消费品零售额', '万元', 3080, 21130, 17920, 17.9, '—'],
  ['四、对外经济'],
  ['外贸进出口总额', '万美元', 386, 2648, 2105, 25.8, '—'],
  ['　其中：出口', '万美元', 241, 1726, 1392, 24.0, '—'],
  ['实际利用外资', '万美元', '—', 860, 720, 19.4, '—'],
  ['五、财政金融'],
  ['财政收入①', '万元', 4260, 31480, 25640, 22.8, 6],
  ['　其中：一般预算收入', '万元', 2310, 17260, 14020, 23.1, 5],
  ['一般预算支出', '万元', 6840, 48620, 38560, 26.1, '—'],
  ['金融机构各项存款余额（月末）', '万元', '—', 386420, 331860, 16.4, '—'],
  ['　其中：城乡居民储蓄存款余额', '万元', '—', 268540, 232370, 15.6, '—'],
  ['金融机构各项贷款余额（月末）', '万元', '—', 214680, 188950, 13.6, '—'],
];

const sheet: SheetData = [
  titleRow('粟江县2008年7月统计月报', WIDTH),
  titleRow('粟江县统计局编　　2008年8月8日', WIDTH),
  ...headerRows,
  ...sujiangRows.map(row),
  noteRow('注：①财政收入含上划中央的增值税、消费税和所得税，一般预算收入为县本级收入；', WIDTH),
  noteRow('2.城镇固定资产投资统计起点为计划总投资50万元以上项目，按月只统计累计数；', WIDTH),
  noteRow('3.增速全市位次为在全市各县（区）中的排位，“—”表示无此项或不排位。', WIDTH),
  signatureRow('粟江县统计局综合股', WIDTH, 3),
];

export async function sujiangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '7月月报',
      columns: [
        { width: 34 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 12 },
        { width: 16 },
        { width: 12 },
      ],
    },
  ]).toBuffer();
}
