// Held-out-303's indicator sheet (.xlsx, session 40, written with write-excel-file through sheets.ts): a Jiangxi-style
// county 统计局's 2025年一季度主要经济指标 (康麓县 under 昊州市, invented), one sheet. A merged title, the 单位 line with the
// date, one header row 指标 | 单位 | 1—3月 | 同比±% | 全市位次 | 全省位次, the three industries under GDP, growth-only rows
// with '—' levels (单位 %), 其中 rows indented with full-width spaces, negative growths (revenue, tax, real estate),
// 3月末 balances, '—' rank cells for rows not ranked, a three-line 注 giving the groups (全市10个, 全省100个县（市、区）)
// and the bureau's signature. Invented place and figures; its answers are tests/accuracy/kanglu-2025-q1-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

// Levels keep their two decimals (86.35), growths one (5.9), ranks and whole levels none.
const levelCells = dataRowWith('0.00');
const growthCells = dataRowWith('0.0');
const dataRow = (line: Line) => [...levelCells(line.slice(0, 3)), ...growthCells(line.slice(3))];

export const kanglu = { name: 'kanglu-2025-q1-indicators' };

const WIDTH = 6;

const rows: Line[] = [
  ['地区生产总值', '亿元', 86.35, 5.9, 3, 42],
  ['　第一产业增加值', '亿元', 6.21, 3.1, '—', '—'],
  ['　第二产业增加值', '亿元', 35.48, 7.2, '—', '—'],
  ['　第三产业增加值', '亿元', 44.66, 5.3, '—', '—'],
  ['规模以上工业增加值', '%', '—', 8.6, 2, 21],
  ['规模以上工业营业收入', '亿元', 128.7, 9.4, 4, 35],
  ['固定资产投资', '%', '—', 6.8, 5, 47],
  ['　其中：工业投资', '%', '—', 15.2, 1, 9],
  ['　　　　房地产开发投资', '亿元', 3.86, -14.3, '—', '—'],
  ['社会消费品零售总额', '亿元', 28.94, 5.6, 6, 51],
  ['外贸出口总额', '亿元', 7.85, 12.3, 2, 18],
  ['一般公共预算收入', '亿元', 6.37, -2.8, 8, 76],
  ['　其中：税收收入', '亿元', 4.52, -5.1, '—', '—'],
  ['金融机构本外币存款余额（3月末）', '亿元', 412.6, 8.7, '—', '—'],
  ['金融机构本外币贷款余额（3月末）', '亿元', 356.2, 10.4, '—', '—'],
  ['全社会用电量', '万千瓦时', 28650, 7.9, '—', '—'],
  ['全体居民人均可支配收入', '元', 9284, 5.8, 5, 40],
  ['　城镇常住居民人均可支配收入', '元', 12650, 5.1, 7, 62],
  ['　农村常住居民人均可支配收入', '元', 7032, 6.6, 3, 28],
];

const sheet: SheetData = [
  titleRow('康麓县2025年一季度主要经济指标', WIDTH),
  [{ value: '单位：亿元、元、%', columnSpan: 3 }, null, null, null, null, { value: '2025年4月22日' }],
  ['指标', '单位', '1—3月', '同比±%', '全市位次', '全省位次'].map((h) => headerCell(h)),
  ...rows.map((line) => dataRow(line)),
  noteRow('注：1.地区生产总值及三次产业增加值为昊州市统计局统一核算初步数，增速按不变价格计算。', WIDTH),
  noteRow(
    '2.全市位次为在全市10个县（市、区）中的位次，全省位次为在全省100个县（市、区）中的位次，均按增速排位。',
    WIDTH,
  ),
  noteRow('3.“—”表示该项数据不单独发布或不参与排位。', WIDTH),
  signatureRow('康麓县统计局', WIDTH, 3),
];

export async function kangluXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '一季度',
    columns: [{ width: 32 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }],
  }).toBuffer();
}
