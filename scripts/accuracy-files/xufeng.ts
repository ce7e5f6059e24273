// The three-hundred-and-forty-fifth held-out batch's workbook (session 43): a Ningxia-style county 统计局's 2026年1—6月
// 主要经济指标 (许沣县 under 格原市, invented) as the bureau attaches it (.xlsx, written with write-excel-file through
// sheets.ts's rows): 主要指标 with 指标 | 单位 | 1—6月 | 同比增长% | 增速比一季度±（百分点） | 全市位次 (the three industries
// indented under the GDP row, 其中 rows, growth-only rows in %, — cells, negative growths and negative moves, ranks only on
// the headline rows), closed by a four-point 注 and the bureau's signature; 规上工业分行业 with the total and five groups
// (two falling). Invented figures; the answers are tests/accuracy/xufeng-2026-h1-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const xufeng = { name: 'xufeng-2026-h1-indicators' };

const dataRow = blankableRowWith('0.00');
const SIGNATURE = '格原市许沣县统计局　2026年7月21日';

const main: Line[] = [
  ['地区生产总值', '亿元', 52.36, 5.8, 0.6, 2],
  ['　第一产业增加值', '亿元', 4.18, 3.9, -0.4, ''],
  ['　第二产业增加值', '亿元', 24.75, 8.1, 1.2, ''],
  ['　第三产业增加值', '亿元', 23.43, 3.6, 0.3, ''],
  ['规模以上工业增加值', '%', '—', 9.4, 1.8, 1],
  ['规模以上工业总产值', '亿元', 68.92, 7.6, -1.1, ''],
  ['固定资产投资', '%', '—', -6.3, 2.5, 4],
  ['　其中：工业投资', '%', '—', 12.8, -3.4, ''],
  ['　　　　房地产开发投资', '%', '—', -18.6, 4.1, ''],
  ['　　　　民间投资', '%', '—', -9.2, 1.6, ''],
  ['社会消费品零售总额', '亿元', 11.54, 4.7, 0.8, 3],
  ['　其中：限额以上单位消费品零售额', '亿元', 3.86, 6.2, 1.5, ''],
  ['一般公共预算收入', '亿元', 2.93, -3.4, -1.2, 5],
  ['　其中：税收收入', '亿元', 1.87, -5.6, -2, ''],
  ['一般公共预算支出', '亿元', 18.46, 6.1, 0.9, ''],
  ['城镇居民人均可支配收入', '元', 21365, 4.6, 0.2, 4],
  ['农村居民人均可支配收入', '元', 8127, 6.9, -0.3, 2],
  ['全社会用电量', '亿千瓦时', 9.38, 10.5, 2.7, ''],
  ['　其中：工业用电量', '亿千瓦时', 7.86, 12.1, 3.3, ''],
  ['金融机构本外币存款余额', '亿元', 98.64, 7.8, '—', ''],
  ['金融机构本外币贷款余额', '亿元', 86.27, 5.3, '—', ''],
];

const header = ['指标', '单位', '1—6月', '同比增长%', '增速比一季度±（百分点）', '全市位次'];

const mainSheet: SheetData = [
  titleRow('许沣县2026年1—6月主要经济指标', 6),
  header.map((h) => headerCell(h)),
  ...main.map(dataRow),
  noteRow(
    '注：1.全市位次为增速在格原市5个县（区）中的位次，空白为不参与排位的指标；2.增速比一季度±为1—6月增速减去1—3月增速；3.存贷款余额为6月末数；4.“—”表示无数据或不公布。',
    6,
  ),
  signatureRow(SIGNATURE, 6, 3),
];

const industries: Line[] = [
  ['合计', 9.4],
  ['煤炭开采和洗选业', -4.6],
  ['电力、热力生产和供应业', 15.2],
  ['化学原料和化学制品制造业', 11.8],
  ['农副食品加工业', 6.3],
  ['非金属矿物制品业', -7.9],
];

const industrySheet: SheetData = [
  titleRow('许沣县2026年1—6月规模以上工业分行业增加值增速', 2),
  ['行业', '1—6月同比增长%'].map((h) => headerCell(h)),
  ...industries.map(dataRow),
  signatureRow(SIGNATURE, 2, 1),
];

export async function xufengXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 34 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 22 }, { width: 10 }],
    },
    { data: industrySheet, sheet: '规上工业分行业', columns: [{ width: 28 }, { width: 18 }] },
  ]).toBuffer();
}
