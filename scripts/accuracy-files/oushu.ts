// The four-hundred-and-third held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 46): 瓯沭县's (under the invented 沭淮市, Jiangsu-style) 统计局 2012年5月统计快报, one sheet: a merged title, the bureau and
// date line, a one-row header (指标 | 单位 | 5月 | 1-5月 | 同比±% | 占全年目标% | 全市位次), section rows 一、… 六、 merged
// across, indented 其中 rows, blank 5月, goal-share and rank cells, five falling rows (出口交货值, 房地产开发投资, 进出口总额,
// 出口, 商品房销售面积), month-end balances, a 注 of four lines and the signature. Invented place and figures; its answers
// are tests/accuracy/oushu-2012-m5-indicators.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const oushu = { name: 'oushu-2012-m5-indicators' };

/** A section row (one string), or 指标, 单位, 5月, 1-5月, 同比±%, 占全年目标%, 全市位次; null cells are left blank. */
type Row =
  | readonly [string]
  | readonly [string, string, number | null, number, number | null, number | null, number | null];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业总产值', '万元', 486520, 2261840, 18.6, 40.8, 3],
  ['  其中：轻工业', '万元', 158230, 742150, 12.4, null, null],
  ['        重工业', '万元', 328290, 1519690, 21.9, null, null],
  ['规模以上工业增加值', '万元', 112860, 524310, 15.2, 41.2, 2],
  ['规模以上工业销售产值', '万元', 472180, 2196420, 17.9, null, null],
  ['  其中：出口交货值', '万元', 62340, 298760, -8.7, null, null],
  ['规模以上工业用电量', '万千瓦时', 9862, 46238, 6.3, null, null],
  ['二、固定资产投资'],
  ['全社会固定资产投资', '万元', null, 1386420, 24.6, 43.5, 2],
  ['  其中：工业投资', '万元', null, 682310, 28.1, 44.2, 3],
  ['        其中：技改投资', '万元', null, 318460, 31.5, null, null],
  ['        房地产开发投资', '万元', null, 236850, -5.4, null, null],
  ['商品房销售面积', '万平方米', 4.12, 18.63, -14.2, null, null],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 96840, 468920, 15.8, 40.6, 4],
  ['  其中：限额以上企业（单位）消费品零售额', '万元', 38620, 182350, 17.2, null, null],
  ['四、对外经济'],
  ['进出口总额', '万美元', 14260, 68420, -3.2, null, 5],
  ['  其中：出口', '万美元', 10380, 50260, -6.8, 38.7, 6],
  ['实际利用外资', '万美元', null, 8650, 12.3, 45.5, 4],
  ['五、财政'],
  ['财政总收入', '万元', 52380, 286740, 14.1, 42.6, 4],
  ['  其中：公共财政预算收入', '万元', 28640, 158260, 16.8, 45.2, 3],
  ['        其中：税收收入', '万元', 23150, 128430, 14.6, null, null],
  ['公共财政预算支出', '万元', 31860, 162480, 21.3, null, null],
  ['六、金融（5月末）'],
  ['金融机构人民币存款余额', '万元', null, 3286450, 13.2, null, null],
  ['  其中：城乡居民储蓄存款余额', '万元', null, 1824360, 15.6, null, null],
  ['金融机构人民币贷款余额', '万元', null, 2148620, 11.8, null, null],
  ['全社会用电量', '万千瓦时', 14620, 70350, 5.2, null, null],
];

const notes = [
  '注：1.全市位次为1-5月增速在沭淮市8个县（市、区）中的位次，空白为该指标不参与全市排位。',
  '2.占全年目标%为1-5月累计完成数占县委、县政府年初下达的全年目标的百分比，时序进度为41.7%。',
  '3.规模以上工业指年主营业务收入2000万元及以上的工业企业；存贷款余额为5月末数，增速为比上年同月末增长。',
  '4.本表为快报数，最终数以年报为准。',
];

export function oushuXls(): Buffer {
  return indicatorSheetXls('1-5月', {
    title: '瓯沭县2012年5月统计快报',
    compiler: '瓯沭县统计局',
    date: '2012年6月12日',
    header: ['指标', '单位', '5月', '1-5月', '同比±%', '占全年目标%', '全市位次'],
    rows: rows.map((row) => (row.length === 1 ? row : [...row])),
    notes,
    bureau: '瓯沭县统计局',
    format: (c, v) => (c === 4 || c === 5 ? '0.0' : c === 6 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [38, 10, 10, 12, 10, 12, 10],
  });
}
