// Held-out-465's workbook (.xlsx, session 49, written with write-excel-file through sheets.ts): a Shandong-style county
// 统计局's 芃沭县2026年1—2月主要经济指标 (芃沭县, invented), one sheet: 指标 | 单位 | 1—2月 | 同比增长% | 增幅全市位次 |
// 比上年同期增减百分点; growth-only rows with unit % and a — level, 其中 rows indented with full-width spaces, minus signs,
// trade in 亿元 with 出口/进口, 实际使用外资 in 万美元, balances marked （2月末）, a three-line 注 and the bureau's signature.
// Invented place and figures; its answers are tests/accuracy/pengshu-2026-m1-2-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const pengshu = { name: 'pengshu-2026-m1-2-indicators' };

const dataRow = dataRowWith('0.00');
const WIDTH = 6;

export const pengshuRows: Line[] = [
  ['规模以上工业增加值', '%', '—', 8.6, 3, 2.1],
  ['　其中：制造业增加值', '%', '—', 9.4, '—', 2.8],
  ['　　　　高技术制造业增加值', '%', '—', 15.2, '—', 4.6],
  ['规模以上工业营业收入', '亿元', 86.42, 7.3, 5, -1.2],
  ['规模以上工业利润总额', '亿元', 4.86, 12.5, 4, 6.3],
  ['工业用电量', '万千瓦时', 31856, 6.8, '—', 1.5],
  ['固定资产投资', '%', '—', 6.2, 6, 1.4],
  ['　其中：工业投资', '%', '—', 11.8, 4, 3.2],
  ['　　　　制造业投资', '%', '—', 13.5, '—', 5.1],
  ['　　　　技术改造投资', '%', '—', 18.6, '—', 7.4],
  ['　　　　基础设施投资', '%', '—', 4.1, '—', -2.6],
  ['　　　　民间投资', '%', '—', 3.5, '—', 0.9],
  ['房地产开发投资', '亿元', 2.64, -8.2, '—', 5.6],
  ['商品房销售面积', '万平方米', 6.12, -5.4, '—', 3.8],
  ['社会消费品零售总额', '亿元', 28.36, 5.6, 7, 0.8],
  ['　其中：限额以上单位消费品零售额', '亿元', 7.94, 8.2, '—', 2.3],
  ['网上零售额', '亿元', 2.15, 14.6, '—', 3.1],
  ['进出口总额', '亿元', 15.48, 11.3, 4, 6.8],
  ['　其中：出口', '亿元', 10.26, 14.2, '—', 8.5],
  ['　　　　进口', '亿元', 5.22, 6.0, '—', 3.6],
  ['实际使用外资', '万美元', 1860, 23.4, 3, 15.2],
  ['一般公共预算收入', '亿元', 6.58, 4.2, 8, -1.9],
  ['　其中：税收收入', '亿元', 5.03, 3.6, '—', -2.4],
  ['一般公共预算支出', '亿元', 9.87, 6.1, '—', 2.0],
  ['金融机构各项存款余额（2月末）', '亿元', 486.25, 9.3, '—', 0.6],
  ['　其中：住户存款余额', '亿元', 372.18, 11.6, '—', -0.8],
  ['金融机构各项贷款余额（2月末）', '亿元', 351.67, 8.1, '—', -1.3],
  ['全社会用电量', '万千瓦时', 52643, 5.2, '—', 0.7],
  ['城镇新增就业', '人', 1286, '—', '—', '—'],
  ['接待游客', '万人次', 86.5, 9.8, '—', -3.2],
  ['旅游收入', '亿元', 7.42, 11.2, '—', -2.6],
];

const sheet: SheetData = [
  titleRow('芃沭县2026年1—2月主要经济指标', WIDTH),
  titleRow('芃沭县统计局　2026年3月20日', WIDTH),
  ['指标', '单位', '1—2月', '同比增长%', '增幅全市位次', '比上年同期增减百分点'].map((text) =>
    headerCell(text),
  ),
  ...pengshuRows.map(dataRow),
  noteRow('注：1.增幅全市位次为增速在全市各县（市、区）中的位次，“—”表示不参与排位或无此项。', WIDTH),
  noteRow(
    '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；固定资产投资统计范围为计划总投资500万元及以上项目，按统计制度只发布增速。',
    WIDTH,
  ),
  noteRow('3.比上年同期增减百分点为本期增速与上年1—2月增速之差。', WIDTH),
  signatureRow('芃沭县统计局', WIDTH, 3),
];

export async function pengshuXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—2月主要经济指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 20 }],
    },
  ]).toBuffer();
}
