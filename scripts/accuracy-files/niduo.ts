// The three-hundred-and-nineteenth held-out batch's workbook (.xlsx, session 41, written with write-excel-file through
// sheets.ts as qinmei.ts writes its own): an Aba-style 州统计局's 2021年一季度 各县主要经济指标, the sheet of one county
// (尼朵县 under the invented 洛让藏族羌族自治州 in 四川): 主要指标 | 1—3月 | 同比±% | 全州位次 | 位次较上年同期（±）, units in
// brackets after the names, 其中 rows indented with full-width spaces, growth-only rows with — cells, minus signs for the
// falls, a rank move '持平', tourism rows, a 注 of three lines and the bureau's signature. High growths against the low
// 2020 base. Invented place and figures; its answers are tests/accuracy/niduo-2021-q1-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const niduo = { name: 'niduo-2021-q1-indicators' };

const dataRow = dataRowWith('0.00');

const rows: Line[] = [
  ['地区生产总值（亿元）', 7.86, 14.2, 6, '+2'],
  ['　第一产业增加值（亿元）', 0.92, 5.1, '—', '—'],
  ['　第二产业增加值（亿元）', 3.41, 21.6, '—', '—'],
  ['　第三产业增加值（亿元）', 3.53, 10.8, '—', '—'],
  ['规模以上工业增加值（%）', '—', 25.3, 3, '+5'],
  ['全社会固定资产投资（%）', '—', 36.7, 4, '-1'],
  ['　其中：民间投资（%）', '—', -12.4, '—', '—'],
  ['社会消费品零售总额（亿元）', 1.27, 28.9, 8, '持平'],
  ['地方一般公共预算收入（亿元）', 0.62, 18.5, 5, '+3'],
  ['　其中：税收收入（亿元）', 0.41, -6.3, '—', '—'],
  ['一般公共预算支出（亿元）', 4.85, 3.2, '—', '—'],
  ['城镇居民人均可支配收入（元）', 10236, 9.4, 9, '-2'],
  ['农村居民人均可支配收入（元）', 3718, 12.6, 4, '+1'],
  ['接待游客（万人次）', 21.4, 68.5, '—', '—'],
  ['旅游综合收入（亿元）', 1.86, 72.3, '—', '—'],
  ['金融机构各项存款余额（亿元）', 62.37, 7.8, '—', '—'],
  ['金融机构各项贷款余额（亿元）', 28.14, 11.6, '—', '—'],
];

const sheet: SheetData = [
  titleRow('尼朵县2021年一季度主要经济指标', 5),
  ['主要指标', '1—3月', '同比±%', '全州位次', '位次较上年同期（±）'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow(
    '注：1.全州位次为增速在洛让藏族羌族自治州13个县（市）中的位次，“+”为前移，“-”为后退，“—”为不排位。',
    5,
  ),
  noteRow('2.地区生产总值、规模以上工业增加值增速按可比价计算，上年同期受疫情影响基数较低。', 5),
  noteRow('3.金融机构存贷款余额为3月末数据。', 5),
  signatureRow('洛让藏族羌族自治州统计局　2021年4月23日', 5, 3),
];

export async function niduoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '尼朵县',
      columns: [{ width: 32 }, { width: 12 }, { width: 10 }, { width: 10 }, { width: 18 }],
    },
  ]).toBuffer();
}
