// Held-out-253's workbook (.xlsx, session 37, written with write-excel-file through sheets.ts): a Shanxi-style county
// 统计局's 2020年1—11月统计月报 (岢滏县 under 晋岚市), three sheets: 主要指标 (指标 | 单位 | 1—11月 | 同比增长（%） |
// 全市位次; blank cells where a level is not published or a row is not ranked, 其中 rows indented with full-width
// spaces, minus signs for the epidemic's falls, the income row of 1—9月 marked in its name, balances at 11月末; a 注
// of three lines: the group of the ranks, the blank cells, the balances' date), 分行业 (行业 | 1—11月同比增长 of the
// branches' value added, a 合计 row, a blank cell for a branch with too few firms and its 注) and 说明 (the 规模以上,
// 限额以上 and investment thresholds). A merged title and the
// bureau's signature on the first two sheets. Invented place and figures; its answers are
// tests/accuracy/kefu-2020-m11-monthly.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const kefu = { name: 'kefu-2020-m11-monthly' };

const dataRow = blankableRowWith('0.00');
const SIGNATURE = '岢滏县统计局　2020年12月18日';

const rows: Line[] = [
  ['规模以上工业增加值', '%', '', 4.6, 5],
  ['规模以上工业总产值', '亿元', 86.42, 6.3, ''],
  ['固定资产投资', '%', '', 8.2, 3],
  ['　其中：工业投资', '%', '', 15.6, ''],
  ['　　　　房地产开发投资', '亿元', 5.37, -4.2, ''],
  ['社会消费品零售总额', '亿元', 23.68, -3.9, 6],
  ['　其中：限额以上单位消费品零售额', '亿元', 6.12, -7.5, ''],
  ['一般公共预算收入', '亿元', 4.86, -2.7, 4],
  ['　其中：税收收入', '亿元', 3.95, -4.1, ''],
  ['一般公共预算支出', '亿元', 18.34, 5.2, ''],
  ['城镇居民人均可支配收入（1—9月）', '元', 24870, 4.3, 7],
  ['农村居民人均可支配收入（1—9月）', '元', 9615, 6.8, 2],
  ['金融机构各项存款余额', '亿元', 128.46, 9.3, ''],
  ['金融机构各项贷款余额', '亿元', 64.27, 11.8, ''],
];

const sheet: SheetData = [
  titleRow('岢滏县2020年1—11月主要经济指标', 5),
  ['指标', '单位', '1—11月', '同比增长（%）', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在晋岚市13个县（市、区）中的位次。', 5),
  noteRow('2.空白处为按统计制度不发布总量或不参加排位的指标。', 5),
  noteRow('3.金融机构存贷款余额为11月末数据。', 5),
  signatureRow(SIGNATURE, 5, 3),
];

const industries: Line[] = [
  ['合计', 4.6],
  ['煤炭开采和洗选业', 2.1],
  ['电力、热力生产和供应业', 11.8],
  ['非金属矿物制品业', 7.3],
  ['农副食品加工业', 13.5],
  ['化学原料和化学制品制造业', ''],
];

const industrySheet: SheetData = [
  titleRow('岢滏县2020年1—11月规模以上工业分行业增加值增速', 2),
  ['行业', '1—11月同比增长（%）'].map((h) => headerCell(h)),
  ...industries.map(dataRow),
  noteRow('注：空白为企业数不足3户、按规定不发布数据的行业。', 2),
  signatureRow(SIGNATURE, 2, 1),
];

const notesSheet: SheetData = [
  [{ value: '指标说明', fontWeight: 'bold' }],
  [{ value: '规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。' }],
  [{ value: '限额以上单位指年主营业务收入2000万元及以上的批发业、500万元及以上的零售业法人单位。' }],
  [{ value: '固定资产投资统计范围为计划总投资500万元及以上的项目。' }],
];

export async function kefuXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 8 }, { width: 12 }, { width: 14 }, { width: 10 }],
    },
    { data: industrySheet, sheet: '分行业', columns: [{ width: 28 }, { width: 20 }] },
    { data: notesSheet, sheet: '说明', columns: [{ width: 90 }] },
  ]).toBuffer();
}
