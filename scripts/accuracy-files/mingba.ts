// The one-hundred-and-forty-third held-out batch's workbook (.xlsx, session 33, written with write-excel-file through sheets.ts
// as ouchuan.ts and fenqiao.ts write theirs): a Hebei-style county 统计局's 2026年1—10月主要经济指标 (洺岜县 under 滏漳市), two
// sheets: 主要指标 (指标名称 | 单位 | 1—10月 over 累计 and 同比增长(%), growth-only rows with — cells, 其中 rows indented with
// full-width spaces, 亿千瓦时 rows, a 注 with the 2000万元 scope) and 分县区对比 (县（市、区） | 增速(%) and 位次 under each of
// 规模以上工业增加值, 固定资产投资, 社会消费品零售总额 and 一般公共预算收入; a 全市 row without ranks, then the city's eight places in
// the city's order with the county among them, and a 注 naming the group 滏漳市8个县（市、区）). A merged title, the date line and
// the bureau's signature on each sheet. Invented places and figures; its answers are
// tests/accuracy/mingba-2026-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const mingba = { name: 'mingba-2026-m10-indicators' };

const dataRow = dataRowWith('0.00');
const growthRow = dataRowWith('0.0');
const SIGNATURE = '洺岜县统计局　2026年11月16日';

const main: Line[] = [
  ['规模以上工业增加值', '亿元', '—', 7.8],
  ['规模以上工业营业收入', '亿元', 312.64, 6.5],
  ['固定资产投资', '亿元', '—', 5.6],
  ['　其中：工业投资', '亿元', '—', 14.2],
  ['　　　　房地产开发投资', '亿元', 18.37, -8.9],
  ['社会消费品零售总额', '亿元', 86.52, 5.3],
  ['一般公共预算收入', '亿元', 12.48, 4.7],
  ['　其中：税收收入', '亿元', 8.96, 3.2],
  ['一般公共预算支出', '亿元', 31.26, 2.8],
  ['全社会用电量', '亿千瓦时', 14.26, 6.1],
  ['　其中：工业用电量', '亿千瓦时', 9.87, 7.4],
];

const mainSheet: SheetData = [
  titleRow('洺岜县2026年1—10月主要经济指标', 4),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '1—10月', sub: ['累计', '同比增长(%)'] }]),
  ...main.map(dataRow),
  noteRow('注：1.规模以上工业增加值、固定资产投资、工业投资按统计制度只公布增速。', 4),
  noteRow('2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', 4),
  signatureRow(SIGNATURE, 4, 2),
];

const counties: Line[] = [
  ['全市', 6.9, '—', 4.8, '—', 5.0, '—', 3.6, '—'],
  ['滏东区', 7.2, 4, 5.1, 4, 4.6, 6, 2.9, 6],
  ['滏西区', 6.4, 6, 3.2, 7, 5.8, 1, 3.4, 5],
  ['洺岜县', 7.8, 2, 5.6, 3, 5.3, 3, 4.7, 2],
  ['岜原县', 8.3, 1, 6.4, 2, 4.9, 5, 5.2, 1],
  ['岜山县', 5.9, 8, 2.7, 8, 4.1, 8, 1.8, 8],
  ['洺川县', 6.8, 5, 4.3, 5, 5.5, 2, 3.9, 4],
  ['滏河县', 7.5, 3, 7.0, 1, 4.4, 7, 4.1, 3],
  ['洺宁市', 6.1, 7, 3.9, 6, 5.0, 4, 2.4, 7],
];

const sub = ['增速(%)', '位次'];
const countySheet: SheetData = [
  titleRow('滏漳市各县（市、区）2026年1—10月主要指标对比', 9),
  ...groupedHeaderRows(
    ['县（市、区）'],
    [
      { text: '规模以上工业增加值', sub },
      { text: '固定资产投资', sub },
      { text: '社会消费品零售总额', sub },
      { text: '一般公共预算收入', sub },
    ],
  ),
  ...counties.map(growthRow),
  noteRow('注：位次为在滏漳市8个县（市、区）中按增速排列的位次，全市数据来源于滏漳市统计局。', 9),
  signatureRow(SIGNATURE, 9, 3),
];

export async function mingbaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 14 }],
    },
    {
      data: countySheet,
      sheet: '分县区对比',
      columns: [{ width: 14 }, {}, {}, {}, {}, {}, {}, {}, {}],
    },
  ]).toBuffer();
}
