// The one-hundred-and-twenty-fifth held-out batch's monthly workbook (.xlsx, session 32): an Inner Mongolia-style banner
// 统计局's 2022年1—10月 主要经济指标 (嘎沁旗 under 浩岱盟) as the bureau attaches it, written with write-excel-file through
// sheets.ts: a merged title row with the place and period, the unit line, one header row 指标名称 | 单位 | 本月 | 累计 |
// 同比% | 全盟位次, indented 其中 rows, '—' for figures not compiled monthly and for ranks not published, a 注 row and
// the bureau's signature; a second sheet of 10月末 balances with 比年初增长% and 同比%, and their 全盟位次.
// Invented place and figures; the answers are tests/accuracy/gaqin-2022-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const gaqin = { name: 'gaqin-2022-m10-indicators' };

const dataRow = dataRowWith('0.0');

const main: Line[] = [
  ['规模以上工业总产值', '万元', 48216, 452380, 9.4, 3],
  ['规模以上工业增加值', '%', '—', '—', 6.8, 4],
  ['固定资产投资', '万元', '—', 386420, 14.2, 2],
  ['　其中：项目投资', '万元', '—', 352170, 18.6, '—'],
  ['社会消费品零售总额', '万元', 12864, 118275, -2.3, 5],
  ['一般公共预算收入', '万元', 3216, 41862, 7.5, 3],
  ['　其中：税收收入', '万元', 2107, 28354, -4.1, '—'],
  ['一般公共预算支出', '万元', 14285, 168430, 9.2, '—'],
  ['全社会用电量', '万千瓦时', 8625, 79418, 12.7, '—'],
];

const mainSheet: SheetData = [
  titleRow('嘎沁旗2022年1—10月主要经济指标', 6),
  [null, null, null, null, null, { value: '单位：万元、%', align: 'right' }],
  ['指标名称', '单位', '本月', '累计', '同比%', '全盟位次'].map((h) => headerCell(h)),
  ...main.map(dataRow),
  noteRow(
    '注：1.全盟位次为增速在全盟8个旗县市区中的排位，“—”为未排位；2.规模以上工业增加值增速按可比价格计算；3.固定资产投资不含农户。',
    6,
  ),
  signatureRow('嘎沁旗统计局　2022年11月16日', 6, 2),
];

const balances: Line[] = [
  ['金融机构各项存款余额', '亿元', 186.34, 7.8, 9.6, 4],
  ['　其中：住户存款', '亿元', 142.51, 10.2, 12.3, '—'],
  ['金融机构各项贷款余额', '亿元', 124.07, 5.1, 6.4, 6],
];

const balanceSheet: SheetData = [
  titleRow('嘎沁旗2022年10月末金融机构存贷款', 6),
  ['指标名称', '单位', '10月末', '比年初增长%', '同比%', '全盟位次'].map((h) => headerCell(h)),
  ...balances.map(dataRowWith('0.00')),
];

export async function gaqinXlsx(): Promise<Buffer> {
  return await writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 26 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
    {
      data: balanceSheet,
      sheet: '金融',
      columns: [{ width: 26 }, { width: 8 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
  ]).toBuffer();
}
