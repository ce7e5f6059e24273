// Held-out-339's workbook (.xlsx, session 42, written with write-excel-file through sheets.ts): a Shandong-style
// prefecture city 统计局's 2024年各县（市、区）主要经济指标 (柯泺市, eight places), one sheet: a merged title, a unit
// line, a two-row header (地区 merged down; 地区生产总值 over 总量/增长%/位次, 规上工业增加值 and 固定资产投资 over
// 增长%/位次, 社会消费品零售总额 and 一般公共预算收入 over 总量/增长%), a 全市 row first with blank ranks, eight places
// (negative growths, one county's 位次 8), four 注 lines and the bureau's signature. Invented places and figures; its
// answers are tests/accuracy/keluo-2024-fy-counties.answers.json (the city's figures only: other places give nothing).

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const keluo = { name: 'keluo-2024-fy-counties' };

const WIDTH = 12;
const dataRow = blankableRowWith('0.00');

const rows: Line[] = [
  ['全市', 2846.37, 5.7, '', 8.1, '', 3.4, '', 1163.28, 5.3, 201.64, 3.2],
  ['潞湾区', 712.85, 5.4, 6, 7.6, 6, 1.8, 6, 356.41, 5.6, 38.72, 2.7],
  ['鹿岭区', 486.19, 6.1, 2, 9.3, 1, 5.6, 2, 214.07, 6.2, 27.15, 4.8],
  ['可丘市', 468.52, 5.8, 4, 8.4, 3, 3.9, 4, 152.96, 5.4, 25.63, 3.9],
  ['柯阳县', 336.74, 5.2, 7, 6.9, 7, -2.3, 8, 118.35, 4.7, 19.84, -1.6],
  ['鹿嵩县', 312.46, 5.9, 3, 8.7, 2, 4.2, 3, 128.63, 5.1, 18.27, 3.6],
  ['柯屯县', 198.37, 6.3, 1, 8.2, 4, 6.4, 1, 76.58, 4.9, 11.46, 5.2],
  ['鹿峪县', 187.65, 5.6, 5, 7.8, 5, 2.7, 5, 68.92, 5.8, 10.38, 2.1],
  ['潞岗县', 143.59, 4.8, 8, 5.4, 8, -0.6, 7, 47.36, 3.9, 8.95, -3.4],
];

const sheet: SheetData = [
  titleRow('柯泺市2024年各县（市、区）主要经济指标', WIDTH),
  noteRow('单位：亿元、%', WIDTH),
  ...groupedHeaderRows(
    ['地区'],
    [
      { text: '地区生产总值', sub: ['总量', '增长%', '位次'] },
      { text: '规上工业增加值', sub: ['增长%', '位次'] },
      { text: '固定资产投资', sub: ['增长%', '位次'] },
      { text: '社会消费品零售总额', sub: ['总量', '增长%'] },
      { text: '一般公共预算收入', sub: ['总量', '增长%'] },
    ],
  ),
  ...rows.map(dataRow),
  noteRow('注：1.位次按增速在全市8个县（市、区）中排列。', WIDTH),
  noteRow('2.地区生产总值为初步核算数，增速按不变价格计算。', WIDTH),
  noteRow('3.全市一般公共预算收入含市本级，各县（市、区）之和不等于全市。', WIDTH),
  noteRow('4.固定资产投资不含跨县（市、区）项目。', WIDTH),
  signatureRow('柯泺市统计局　2025年2月26日', WIDTH, 4),
];

export async function keluoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '各县市区主要指标',
      columns: [{ width: 12 }, ...Array.from({ length: WIDTH - 1 }, () => ({ width: 10 }))],
    },
  ]).toBuffer();
}
