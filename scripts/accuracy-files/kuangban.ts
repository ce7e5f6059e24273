// The two-hundred-and-eleventh held-out batch's workbook (.xlsx, session 35): a Guangdong-style county 统计局's
// 2022年1—12月主要经济指标 (洭湴县 under 韶峒市), written with write-excel-file through sheets.ts: the merged title, the
// date line at the right, one header row (指标 | 单位 | 1—12月 | 同比增长（%） | 全市排名), 其中 rows indented with
// full-width spaces, '—' for levels not published and ranks not given, a negative growth, three 注 rows (可比价,
// the rank's group of 7 under the city, the 规上 threshold) and the bureau's signature. Invented place and figures;
// the answers are tests/accuracy/kuangban-2022-fy-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const kuangban = { name: 'kuangban-2022-fy-indicators' };

const COLUMNS = 5;

/** 指标, 单位, 1—12月, 同比增长（%）, 全市排名. */
const lines: Line[] = [
  ['地区生产总值', '亿元', 268.45, 3.6, 4],
  ['　其中：第一产业增加值', '亿元', 42.18, 5.1, '—'],
  ['　　　　第二产业增加值', '亿元', 98.62, 2.4, '—'],
  ['　　　　第三产业增加值', '亿元', 127.65, 4.0, '—'],
  ['规模以上工业增加值', '亿元', 71.36, 2.9, 5],
  ['　其中：先进制造业增加值', '亿元', 18.42, 6.8, '—'],
  ['规模以上工业总产值', '亿元', 286.73, 3.5, '—'],
  ['固定资产投资', '亿元', '—', 6.2, 3],
  ['　其中：工业投资', '亿元', '—', 15.4, '—'],
  ['　　　　房地产开发投资', '亿元', '—', -12.6, '—'],
  ['社会消费品零售总额', '亿元', 112.84, 1.8, 6],
  ['　其中：限额以上单位消费品零售额', '亿元', 38.26, 3.2, '—'],
  ['进出口总额', '亿元', 46.52, -4.3, 7],
  ['　其中：出口总额', '亿元', 31.08, -2.1, '—'],
  ['一般公共预算收入', '亿元', 14.26, -3.8, 6],
  ['　其中：税收收入', '亿元', 9.87, -8.6, '—'],
  ['一般公共预算支出', '亿元', 48.65, 4.2, '—'],
  ['金融机构本外币存款余额', '亿元', 412.36, 9.8, '—'],
  ['金融机构本外币贷款余额', '亿元', 298.14, 11.2, '—'],
  ['城镇居民人均可支配收入', '元', 39862, 4.6, 4],
  ['农村居民人均可支配收入', '元', 21475, 6.3, 3],
  ['工业用电量', '亿千瓦时', 8.46, 1.2, '—'],
];

const data: SheetData = [
  titleRow('洭湴县2022年1—12月主要经济指标', COLUMNS),
  [null, null, null, null, { value: '2023年1月31日', align: 'right' }],
  ['指标', '单位', '1—12月', '同比增长（%）', '全市排名'].map((h) => headerCell(h)),
  ...lines.map(dataRowWith('0.00')),
  noteRow('注：1.地区生产总值、规模以上工业增加值增速按可比价计算，其余按现价计算。', COLUMNS),
  noteRow('2.全市排名为在韶峒市7个县（市、区）中的位次，“—”为不参与排名。', COLUMNS),
  noteRow('3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', COLUMNS),
  signatureRow('洭湴县统计局', COLUMNS, 2),
];

const columns = [{ width: 34 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 10 }];

export async function kuangbanXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '主要经济指标', columns }).toBuffer();
}
