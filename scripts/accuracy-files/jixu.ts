// Held-out-296's indicator sheet (.xlsx, session 40, written with write-excel-file through sheets.ts): a Zhejiang-style
// 高新区管委会 经济发展局's 2025年1—10月主要经济指标 (吉溆高新区 under 澧泉市, invented), one sheet. A merged title, the
// 填报单位 line, one header row 指标 | 单位 | 本月 | 1—10月累计 | 同比±% | 年度目标 | 完成年度目标%, growth-only rows with '—'
// cells and their goals written 增长A%, 其中 rows indented with full-width spaces, minus signs for falls (profits,
// foreign investment, imports, tax), a three-line 注 (growth-only rows, the time schedule, 本月 as the month alone) and
// the office's signature. Invented place and figures; its answers are tests/accuracy/jixu-2025-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const jixu = { name: 'jixu-2025-m10-indicators' };

const dataRow = dataRowWith('0.0');
const WIDTH = 7;

const rows: Line[] = [
  ['规上工业总产值', '亿元', 48.62, 462.35, 7.8, 560, 82.6],
  ['规上工业增加值', '亿元', '—', '—', 7.2, '增长7.5%', '—'],
  ['　其中：高新技术产业产值', '亿元', 30.15, 286.4, 9.6, '—', '—'],
  ['规上工业企业营业收入', '亿元', 51.07, 488.92, 6.4, '—', '—'],
  ['规上工业企业利润总额', '亿元', 3.62, 34.85, -5.2, '—', '—'],
  ['规上工业用电量', '万千瓦时', 15820, 152640, 5.7, '—', '—'],
  ['固定资产投资', '亿元', '—', '—', 5.3, '增长8%', '—'],
  ['　其中：工业投资', '亿元', '—', '—', 14.6, '增长12%', '—'],
  ['实际利用外资', '万美元', 1260, 9850, -12.4, 13000, 75.8],
  ['进出口总额', '亿元', 9.84, 96.37, 4.1, 120, 80.3],
  ['　其中：出口', '亿元', 7.26, 71.58, 6.9, '—', '—'],
  ['　其中：进口', '亿元', 2.58, 24.79, -2.1, '—', '—'],
  ['税收收入', '亿元', 2.86, 31.42, -3.6, 38, 82.7],
  ['一般公共预算收入', '亿元', 1.74, 19.63, 2.1, 23, 85.3],
  ['招商引资到位资金', '亿元', 6.15, 68.4, 11.2, 80, 85.5],
];

const sheet: SheetData = [
  titleRow('吉溆高新区2025年1—10月主要经济指标', WIDTH),
  [
    { value: '填报单位：吉溆高新区管委会经济发展局', columnSpan: 4 },
    null,
    null,
    null,
    null,
    null,
    { value: '2025年11月12日' },
  ],
  ['指标', '单位', '本月', '1—10月累计', '同比±%', '年度目标', '完成年度目标%'].map((h) => headerCell(h)),
  ...rows.map((line) => dataRow(line)),
  noteRow('注：1.规上工业增加值、固定资产投资及工业投资仅反映增速。', WIDTH),
  noteRow('2.时序进度按83.3%计。', WIDTH),
  noteRow('3.本月为10月当月数，同比±%为1—10月累计同比。', WIDTH),
  signatureRow('吉溆高新区管委会经济发展局', WIDTH, 3),
];

export async function jixuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—10月',
    columns: [
      { width: 28 },
      { width: 10 },
      { width: 10 },
      { width: 12 },
      { width: 10 },
      { width: 12 },
      { width: 14 },
    ],
  }).toBuffer();
}
