// Held-out-238's workbook (.xlsx, session 37, written with write-excel-file through sheets.ts): a Hunan-style county
// 统计局's 2023年1—5月主要经济指标 (漤岣县 under 沅潭市), one sheet: 指标 | 单位 | 1—5月 | 同比±% | 全市位次; the Hunan names
// 规模工业 and 产业投资, growth-only rows with unit % and — cells, 其中 rows indented with full-width spaces, a fall in
// profits with a minus sign, balances marked （5月末）, a 万千瓦时 row, a 注 of four lines (the group of the ranks, the
// growth-only rows, the thresholds, the dashes) and the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/langou-2023-m5-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const langou = { name: 'langou-2023-m5-indicators' };

const dataRow = dataRowWith('0.00');
const WIDTH = 5;

const rows: Line[] = [
  ['规模工业增加值', '%', '—', 6.4, 5],
  ['　其中：高新技术产业增加值', '%', '—', 9.8, '—'],
  ['规模工业企业营业收入', '亿元', 72.46, 5.3, '—'],
  ['规模工业企业利润总额', '亿元', 3.18, -6.7, '—'],
  ['固定资产投资', '%', '—', 7.1, 6],
  ['　其中：产业投资', '%', '—', 12.3, 3],
  ['　　　　民间投资', '%', '—', 4.6, '—'],
  ['社会消费品零售总额', '亿元', 41.27, 6.8, 4],
  ['进出口总额', '亿元', 5.63, 18.4, 2],
  ['地方一般公共预算收入', '亿元', 6.84, 9.2, 3],
  ['　其中：税收收入', '亿元', 4.57, 7.6, '—'],
  ['一般公共预算支出', '亿元', 19.52, 4.1, '—'],
  ['金融机构各项存款余额（5月末）', '亿元', 402.36, 10.3, '—'],
  ['金融机构各项贷款余额（5月末）', '亿元', 268.19, 12.6, '—'],
  ['全社会用电量', '万千瓦时', 36820, 5.9, '—'],
];

const sheet: SheetData = [
  titleRow('漤岣县2023年1—5月主要经济指标', WIDTH),
  titleRow('（漤岣县统计局　2023年6月21日）', WIDTH),
  ['指标', '单位', '1—5月', '同比±%', '全市位次'].map((text) => headerCell(text)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在沅潭市11个县市区中的位次。', WIDTH),
  noteRow(
    '2.规模工业增加值、高新技术产业增加值、固定资产投资、产业投资、民间投资按统计制度只公布增速。',
    WIDTH,
  ),
  noteRow(
    '3.规模工业统计范围为年主营业务收入2000万元及以上的工业法人单位；固定资产投资统计范围为计划总投资500万元及以上项目。',
    WIDTH,
  ),
  noteRow('4.“—”表示无该项数据或不排位次。', WIDTH),
  signatureRow('漤岣县统计局', WIDTH, 3),
];

export async function langouXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—5月主要指标',
      columns: [{ width: 38 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
  ]).toBuffer();
}
