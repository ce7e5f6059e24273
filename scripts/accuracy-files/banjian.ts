// The one-hundred-and-sixty-first held-out batch's workbook (session 33): a Guangdong-style county 统计局's 2025年1—8月
// 主要经济指标 (湴洊县 under 浛州市) as the bureau attaches it (.xlsx, written with write-excel-file through sheets.ts's
// rows): 主要指标 with 1—8月 累计 | 同比增长(%) | 全市位次 under one merged head, indented 其中 rows and — cells, and
// 工业分行业 with each industry's 增加值 growth and its share of the county's 规上工业, each sheet closed by a 注 list and
// the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/banjian-2025-m8-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const banjian = { name: 'banjian-2025-m8-indicators' };

const dataRow = dataRowWith('0.00');
const SIGNATURE = '浛州市湴洊县统计局　2025年9月22日';

const main: Line[] = [
  ['地区生产总值（上半年）', '亿元', 156.82, 4.6, 3],
  ['规模以上工业增加值', '亿元', 68.45, 6.3, 2],
  ['　其中：先进制造业增加值', '亿元', 24.16, 9.8, '—'],
  ['规模以上工业总产值', '亿元', 286.37, 5.4, 2],
  ['固定资产投资', '亿元', '—', -2.7, 5],
  ['　其中：工业投资', '亿元', '—', 18.6, 1],
  ['　　　　房地产开发投资', '亿元', '—', -21.4, 6],
  ['社会消费品零售总额', '亿元', 98.63, 2.8, 4],
  ['外贸进出口总额', '亿元', 41.26, 7.5, 3],
  ['　其中：出口', '亿元', 33.84, 9.1, '—'],
  ['一般公共预算收入', '亿元', 9.74, 3.2, 2],
  ['　其中：税收收入', '亿元', 6.52, 1.8, '—'],
  ['居民消费价格指数（上年同期=100）', '%', 99.6, '—', '—'],
];

const mainSheet: SheetData = [
  titleRow('湴洊县2025年1—8月主要经济指标', 5),
  ...groupedHeaderRows(
    ['指标名称', '计量单位'],
    [{ text: '1—8月', sub: ['累计', '同比增长(%)', '全市位次'] }],
  ),
  ...main.map(dataRow),
  noteRow(
    '注：1.地区生产总值为上半年统一核算数，其余为1—8月累计数；2.全市位次为在浛州市8个县（市、区）中的位次；3.固定资产投资不含农户；4.“—”为不排位或无数据。',
    5,
  ),
  signatureRow(SIGNATURE, 5, 3),
];

const industries: Line[] = [
  ['规模以上工业合计', 68.45, 6.3, 100],
  ['电气机械和器材制造业', 17.32, 12.6, 25.3],
  ['非金属矿物制品业', 11.08, -4.2, 16.2],
  ['农副食品加工业', 9.47, 5.8, 13.8],
  ['电力、热力生产和供应业', 8.26, 3.1, 12.1],
  ['金属制品业', 6.91, 8.4, 10.1],
  ['其他行业', 15.41, 4.7, 22.5],
];

const industrySheet: SheetData = [
  titleRow('湴洊县2025年1—8月规模以上工业分行业增加值', 4),
  ...groupedHeaderRows(['行业'], [{ text: '1—8月', sub: ['增加值（亿元）', '同比增长(%)', '占比(%)'] }]),
  ...industries.map(dataRow),
  noteRow('注：1.增速按可比价计算；2.占比为占全县规模以上工业增加值的比重。', 4),
];

export async function banjianXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 34 }, { width: 10 }, { width: 12 }, { width: 12 }, {}],
    },
    {
      data: industrySheet,
      sheet: '工业分行业',
      columns: [{ width: 26 }, { width: 16 }, { width: 12 }, { width: 10 }],
    },
  ]).toBuffer();
}
