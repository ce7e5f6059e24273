// Held-out-257's workbook (.xlsx, session 38, written with write-excel-file through sheets.ts): a Tianjin-style district
// 统计局's 2026年1—10月统计月报 (泎沽区, invented), three sheets: 主要指标 (指标 | 单位 | 1—10月 | 同比增长（%） | 全市位次 |
// 较上月位次变化; blank cells where a level is not published or a row is not ranked, 其中 rows indented with full-width
// spaces, minus signs for falls, a bracket scope after the investment's name, the income rows of 1—9月 marked in their
// names, a balance at 10月末; a 注 of three lines), 分行业 (行业 | 企业数（家） | 增加值同比增长（%） of the branches, a 合计
// row, a blank cell for a branch with too few firms, a 注 with the 规模以上 threshold)
// and 各区比较 (指标 | 本区增速（%） | 全市增速（%） | 高于（低于）全市（百分点） | 各区最高增速（%） | 全市位次). A merged
// title and the bureau's signature on each sheet. Invented place and figures; its answers are
// tests/accuracy/zhagu-2026-m10-monthly.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const zhagu = { name: 'zhagu-2026-m10-monthly' };

const dataRow = blankableRowWith('0.00');
const SIGNATURE = '泎沽区统计局　2026年11月20日';

const rows: Line[] = [
  ['规模以上工业增加值', '%', '', 5.8, 4, '上升1位'],
  ['规模以上工业总产值（现价）', '亿元', 842.36, 6.4, '', ''],
  ['固定资产投资（不含农户）', '%', '', -3.7, 11, '下降2位'],
  ['　其中：工业投资', '%', '', 12.6, '', ''],
  ['　　　　房地产开发投资', '%', '', -15.3, '', ''],
  ['社会消费品零售总额', '亿元', 156.42, 2.8, 7, '持平'],
  ['　其中：限额以上单位消费品零售额', '亿元', 98.75, 1.9, '', ''],
  ['一般公共预算收入', '亿元', 61.28, 3.5, 5, '上升2位'],
  ['　其中：税收收入', '亿元', 47.93, 4.1, '', ''],
  ['一般公共预算支出', '亿元', 88.64, -1.2, '', ''],
  ['外贸进出口总额', '亿元', 312.57, -6.4, 9, '下降1位'],
  ['实际使用外资', '万美元', 38650, 14.2, 3, '持平'],
  ['城镇居民人均可支配收入（1—9月）', '元', 52380, 4.4, '', ''],
  ['农村居民人均可支配收入（1—9月）', '元', 31260, 6.1, '', ''],
  ['金融机构本外币各项存款余额', '亿元', 1265.8, 7.9, '', ''],
];

const sheet: SheetData = [
  titleRow('泎沽区2026年1—10月主要经济指标', 6),
  ['指标', '单位', '1—10月', '同比增长（%）', '全市位次', '较上月位次变化'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在全市16个区中的位次，位次变化为与1—9月相比。', 6),
  noteRow('2.空白处为按统计制度不发布总量或不参加排位的指标。', 6),
  noteRow('3.居民收入为1—9月数据，存款余额为10月末数据。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

const industries: Line[] = [
  ['合计', 186, 5.8],
  ['汽车制造业', 42, 9.8],
  ['计算机、通信和其他电子设备制造业', 27, 12.4],
  ['金属制品业', 35, -4.6],
  ['医药制造业', 18, 3.2],
  ['石油、煤炭及其他燃料加工业', 2, ''],
];

const industrySheet: SheetData = [
  titleRow('泎沽区2026年1—10月规模以上工业分行业增加值增速', 3),
  ['行业', '企业数（家）', '增加值同比增长（%）'].map((h) => headerCell(h)),
  ...industries.map(dataRow),
  noteRow(
    '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；空白为企业数不足3家、按规定不单独发布的行业。',
    3,
  ),
  signatureRow(SIGNATURE, 3, 2),
];

const districts: Line[] = [
  ['规模以上工业增加值', 5.8, 4.9, 0.9, 11.6, 4],
  ['固定资产投资（不含农户）', -3.7, 1.2, -4.9, 18.3, 11],
  ['社会消费品零售总额', 2.8, 3.5, -0.7, 9.2, 7],
  ['一般公共预算收入', 3.5, 2.6, 0.9, 12.7, 5],
  ['外贸进出口总额', -6.4, -2.1, -4.3, 15.8, 9],
  ['实际使用外资', 14.2, 8.5, 5.7, 46.3, 3],
];

const districtSheet: SheetData = [
  titleRow('泎沽区2026年1—10月主要指标增速与全市各区比较', 6),
  [
    '指标',
    '本区增速（%）',
    '全市增速（%）',
    '高于（低于）全市（百分点）',
    '各区最高增速（%）',
    '全市位次',
  ].map((h) => headerCell(h)),
  ...districts.map(dataRow),
  noteRow('注：全市位次为在16个区中的位次；负数为低于全市的百分点。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

export async function zhaguXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 8 }, { width: 12 }, { width: 14 }, { width: 10 }, { width: 16 }],
    },
    { data: industrySheet, sheet: '分行业', columns: [{ width: 36 }, { width: 20 }, { width: 16 }] },
    {
      data: districtSheet,
      sheet: '各区比较',
      columns: [{ width: 28 }, { width: 14 }, { width: 14 }, { width: 24 }, { width: 18 }, { width: 10 }],
    },
  ]).toBuffer();
}
