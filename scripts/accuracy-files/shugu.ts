// The two-hundred-and-eighty-seventh held-out batch's workbook (.xlsx, session 39): a Shandong-style county 统计局's
// 主要经济指标 sheet from its 统计手册 (沭崮县 under 蒙岵市), written with write-excel-file through sheets.ts: the
// merged title, the source line, one header row with five years side by side and the last year's growth
// (指标 | 单位 | 2021年 … 2025年 | 2025年比上年增长（%）), 其中 rows indented with full-width spaces, '—' for levels not
// published and growths not applicable, a growth-only row (固定资产投资比上年增长) with a % unit, negative growths,
// four 注 rows and the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/shugu-2025-fy-handbook.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const shugu = { name: 'shugu-2025-fy-handbook' };

const COLUMNS = 8;

/** 指标, 单位, 2021年, 2022年, 2023年, 2024年, 2025年, 2025年比上年增长（%）. */
const lines: Line[] = [
  ['地区生产总值', '亿元', 318.46, 331.27, 352.84, 371.59, 392.16, 5.4],
  ['　第一产业增加值', '亿元', 41.23, 43.05, 44.16, 45.38, 46.72, 3.6],
  ['　第二产业增加值', '亿元', 132.57, 136.84, 145.21, 151.96, 159.43, 5.8],
  ['　第三产业增加值', '亿元', 144.66, 151.38, 163.47, 174.25, 186.01, 5.5],
  ['规模以上工业增加值', '亿元', '—', '—', '—', '—', '—', 6.7],
  ['规模以上工业企业营业收入', '亿元', 486.3, 512.74, 538.19, 561.42, 589.65, 5.0],
  ['规模以上工业企业利润总额', '亿元', 27.84, 25.16, 26.93, 24.71, 23.58, -4.6],
  ['固定资产投资比上年增长', '%', 8.6, 3.2, 5.1, -2.4, 4.3, '—'],
  ['社会消费品零售总额', '亿元', 142.37, 139.85, 151.62, 159.04, 166.28, 4.6],
  ['一般公共预算收入', '亿元', 21.46, 22.08, 23.15, 23.87, 24.63, 3.2],
  ['　其中：税收收入', '亿元', 15.32, 14.67, 15.84, 16.05, 16.21, 1.0],
  ['一般公共预算支出', '亿元', 48.72, 50.16, 51.39, 52.84, 53.07, 0.4],
  ['进出口总额', '亿元', 36.84, 41.27, 39.56, 43.18, 40.92, -5.2],
  ['金融机构本外币存款余额', '亿元', 486.25, 541.37, 596.82, 641.5, 683.14, 6.5],
  ['金融机构本外币贷款余额', '亿元', 352.61, 384.26, 413.75, 437.92, 459.38, 4.9],
  ['城镇居民人均可支配收入', '元', 38462, 39985, 42036, 43927, 45816, 4.3],
  ['农村居民人均可支配收入', '元', 20173, 21395, 22846, 24172, 25548, 5.7],
  ['粮食总产量', '万吨', 58.36, 58.92, 59.41, 59.87, 60.12, 0.4],
  ['常住人口城镇化率', '%', 52.36, 53.41, 54.28, 55.13, 55.96, '—'],
];

const data: SheetData = [
  titleRow('沭崮县主要经济指标（2021—2025年）', COLUMNS),
  [
    { value: '资料来源：《沭崮县统计手册（2026）》', columnSpan: 4 },
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  ['指标', '单位', '2021年', '2022年', '2023年', '2024年', '2025年', '2025年比上年增长（%）'].map((h) =>
    headerCell(h),
  ),
  ...lines.map(dataRowWith('0.00')),
  noteRow('注：1.地区生产总值及三次产业增加值绝对数按当年价格计算，增长速度按可比价格计算。', COLUMNS),
  noteRow('2.2021—2024年数据为最终核实数，2025年数据为初步核算数。', COLUMNS),
  noteRow('3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', COLUMNS),
  noteRow('4.“—”表示该年度未公布绝对数或该项不适用。', COLUMNS),
  signatureRow('沭崮县统计局　2026年3月', COLUMNS, 3),
];

const columns = [
  { width: 30 },
  { width: 8 },
  { width: 11 },
  { width: 11 },
  { width: 11 },
  { width: 11 },
  { width: 11 },
  { width: 20 },
];

export async function shuguXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '主要经济指标', columns }).toBuffer();
}
