// The one-hundred-and-ninety-second held-out batch's monthly workbook (.xlsx, session 35): a Fujian-style county
// 统计局's 2024年1—8月主要经济指标 (岵浔县 under 溟州市) as the bureau posts it, written with write-excel-file through
// sheets.ts: a merged title row, the unit line, one header row 指标 | 单位 | 1—8月 | 同比增长（%） | 增幅全市位次 |
// 总量全市位次, indented 其中 rows, '—' for figures not published and for ranks not given, four 注 rows (the ranks'
// group, 可比价格, 不含农户, the 规上 threshold) and the bureau's signature; a second sheet of 8月末 balances with
// 比年初增长（%）, 同比增长（%） and 增幅全市位次. Invented place and figures; the answers are
// tests/accuracy/huxun-2024-m8-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const huxun = { name: 'huxun-2024-m8-indicators' };

const main: Line[] = [
  ['规模以上工业增加值', '%', '—', 7.6, 3, '—'],
  ['规模以上工业总产值', '亿元', 412.36, 8.2, 4, 5],
  ['固定资产投资', '%', '—', 5.3, 6, '—'],
  ['　其中：工业投资', '%', '—', 18.4, 2, '—'],
  ['　　　　房地产开发投资', '%', '—', -9.7, 7, '—'],
  ['社会消费品零售总额', '亿元', 86.52, 5.9, 5, 6],
  ['限额以上单位消费品零售额', '亿元', 31.27, 7.1, 4, '—'],
  ['一般公共预算总收入', '亿元', 14.86, 3.2, 6, 5],
  ['地方一般公共预算收入', '亿元', 8.93, 4.5, 5, 5],
  ['　其中：税收收入', '亿元', 6.02, 2.8, '—', '—'],
  ['一般公共预算支出', '亿元', 21.47, 6.3, '—', '—'],
  ['外贸进出口总额', '亿元', 53.18, 11.6, 3, 4],
  ['　其中：出口', '亿元', 46.05, 13.2, 2, '—'],
  ['全社会用电量', '万千瓦时', 98650, 9.4, '—', '—'],
  ['　其中：工业用电量', '万千瓦时', 61327, 10.8, '—', '—'],
];

const WIDTH = 6;

/** A row whose level column (the third) shows two decimals and whose growths show one, as the bureau formats them. */
const dataRow = (line: Line) => {
  const level = dataRowWith('0.00')(line);
  const rest = dataRowWith('0.0')(line);
  return line.map((_, i) => (i === 2 ? level[i] : rest[i]) ?? null);
};

const mainSheet: SheetData = [
  titleRow('岵浔县2024年1—8月主要经济指标', WIDTH),
  [null, null, null, null, null, { value: '单位：亿元、万千瓦时、%', align: 'right' }],
  ['指标', '单位', '1—8月', '同比增长（%）', '增幅全市位次', '总量全市位次'].map((h) => headerCell(h)),
  ...main.map(dataRow),
  noteRow(
    '注：1.增幅全市位次、总量全市位次为在溟州市9个县（市、区）中的排位，“—”表示不参与排位或不公布。',
    WIDTH,
  ),
  noteRow('2.规模以上工业增加值增速按可比价格计算。', WIDTH),
  noteRow('3.固定资产投资不含农户，增速按可比口径计算。', WIDTH),
  noteRow('4.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', WIDTH),
  signatureRow('岵浔县统计局　2024年9月18日', WIDTH, 2),
];

const balances: Line[] = [
  ['金融机构本外币各项存款余额', '亿元', 462.35, 8.1, 9.6, 4],
  ['　其中：住户存款', '亿元', 351.08, 10.4, 12.7, '—'],
  ['金融机构本外币各项贷款余额', '亿元', 398.74, 6.2, 7.5, 5],
];

const balanceSheet: SheetData = [
  titleRow('岵浔县2024年8月末金融机构存贷款情况', WIDTH),
  ['指标', '单位', '8月末', '比年初增长（%）', '同比增长（%）', '增幅全市位次'].map((h) => headerCell(h)),
  ...balances.map(dataRow),
];

export async function huxunXlsx(): Promise<Buffer> {
  return await writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 28 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 14 }],
    },
    {
      data: balanceSheet,
      sheet: '金融',
      columns: [{ width: 28 }, { width: 8 }, { width: 12 }, { width: 16 }, { width: 14 }, { width: 14 }],
    },
  ]).toBuffer();
}
