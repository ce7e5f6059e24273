// Held-out-458's workbook (.xlsx, session 49, written with write-excel-file through sheets.ts): a Ningxia-style county
// 统计局's 永沙县2025年7月主要经济指标 (永沙县, invented), one sheet: 指标 | 单位 | 1—7月 | 同比增长% | 增速排位 |
// 比1—6月增减百分点; growth-only rows with unit % and a — level, 其中 rows indented with full-width spaces, minus signs,
// product rows (原煤, 发电量), balances marked （7月末）, tourism rows, a three-line 注 and the bureau's signature.
// Invented place and figures; its answers are tests/accuracy/yongsha-2025-m1-7-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const yongsha = { name: 'yongsha-2025-m1-7-indicators' };

const dataRow = dataRowWith('0.00');
const WIDTH = 6;

export const yongshaRows: Line[] = [
  ['规模以上工业增加值', '%', '—', 9.2, 2, 0.8],
  ['　其中：轻工业', '%', '—', 6.4, '—', -1.1],
  ['　　　　重工业', '%', '—', 10.1, '—', 1.2],
  ['规模以上工业总产值', '亿元', 68.74, 11.5, 3, 0.6],
  ['规模以上工业企业营业收入', '亿元', 71.26, 8.3, '—', -0.4],
  ['规模以上工业企业利润总额', '亿元', 5.12, -6.8, '—', 3.5],
  ['原煤产量', '万吨', 312.5, 5.4, '—', -0.7],
  ['发电量', '亿千瓦时', 36.84, 12.3, '—', 1.6],
  ['工业用电量', '万千瓦时', 84562, 7.6, '—', 0.9],
  ['固定资产投资', '%', '—', 10.8, 3, -2.1],
  ['　其中：工业投资', '%', '—', 16.5, 2, -3.4],
  ['　　　　基础设施投资', '%', '—', 7.2, '—', 1.8],
  ['　　　　民间投资', '%', '—', -4.3, '—', -0.9],
  ['　　　　房地产开发投资', '%', '—', -12.6, '—', 2.4],
  ['商品房销售面积', '万平方米', 5.86, -8.4, '—', 3.1],
  ['社会消费品零售总额', '亿元', 21.46, 5.9, 4, 0.4],
  ['　其中：限额以上单位消费品零售额', '亿元', 6.38, 8.2, '—', 0.7],
  ['一般公共预算收入', '亿元', 5.62, 7.4, 2, -0.6],
  ['　其中：税收收入', '亿元', 3.97, 5.1, '—', -1.3],
  ['一般公共预算支出', '亿元', 24.18, 4.6, '—', 0.5],
  ['　其中：民生支出', '亿元', 19.35, 5.2, '—', 0.3],
  ['金融机构各项存款余额（7月末）', '亿元', 215.63, 8.4, '—', 0.2],
  ['　其中：住户存款余额', '亿元', 156.82, 11.2, '—', -0.3],
  ['金融机构各项贷款余额（7月末）', '亿元', 168.47, 9.6, '—', -0.5],
  ['全社会用电量', '万千瓦时', 126843, 6.9, '—', 0.7],
  ['城镇新增就业', '人', 2186, '—', '—', '—'],
  ['农村劳动力转移就业', '万人', 4.26, 2.8, '—', '—'],
  ['接待游客', '万人次', 286.4, 12.5, '—', -2.3],
  ['旅游收入', '亿元', 18.62, 10.4, '—', -1.8],
];

const sheet: SheetData = [
  titleRow('永沙县2025年7月主要经济指标', WIDTH),
  titleRow('永沙县统计局　2025年8月18日', WIDTH),
  ['指标', '单位', '1—7月', '同比增长%', '增速排位', '比1—6月增减百分点'].map((text) => headerCell(text)),
  ...yongshaRows.map(dataRow),
  noteRow('注：1.增速排位为增速在全市各县（市、区）中的位次，“—”表示无数据或不参与排位。', WIDTH),
  noteRow(
    '2.规模以上工业增加值、固定资产投资及其分项按统计制度只发布增速；规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
    WIDTH,
  ),
  noteRow('3.比1—6月增减百分点为1—7月累计增速与1—6月累计增速之差。', WIDTH),
  signatureRow('永沙县统计局', WIDTH, 3),
];

export async function yongshaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '7月主要经济指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 18 }],
    },
  ]).toBuffer();
}
