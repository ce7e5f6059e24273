// Held-out-305's indicator sheet (.xlsx, session 40, written with write-excel-file through sheets.ts): a Hebei-style
// county 统计局's 2022年1—5月主要经济指标 (渭柳县 under 雪州市, invented), one sheet. A merged title, the 单位 line with the
// date, one header row 指标 | 单位 | 本月 | 累计 | 同比±% | 全市位次, eighteen rows, growth-only rows with '—' levels, negative growths,
// 5月末 balances, '—' rank cells, a two-line 注 giving the group (全市11个县（市、区）) and the bureau's signature.
// Invented place and figures; its answers are tests/accuracy/weiliu-2022-m5-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

const levelCells = dataRowWith('0.00');
const growthCells = dataRowWith('0.0');
const dataRow = (line: Line) => [...levelCells(line.slice(0, 4)), ...growthCells(line.slice(4))];

export const weiliu = { name: 'weiliu-2022-m5-indicators' };

const WIDTH = 6;

const rows: Line[] = [
  ['规模以上工业增加值', '%', '—', '—', 5.4, 5],
  ['规模以上工业营业收入', '亿元', 14.86, 68.35, 7.2, 4],
  ['固定资产投资', '%', '—', '—', 9.7, 3],
  ['　其中：工业投资', '%', '—', '—', 21.3, '—'],
  ['　　　　房地产开发投资', '亿元', 1.12, 4.63, -16.8, '—'],
  ['商品房销售面积', '万平方米', 1.35, 6.82, -28.6, '—'],
  ['社会消费品零售总额', '亿元', 5.74, 27.91, -3.5, 8],
  ['　其中：限额以上单位消费品零售额', '亿元', 1.63, 7.92, -6.1, '—'],
  ['外贸进出口总额', '亿元', 0.62, 3.18, -7.4, 9],
  ['　其中：出口总额', '亿元', 0.41, 2.25, 5.3, '—'],
  ['实际利用外资', '万美元', '—', 1260, 18.5, 6],
  ['一般公共预算收入', '亿元', 0.83, 4.27, -9.6, 10],
  ['　其中：税收收入', '亿元', 0.51, 2.88, -15.2, '—'],
  ['一般公共预算支出', '亿元', 1.96, 11.42, 4.1, '—'],
  ['金融机构人民币存款余额（5月末）', '亿元', '—', 326.4, 11.3, '—'],
  ['金融机构人民币贷款余额（5月末）', '亿元', '—', 214.7, 8.9, '—'],
  ['全社会用电量', '万千瓦时', 9420, 46830, 3.6, '—'],
  ['　其中：工业用电量', '万千瓦时', 5870, 29140, 2.7, '—'],
];

const sheet: SheetData = [
  titleRow('渭柳县2022年1—5月主要经济指标', WIDTH),
  [
    { value: '单位：亿元、万平方米、万美元、万千瓦时、%', columnSpan: 3 },
    null,
    null,
    null,
    null,
    { value: '2022年6月20日' },
  ],
  ['指标', '单位', '本月', '累计', '同比±%', '全市位次'].map((h) => headerCell(h)),
  ...rows.map((line) => dataRow(line)),
  noteRow('注：1.全市位次为增速在雪州市11个县（市、区）中的位次。', WIDTH),
  noteRow('2.“—”表示该项数据不单独发布或不参与排位。', WIDTH),
  signatureRow('渭柳县统计局', WIDTH, 3),
];

export async function weiliuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—5月',
    columns: [{ width: 32 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }],
  }).toBuffer();
}
