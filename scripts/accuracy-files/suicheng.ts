// The four-hundred-and-thirty-second held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 48): 遂澄县's (an invented county of Jiangxi) 统计局 2009年7月主要经济指标, one sheet: a merged title, the bureau and date line,
// a one-row header (指标 | 单位 | 7月 | 1—7月累计 | 同比增长% | 全市位次), section rows 一、… 八、 merged across, indented 其中
// rows, growth-or-level-only rows with `—` cells, falls (外贸出口, 工业用电量), 上半年 GDP and incomes, 7月末 balances, a 注 of four
// lines and the signature. Invented place and figures; its answers are tests/accuracy/suicheng-2009-m7-indicators.answers.json,
// written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const suicheng = { name: 'suicheng-2009-m7-indicators' };

type Cell = number | string | null;
/** A section row (one string), or 指标, 单位, 7月, 1—7月累计, 同比增长%, 全市位次; null cells are left blank. */
type Row = readonly [string] | readonly [string, string, Cell, Cell, Cell, Cell];

const rows: Row[] = [
  ['一、综合'],
  ['生产总值', '亿元', '—', 18.46, 10.6, 6],
  ['  其中：第二产业增加值', '亿元', '—', 8.92, 14.3, null],
  ['二、工业'],
  ['规模以上工业增加值', '亿元', 2.14, 13.62, 16.8, 5],
  ['规模以上工业主营业务收入', '亿元', 7.86, 49.35, 14.2, 6],
  ['规模以上工业利税总额', '亿元', 0.52, 3.18, 9.6, null],
  ['工业用电量', '万千瓦时', 1862, 11436, -3.8, null],
  ['三、固定资产投资'],
  ['固定资产投资', '亿元', 3.46, 21.58, 36.4, 4],
  ['  其中：工业投资', '亿元', 1.92, 12.26, 42.1, null],
  ['房地产开发投资', '亿元', 0.38, 2.45, 12.6, null],
  ['商品房销售面积', '万平方米', 1.26, 7.82, 28.5, null],
  ['四、国内贸易'],
  ['社会消费品零售总额', '亿元', 1.08, 7.64, 19.2, 3],
  ['五、财政'],
  ['财政总收入', '万元', 7215, 58630, 18.4, 5],
  ['  其中：地方财政收入', '万元', 4560, 36280, 21.6, 4],
  ['        税收收入', '万元', 5920, 46850, 15.3, null],
  ['财政支出', '万元', 9840, 71260, 27.5, null],
  ['六、开放型经济'],
  ['实际利用外资', '万美元', 320, 2860, 24.3, 7],
  ['外贸出口', '万美元', 412, 2548, -18.6, 8],
  ['引进省外资金', '亿元', 1.35, 9.72, 31.5, 6],
  ['七、金融（7月末）'],
  ['金融机构各项存款余额', '亿元', '—', 48.62, 22.4, null],
  ['  其中：城乡居民储蓄存款余额', '亿元', '—', 36.15, 19.8, null],
  ['金融机构各项贷款余额', '亿元', '—', 21.34, 31.6, null],
  ['八、居民收入和其他'],
  ['城镇居民人均可支配收入', '元', '—', 6412, 9.2, 6],
  ['农民人均现金收入', '元', '—', 2386, 11.4, 5],
  ['全社会用电量', '万千瓦时', 3420, 21856, 4.6, null],
  ['城镇新增就业', '人', 286, 2154, '—', null],
];

const notes = [
  '注：1.全市位次为1—7月累计增速在全市各县（市、区）中的位次。',
  '2.生产总值、第二产业增加值及城乡居民收入为上半年数据，生产总值增速按可比价计算。',
  '3.固定资产投资为城镇50万元以上项目口径；规模以上工业指年主营业务收入500万元及以上的工业企业。',
  '4.本表为快报数，“—”表示该指标当月数不统计或不计算增速。',
];

export function suichengXls(): Buffer {
  return indicatorSheetXls('7月', {
    title: '遂澄县2009年7月主要经济指标',
    compiler: '遂澄县统计局',
    date: '2009年8月12日',
    header: ['指标', '单位', '7月', '1—7月累计', '同比增长%', '全市位次'],
    rows: rows.map((row) => (row.length === 1 ? row : [...row])),
    notes,
    bureau: '遂澄县统计局',
    format: (c, v) => (c === 4 ? '0.0' : c === 5 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [34, 10, 10, 12, 12, 10],
  });
}
