// Held-out-390's workbook (.xlsx, session 45, written with write-excel-file through sheets.ts): a Guangdong-style county
// 统计局's 2014年10月主要经济指标 (沛湄县 under 培江市, invented), one sheet: 指标 | 单位 | 10月 | 1-10月 | 同比±% |
// 全市排名, with section rows (一、工业 … 五、金融), blank cells where a month's figure or a rank is not published,
// negative growths, a 注 of two lines and the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/peimei-2014-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const peimei = { name: 'peimei-2014-m10-indicators' };

const dataRow = blankableRowWith('0.00', 6);

const rows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值', '亿元', 18.64, 176.32, 8.9, ''],
  ['规模以上工业增加值', '亿元', 4.27, 41.85, 9.4, 3],
  ['　其中：高技术制造业增加值', '亿元', '', 6.12, 14.6, ''],
  ['工业用电量', '亿千瓦时', 1.36, 13.58, -2.3, ''],
  ['二、投资'],
  ['固定资产投资', '亿元', '', 98.47, 16.2, 5],
  ['　其中：工业投资', '亿元', '', 31.26, 22.8, ''],
  ['　　　　房地产开发投资', '亿元', '', 24.63, -6.7, ''],
  ['三、消费与外贸'],
  ['社会消费品零售总额', '亿元', 9.85, 92.14, 11.6, 4],
  ['外贸进出口总额', '亿美元', 2.48, 23.57, -4.9, 6],
  ['　其中：出口', '亿美元', 1.86, 17.92, -3.1, ''],
  ['四、财政'],
  ['公共财政预算收入', '亿元', 0.93, 10.46, 7.8, 2],
  ['　其中：税收收入', '亿元', 0.71, 8.03, 5.4, ''],
  ['公共财政预算支出', '亿元', 1.58, 17.29, 13.5, ''],
  ['五、金融'],
  ['金融机构本外币各项存款余额', '亿元', '', 268.41, 10.2, ''],
  ['金融机构本外币各项贷款余额', '亿元', '', 147.36, 12.7, ''],
];

const sheet: SheetData = [
  titleRow('沛湄县2014年10月主要经济指标', 6),
  ['指标', '单位', '10月', '1-10月', '同比±%', '全市排名'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市排名为1-10月增速在培江市7个县（市、区）中的排名。', 6),
  noteRow('2.存贷款余额为10月末数，同比±%为比上年同期末增长；空白为不发布或不排名。', 6),
  signatureRow('沛湄县统计局　2014年11月12日', 6, 3),
];

export async function peimeiXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
  ]).toBuffer();
}
