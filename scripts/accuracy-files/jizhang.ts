// Held-out-349's monthly workbook (.xlsx, session 43): a Shanxi-style county 统计局's 2020年1—3月主要经济指标, the
// epidemic quarter (济漳县 under 瓯晋市, both invented), written with write-excel-file through sheets.ts: a merged title
// row, the unit line, one header row 指标 | 单位 | 1—3月 | 同比增长% | 增速比1—2月± | 全市位次, indented 其中 rows, growth-only
// rows with '—' levels, 煤炭工业 and 非煤工业 under 规模以上工业增加值, product rows (原煤, 焦炭, 发电量), many negative
// growths and a negative move, 3月末 balances, four 注 rows and the bureau's signature. Invented place and figures; the
// answers are tests/accuracy/jizhang-2020-q1-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const jizhang = { name: 'jizhang-2020-q1-indicators' };

const rows: Line[] = [
  ['地区生产总值', '亿元', 32.45, -6.8, '—', 8],
  ['　第一产业增加值', '亿元', 1.26, 1.9, '—', '—'],
  ['　第二产业增加值', '亿元', 17.38, -4.6, '—', '—'],
  ['　第三产业增加值', '亿元', 13.81, -10.2, '—', '—'],
  ['规模以上工业增加值', '—', '—', -3.2, 5.4, 6],
  ['　其中：煤炭工业', '—', '—', 1.8, 6.9, '—'],
  ['　　　　非煤工业', '—', '—', -16.5, 3.1, '—'],
  ['原煤产量', '万吨', 486.32, 2.6, 4.8, '—'],
  ['焦炭产量', '万吨', 38.15, -7.9, 2.2, '—'],
  ['发电量', '亿千瓦时', 6.84, -11.3, 1.5, '—'],
  ['全社会用电量', '亿千瓦时', 4.27, -5.6, 2.8, '—'],
  ['　其中：工业用电量', '亿千瓦时', 3.35, -6.9, 3.4, '—'],
  ['固定资产投资', '—', '—', -24.6, 18.7, 9],
  ['　其中：工业投资', '—', '—', -31.2, 12.4, '—'],
  ['　　　　房地产开发投资', '亿元', 1.93, -36.8, 9.6, '—'],
  ['社会消费品零售总额', '亿元', 8.92, -19.7, 2.9, 7],
  ['一般公共预算收入', '亿元', 3.64, -15.3, -4.1, 4],
  ['　其中：税收收入', '亿元', 3.12, -17.6, -3.8, '—'],
  ['一般公共预算支出', '亿元', 5.27, 6.2, 3.5, '—'],
  ['城镇居民人均可支配收入', '元', 8426, 1.2, '—', 5],
  ['农村居民人均可支配收入', '元', 3158, 2.4, '—', 3],
  ['金融机构各项存款余额（3月末）', '亿元', 186.54, 9.8, '—', '—'],
  ['金融机构各项贷款余额（3月末）', '亿元', 92.37, 6.5, '—', '—'],
];

const WIDTH = 6;

/** Levels with two decimals, growths and moves with one, as the bureau formats them. */
const dataRow = (line: Line) => {
  const level = dataRowWith('0.00')(line);
  const rest = dataRowWith('0.0')(line);
  return line.map((_, i) => (i === 2 ? level[i] : rest[i]) ?? null);
};

const sheet: SheetData = [
  titleRow('济漳县2020年1—3月主要经济指标', WIDTH),
  [null, null, null, null, null, { value: '单位：亿元、万吨、亿千瓦时、元、%', align: 'right' }],
  ['指标', '单位', '1—3月', '同比增长%', '增速比1—2月±', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在瓯晋市13个县（市、区）中的位次，“—”表示未参与排位或无此项。', WIDTH),
  noteRow('2.地区生产总值及分产业增加值、规模以上工业增加值增速按可比价计算。', WIDTH),
  noteRow('3.增速比1—2月±为本期增速与1—2月增速之差，单位为百分点。', WIDTH),
  noteRow('4.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。', WIDTH),
  signatureRow('济漳县统计局　2020年4月24日', WIDTH, 2),
];

export async function jizhangXlsx(): Promise<Buffer> {
  return await writeXlsxFile([
    {
      data: sheet,
      sheet: '1-3月',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }],
    },
  ]).toBuffer();
}
