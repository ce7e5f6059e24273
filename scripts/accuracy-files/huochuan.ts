// The ninety-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as yudui.ts writes its;
// session 29): 漷川县's (under 涢峪市, Hubei-style) 统计局 2025年1—11月主要经济指标, one sheet: a merged title, the
// bureau and date line, a one-row header (指标 | 单位 | 11月 | 1—11月累计 | 同比增长%), section rows 一、… 七、 merged
// across the sheet, growth-only rows with — in the amount cells, indented 其中 rows, balances in the 11月 column with —
// under 累计, a jobs row with no growth, then a 注 of five numbered notes in rows of their own (one giving two ranks in
// the city with 分别 and a rank's move against 1—10月) and the signature. Invented place and figures; its answers are
// tests/accuracy/huochuan-2025-m11-analysis.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const huochuan = { name: 'huochuan-2025-m11-analysis' };

/** A section row (one string), or 指标, 单位, 11月, 1—11月累计, 同比增长%; null cells show —. */
type Row = readonly [string] | readonly [string, string, number | null, number | null, number | null];

const rows: Row[] = [
  ['一、工业和能源'],
  ['规模以上工业总产值', '亿元', 21.36, 226.48, 8.9],
  ['规模以上工业增加值', '%', null, null, 7.6],
  ['  其中：高技术制造业增加值', '%', null, null, 15.2],
  ['工业用电量', '万千瓦时', 8642, 91385, 6.3],
  ['全社会用电量', '万千瓦时', 15218, 163574, 5.8],
  ['二、投资和房地产'],
  ['固定资产投资（不含农户）', '%', null, null, 4.8],
  ['  其中：工业投资', '%', null, null, 12.6],
  ['        基础设施投资', '%', null, null, -2.1],
  ['        房地产开发投资', '万元', 12480, 146830, -14.7],
  ['商品房销售面积', '万平方米', 3.12, 38.64, -9.3],
  ['三、消费品市场'],
  ['社会消费品零售总额', '亿元', 9.84, 104.37, 5.2],
  ['  其中：限额以上单位消费品零售额', '亿元', 3.26, 35.91, 8.4],
  ['四、财政'],
  ['一般公共预算收入', '万元', 5318, 86452, 3.9],
  ['  其中：税收收入', '万元', 3862, 61740, 2.7],
  ['一般公共预算支出', '万元', 28641, 352816, 6.5],
  ['五、金融（11月末）'],
  ['金融机构各项存款余额', '亿元', 486.52, null, 9.1],
  ['  其中：住户存款余额', '亿元', 352.17, null, 12.4],
  ['金融机构各项贷款余额', '亿元', 312.87, null, 11.4],
  ['六、外贸外资'],
  ['外贸进出口总额', '万美元', 3120, 35468, 18.6],
  ['  其中：出口', '万美元', 2480, 28215, 21.3],
  ['实际使用外资', '万美元', null, 4260, 12.5],
  ['七、就业'],
  ['城镇新增就业', '人', 512, 6180, null],
];

const notes = [
  '注：1.规模以上工业增加值增速按可比价格计算，总产值按现价计算。',
  '2.固定资产投资统计范围为计划总投资500万元及以上项目，不含农户，只公布增速。',
  '3.存贷款为11月末余额，增速为比上年同月末增长。',
  '4.1—11月，全县规模以上工业增加值、社会消费品零售总额增速分别居涢峪市7个县（市、区）第2位和第4位；固定资产投资增速居第5位，较1—10月前移1位。',
  '5.本表为快报数据，年度数据以县统计局正式公布的统计公报为准。',
];

export function huochuanXls(): Buffer {
  return indicatorSheetXls('1—11月', {
    title: '漷川县2025年1—11月主要经济指标',
    compiler: '编制单位：漷川县统计局',
    date: '2025年12月15日',
    header: ['指标', '单位', '11月', '1—11月累计', '同比增长%'],
    rows: rows.map((row) => (row.length === 1 ? row : row.map((v) => v ?? '—'))),
    notes,
    bureau: '漷川县统计局',
    format: (c, v) => (c === 4 ? '0.0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [34, 10, 12, 13, 11],
  });
}
