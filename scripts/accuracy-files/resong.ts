// Held-out-405's workbook (.xlsx, session 46, written with write-excel-file through sheets.ts): a Guizhou-style county's
// 2011年1-10月主要经济指标 (热松县 under 黔苒州, invented), one sheet: 指标 | 单位 | 1-10月 | 同比增长% | 年度目标 | 完成目标% |
// 全州位次, seven section rows (一、工业 … 七、开放), 其中 rows indented with full-width spaces, blank cells where a goal or
// a rank is not set, one fall, a 注 of three lines (the rank's group, the incomes' 1-9月 period, the time schedule) and the
// signature. Invented place and figures; its answers are tests/accuracy/resong-2011-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const resong = { name: 'resong-2011-m10-indicators' };

const dataRow = blankableRowWith('0.00', 7);

const rows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值', '亿元', 42.68, 31.5, 52, 82.1, 3],
  ['规模以上工业增加值', '亿元', 13.27, 24.6, 16.5, 80.4, 4],
  ['工业用电量', '亿千瓦时', 5.84, 18.3, '', '', ''],
  ['二、投资'],
  ['全社会固定资产投资', '亿元', 68.45, 52.6, 80, 85.6, 2],
  ['　其中：工业投资', '亿元', 24.31, 67.2, '', '', ''],
  ['　　　　房地产开发投资', '亿元', 9.72, 44.8, '', '', ''],
  ['三、消费'],
  ['社会消费品零售总额', '亿元', 18.94, 20.3, 23, 82.3, 5],
  ['四、财政'],
  ['财政总收入', '亿元', 8.36, 36.7, 9.5, 88.0, 4],
  ['　其中：一般预算收入', '亿元', 5.12, 41.2, 5.8, 88.3, 3],
  ['　　　　税收收入', '亿元', 3.86, 39.4, '', '', ''],
  ['一般预算支出', '亿元', 17.63, 28.5, 21, 84.0, ''],
  ['五、金融'],
  ['金融机构各项存款余额', '亿元', 56.82, 21.4, '', '', ''],
  ['金融机构各项贷款余额', '亿元', 38.15, 26.9, '', '', ''],
  ['六、居民收入'],
  ['城镇居民人均可支配收入', '元', 13528, 14.6, 15600, 86.7, 6],
  ['农民人均纯收入', '元', 3846, 19.8, 4650, 82.7, 4],
  ['七、开放'],
  ['招商引资到位资金', '亿元', 36.42, 58.3, 42, 86.7, 2],
  ['外贸进出口总额', '万美元', 2864, -12.6, 3600, 79.6, 7],
];

const sheet: SheetData = [
  titleRow('热松县2011年1-10月主要经济指标', 7),
  ['指标', '单位', '1-10月', '同比增长%', '年度目标', '完成目标%', '全州位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全州位次为1-10月增速在黔苒州12个县（市）中的位次。', 7),
  noteRow('2.城镇居民人均可支配收入、农民人均纯收入为1-9月数据；存贷款余额为10月末数。', 7),
  noteRow('3.时间进度按83.3%计；空白为未下达目标或不排位。', 7),
  signatureRow('热松县统计局　2011年11月15日', 7, 3),
];

export async function resongXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [
        { width: 30 },
        { width: 10 },
        { width: 10 },
        { width: 11 },
        { width: 10 },
        { width: 11 },
        { width: 10 },
      ],
    },
  ]).toBuffer();
}
