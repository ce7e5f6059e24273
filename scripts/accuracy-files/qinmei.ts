// The two-hundred-and-forty-eighth held-out batch's workbook (.xlsx, session 37, written with write-excel-file through
// sheets.ts as huqin.ts writes its own): a Jiangsu-style county 统计局's 2026年1—9月主要经济指标 (溱湄县 under 邗沭市), two
// sheets: 主要指标 (指标 | 单位 | 1—9月 | 同比±% | 全市位次; 其中 rows indented with full-width spaces, growth-only rows with
// unit % and — cells, a 税收占比 row in %, minus signs for the falls, Jiangsu's 工业开票销售 and 工业用电量 rows, trade in
// 亿美元; a 注 of four lines: the group of the ranks, the growth-only rows, the 规模以上 threshold, the balances' date) and
// 分区镇 (区镇 | 工业开票销售 1—9月 and 同比±% | 固定资产投资 同比±% | 一般公共预算收入 1—9月 and 同比±%; six towns and the
// park, no county total, a 注). A merged title and the bureau's signature on each sheet. Invented place and figures; its
// answers are tests/accuracy/qinmei-2026-q3-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  dataRowWith,
  groupedHeaderRows,
  headerCell,
  type Line,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const qinmei = { name: 'qinmei-2026-q3-indicators' };

const dataRow = dataRowWith('0.00');
const townRow = dataRowWith('0.0');
const SIGNATURE = '溱湄县统计局　2026年10月22日';

const rows: Line[] = [
  ['地区生产总值', '亿元', 312.46, 5.8, 4],
  ['　第一产业增加值', '亿元', 28.73, 3.2, '—'],
  ['　第二产业增加值', '亿元', 138.25, 6.9, '—'],
  ['　第三产业增加值', '亿元', 145.48, 5.1, '—'],
  ['规模以上工业增加值', '%', '—', 8.6, 3],
  ['规模以上工业总产值', '亿元', 586.32, 9.4, '—'],
  ['工业开票销售', '亿元', 642.18, 7.8, '—'],
  ['工业用电量', '亿千瓦时', 18.36, 6.2, '—'],
  ['固定资产投资', '%', '—', 5.3, 6],
  ['　其中：工业投资', '%', '—', 12.8, '—'],
  ['　　　　房地产开发投资', '亿元', 24.67, -8.5, '—'],
  ['社会消费品零售总额', '亿元', 126.84, 5.4, 5],
  ['一般公共预算收入', '亿元', 21.47, 4.9, 7],
  ['　其中：税收收入', '亿元', 16.83, 3.6, '—'],
  ['　税收占比', '%', 78.4, '—', '—'],
  ['一般公共预算支出', '亿元', 38.52, 2.3, '—'],
  ['进出口总额', '亿美元', 8.46, 10.2, 2],
  ['　其中：出口', '亿美元', 6.18, 12.5, '—'],
  ['实际使用外资', '万美元', 4260, -6.4, '—'],
  ['城镇居民人均可支配收入', '元', 48652, 4.6, '—'],
  ['农村居民人均可支配收入', '元', 27315, 6.1, '—'],
  ['金融机构人民币存款余额', '亿元', 612.37, 8.2, '—'],
  ['金融机构人民币贷款余额', '亿元', 498.65, 10.4, '—'],
];

const sheet: SheetData = [
  titleRow('溱湄县2026年1—9月主要经济指标', 5),
  ['指标', '单位', '1—9月', '同比±%', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在邗沭市7个县（市、区）中的位次，“—”为不排位。', 5),
  noteRow('2.规模以上工业增加值、固定资产投资、工业投资按统计制度只发布增速。', 5),
  noteRow('3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。', 5),
  noteRow('4.金融机构存贷款余额为9月末数据。', 5),
  signatureRow(SIGNATURE, 5, 3),
];

const towns: Line[] = [
  ['湄城街道', 168.42, 8.6, 6.1, 38650, 5.2],
  ['溱湖镇', 126.35, 9.8, 12.4, 24180, 6.9],
  ['经济开发区', 214.76, 7.2, 4.8, 52360, 4.1],
  ['湄东镇', 48.93, 5.4, -3.6, 9870, 2.8],
  ['溱北镇', 36.28, 11.3, 8.2, 7460, 7.5],
  ['沙湄镇', 29.61, -2.7, 2.9, 5830, -1.6],
  ['湄西乡', 17.83, 6.5, 15.7, 3290, 3.3],
];

const townSheet: SheetData = [
  titleRow('溱湄县2026年1—9月分区镇主要指标', 6),
  ...groupedHeaderRows(
    ['区镇'],
    [
      { text: '工业开票销售', sub: ['1—9月（亿元）', '同比±%'] },
      { text: '固定资产投资', sub: ['同比±%'] },
      { text: '一般公共预算收入', sub: ['1—9月（万元）', '同比±%'] },
    ],
  ),
  ...towns.map(townRow),
  noteRow('注：区镇数据为各区镇统计办上报数，一般公共预算收入为区镇级收入，合计不等于全县数。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

export async function qinmeiXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 32 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
    {
      data: townSheet,
      sheet: '分区镇',
      columns: [{ width: 14 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 14 }, { width: 10 }],
    },
  ]).toBuffer();
}
