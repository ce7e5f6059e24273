// Session 13 (gsheet): a county statistics bureau's monthly 主要经济指标 workbook (若川县, 2024年1-8月) as the
// bureau attaches it (.xlsx, written with write-excel-file): a merged title row with the place and period,
// a unit line, a two-row header (指标名称 and 单位 merged down, 8月 and 1-8月 each spanning 本月/累计 and
// 同比增长(%)), indented 其中 rows, — for figures not compiled monthly, a notes row and the bureau's
// signature; a second sheet of month-end balances (8月末, 比年初增长, 同比增长). Invented place and figures;
// the answers are tests/accuracy/ruochuan-2024-m8-indicators.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import {
  dataRowWith,
  groupedHeaderRows,
  headerCell,
  type Line,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const ruochuan = { name: 'ruochuan-2024-m8-indicators' };

const dataRow = dataRowWith('0.0');

const main: Line[] = [
  ['规模以上工业总产值', '万元', 61482, 8.7, 468315, 7.4],
  ['规模以上工业增加值', '%', '—', 9.3, '—', 7.8],
  ['全社会用电量', '万千瓦时', 10236, 12.1, 75408, 9.2],
  ['　其中：工业用电量', '万千瓦时', 6127, 14.6, 43185, 11.3],
  ['固定资产投资', '万元', '—', '—', 326740, 5.6],
  ['　其中：工业投资', '万元', '—', '—', 131528, 13.2],
  ['　　　　民间投资', '万元', '—', '—', 158270, -2.4],
  ['社会消费品零售总额', '万元', 43516, 4.9, 331862, 5.3],
  ['一般公共预算收入', '万元', 7215, -3.6, 75284, 2.9],
  ['　其中：税收收入', '万元', 5138, 1.8, 53671, 4.4],
  ['一般公共预算支出', '万元', 16042, 7.3, 152376, 3.8],
  ['外贸进出口总额', '万美元', 1318, 19.2, 10263, 12.6],
];

const mainSheet: SheetData = [
  titleRow('若川县2024年1-8月主要经济指标', 6),
  [null, null, null, null, null, { value: '单位：万元、%', align: 'right' }],
  ...groupedHeaderRows(
    ['指标名称', '单位'],
    [
      { text: '8月', sub: ['本月', '同比增长(%)'] },
      { text: '1-8月', sub: ['累计', '同比增长(%)'] },
    ],
  ),
  ...main.map(dataRow),
  noteRow('注：规模以上工业增加值增速按可比价格计算；固定资产投资不含农户，按月累计统计。', 6),
  signatureRow('若川县统计局　2024年9月12日', 6, 2),
];

const balances: Line[] = [
  ['金融机构本外币各项存款余额', '亿元', 286.42, 6.3, 8.1],
  ['　其中：住户存款', '亿元', 205.17, 9.4, 11.6],
  ['金融机构本外币各项贷款余额', '亿元', 213.85, 5.2, 7.4],
];

const balanceSheet: SheetData = [
  titleRow('若川县2024年8月末金融机构存贷款', 5),
  ['指标名称', '单位', '8月末', '比年初增长(%)', '同比增长(%)'].map((h) => headerCell(h)),
  ...balances.map((line) =>
    line.map((value): Cell => (typeof value === 'number' ? { value, format: '0.00' } : { value })),
  ),
];

export async function ruochuanXlsx(): Promise<Buffer> {
  const stream = await writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 28 }, { width: 10 }, {}, { width: 12 }, {}, { width: 12 }],
    },
    {
      data: balanceSheet,
      sheet: '金融',
      columns: [{ width: 30 }, { width: 8 }, {}, { width: 14 }, { width: 12 }],
    },
  ]).toBuffer();
  return stream;
}
