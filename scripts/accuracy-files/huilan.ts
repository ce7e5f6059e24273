// Held-out-233's workbook (.xlsx, session 36, written with write-excel-file through sheets.ts as huqin.ts writes its own): an
// Anhui-style county 统计局's 2026年1—2月主要经济指标 (浍岚县 under 淝岙市), one sheet: 指标 | 单位 | 1—2月 | 同比±% | 全市位次;
// growth-only rows with unit % and — cells, 其中 rows indented with full-width spaces, minus signs, balances marked （2月末）,
// 万美元 and 万千瓦时 rows, a 注 of four lines (the group of the ranks, the growth-only rows, the thresholds, the dashes) and the
// bureau's signature. Invented place and figures; its answers are tests/accuracy/huilan-2026-m2-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const huilan = { name: 'huilan-2026-m2-indicators' };

const dataRow = dataRowWith('0.00');
const WIDTH = 5;

const rows: Line[] = [
  ['规模以上工业增加值', '%', '—', 9.2, 3],
  ['　其中：制造业增加值', '%', '—', 10.1, '—'],
  ['规模以上工业企业营业收入', '亿元', 48.63, 7.4, '—'],
  ['固定资产投资', '%', '—', 6.8, 5],
  ['　其中：工业投资', '%', '—', 18.2, 2],
  ['　　　　房地产开发投资', '亿元', 2.86, -9.7, '—'],
  ['社会消费品零售总额', '亿元', 16.42, 4.6, 4],
  ['　其中：限额以上单位消费品零售额', '亿元', 5.37, 8.3, '—'],
  ['进出口总额', '万美元', 4286, 12.5, 2],
  ['　其中：出口总额', '万美元', 3612, 14.8, '—'],
  ['一般公共预算收入', '亿元', 4.18, 5.7, 6],
  ['　其中：税收收入', '亿元', 3.02, 3.1, '—'],
  ['一般公共预算支出', '亿元', 9.65, 2.4, '—'],
  ['金融机构人民币各项存款余额（2月末）', '亿元', 312.58, 8.9, '—'],
  ['金融机构人民币各项贷款余额（2月末）', '亿元', 236.41, 11.2, '—'],
  ['全社会用电量', '万千瓦时', 28460, 6.2, '—'],
  ['　其中：工业用电量', '万千瓦时', 17830, 7.9, '—'],
];

const sheet: SheetData = [
  titleRow('浍岚县2026年1—2月主要经济指标', WIDTH),
  titleRow('（浍岚县统计局　2026年3月20日）', WIDTH),
  ['指标', '单位', '1—2月', '同比±%', '全市位次'].map((text) => headerCell(text)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在淝岙市7个县（区）中的位次。', WIDTH),
  noteRow('2.规模以上工业增加值、制造业增加值、固定资产投资、工业投资按统计制度只公布增速。', WIDTH),
  noteRow(
    '3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；固定资产投资统计范围为计划总投资500万元及以上项目。',
    WIDTH,
  ),
  noteRow('4.“—”表示无该项数据或不排位次。', WIDTH),
  signatureRow('浍岚县统计局', WIDTH, 3),
];

export async function huilanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—2月主要指标',
      columns: [{ width: 38 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
  ]).toBuffer();
}
