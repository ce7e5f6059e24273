// The three-hundred-and-thirty-seventh held-out batch's workbook (session 42): a Guangxi-style county 统计局's
// 2026年10月 主要经济指标 (辰峒县 under 城滢市, invented) as the bureau attaches it (.xlsx, written with write-excel-file
// through sheets.ts's rows): 主要指标 with 指标 | 单位 | 10月 | 1—10月 | 同比增长% (the month's level beside the running
// total), indented 其中 rows and — cells, and 全市对比 with the county beside the city (指标 | 本县 | 增速 | 全市 | 增速 |
// 本县位次), each sheet closed by a 注 and the bureau's signature. Invented figures; the answers are
// tests/accuracy/chendong-2026-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const chendong = { name: 'chendong-2026-m10-indicators' };

const dataRow = dataRowWith('0.00');
const SIGNATURE = '城滢市辰峒县统计局　2026年11月17日';

const main: Line[] = [
  ['地区生产总值（前三季度）', '亿元', '—', 118.36, 5.3],
  ['规模以上工业总产值', '亿元', 21.47, 196.82, 8.6],
  ['规模以上工业增加值', '%', '—', '—', 7.2],
  ['固定资产投资', '%', '—', '—', -4.8],
  ['　其中：工业投资', '%', '—', '—', 15.6],
  ['　　　　房地产开发投资', '%', '—', '—', -22.3],
  ['社会消费品零售总额', '亿元', 5.86, 54.73, 3.9],
  ['　其中：限额以上单位消费品零售额', '亿元', 2.14, 19.62, 6.8],
  ['一般公共预算收入', '亿元', 0.52, 6.18, -2.6],
  ['　其中：税收收入', '亿元', 0.33, 3.94, -5.1],
  ['一般公共预算支出', '亿元', 2.37, 24.65, 4.3],
  ['外贸进出口总额', '亿元', 3.12, 28.47, 12.8],
  ['全社会用电量', '亿千瓦时', 1.08, 10.36, 6.1],
  ['　其中：工业用电量', '亿千瓦时', 0.61, 5.87, 7.9],
  ['金融机构本外币存款余额', '亿元', '—', 236.54, 7.4],
  ['金融机构本外币贷款余额', '亿元', '—', 198.21, 9.6],
];

const header = ['指标', '单位', '10月', '1—10月', '同比增长%'];

const mainSheet: SheetData = [
  titleRow('辰峒县2026年10月主要经济指标', 5),
  header.map((h) => headerCell(h)),
  ...main.map(dataRow),
  noteRow(
    '注：1.地区生产总值为前三季度统一核算数，其余为1—10月累计数；2.存贷款余额为10月末数，增速为比上年同期增长；3.固定资产投资不含农户；4.“—”表示无数据或不公布。',
    5,
  ),
  signatureRow(SIGNATURE, 5, 3),
];

const city: Line[] = [
  ['地区生产总值（亿元，前三季度）', 118.36, 5.3, 1286.45, 4.9, 3],
  ['规模以上工业增加值', '—', 7.2, '—', 6.1, 2],
  ['固定资产投资', '—', -4.8, '—', -1.7, 6],
  ['社会消费品零售总额（亿元）', 54.73, 3.9, 612.38, 4.4, 5],
  ['一般公共预算收入（亿元）', 6.18, -2.6, 68.92, 1.3, 7],
  ['外贸进出口总额（亿元）', 28.47, 12.8, 356.2, 8.5, 2],
  ['城镇居民人均可支配收入（元，前三季度）', 31286, 4.6, 36420, 4.5, 4],
  ['农村居民人均可支配收入（元，前三季度）', 15842, 6.2, 17230, 6, 3],
];

const citySheet: SheetData = [
  titleRow('辰峒县2026年1—10月主要经济指标与全市对比', 6),
  ['指标', '本县', '增速', '全市', '增速', '本县位次'].map((h) => headerCell(h)),
  ...city.map(dataRowWith('0.00')),
  noteRow('注：增速单位为%；本县位次为增速在全市7个县（市、区）中的位次；居民收入为前三季度数据。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

export async function chendongXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 12 }],
    },
    {
      data: citySheet,
      sheet: '全市对比',
      columns: [{ width: 36 }, { width: 12 }, { width: 8 }, { width: 12 }, { width: 8 }, { width: 10 }],
    },
  ]).toBuffer();
}
