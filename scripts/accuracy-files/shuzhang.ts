// The four-hundred-and-seventh held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 46): 舒漳县's (under the invented 荆沔市, Hubei-style) 统计局 2012年6月统计月报, one sheet: a merged title, the bureau and
// date line, a one-row header (指标 | 单位 | 6月 | 1-6月 | 同比±% | 全市位次), section rows 一、… 八、 merged across, indented
// 其中 rows, blank 6月 and rank cells, five falling rows (工业用电量, 房地产开发投资, 商品房销售面积 and its month, 外贸出口总额),
// month-end balances, a 注 of three lines and the signature. Invented place and figures; its answers are
// tests/accuracy/shuzhang-2012-h1-monthly.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const shuzhang = { name: 'shuzhang-2012-h1-monthly' };

/** A section row (one string), or 指标, 单位, 6月, 1-6月, 同比±%, 全市位次; null cells are left blank. */
type Row = readonly [string] | readonly [string, string, number | null, number, number | null, number | null];

const rows: Row[] = [
  ['一、地区生产总值'],
  ['地区生产总值', '万元', null, 682450, 11.6, 4],
  ['  其中：第一产业', '万元', null, 98620, 4.8, null],
  ['        第二产业', '万元', null, 352180, 15.2, null],
  ['        第三产业', '万元', null, 231650, 9.6, null],
  ['二、工业'],
  ['规模以上工业总产值', '万元', 312460, 1685230, 26.4, 3],
  ['规模以上工业增加值', '万元', 86240, 462180, 17.8, 2],
  ['  其中：轻工业', '万元', null, 168420, 21.5, null],
  ['        重工业', '万元', null, 293760, 15.9, null],
  ['规模以上工业企业主营业务收入', '万元', 298650, 1602340, 24.1, null],
  ['工业用电量', '万千瓦时', 2860, 16420, -3.8, null],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '万元', null, 586320, 31.2, 3],
  ['  其中：工业投资', '万元', null, 312450, 36.8, null],
  ['        房地产开发投资', '万元', null, 68240, -12.6, null],
  ['商品房销售面积', '万平方米', 2.86, 14.52, -18.3, null],
  ['四、国内贸易'],
  ['社会消费品零售总额', '万元', 52680, 302640, 15.8, 5],
  ['  其中：限额以上企业消费品零售额', '万元', null, 118560, 19.2, null],
  ['五、对外经济'],
  ['外贸出口总额', '万美元', 820, 4650, -14.2, 6],
  ['实际利用外资', '万美元', null, 1860, 8.5, null],
  ['招商引资实际到位资金', '万元', null, 425600, 28.4, 2],
  ['六、财政'],
  ['财政总收入', '万元', 9860, 52340, 22.6, 4],
  ['  其中：地方一般预算收入', '万元', 5420, 28650, 25.3, 3],
  ['        其中：税收收入', '万元', 4280, 22960, 20.8, null],
  ['地方一般预算支出', '万元', 21560, 98420, 18.6, null],
  ['七、金融（6月末）'],
  ['金融机构各项存款余额', '万元', null, 1286540, 16.8, null],
  ['  其中：城乡居民储蓄存款余额', '万元', null, 862350, 19.4, null],
  ['金融机构各项贷款余额', '万元', null, 624380, 12.5, null],
  ['八、人民生活'],
  ['城镇居民人均可支配收入', '元', null, 8426, 13.2, 4],
  ['农民人均现金收入', '元', null, 4386, 16.5, 3],
];

const notes = [
  '注：1.全市位次为1-6月增速在荆沔市8个县（市、区）中的位次，空白为该指标不参与全市排位。',
  '2.规模以上工业指年主营业务收入2000万元及以上的工业企业；地区生产总值为初步核算数，增长速度按可比价格计算。',
  '3.存贷款余额为6月末数，增速为比上年同期增长；本表为快报数，最终数以年报为准。',
];

export function shuzhangXls(): Buffer {
  return indicatorSheetXls('1-6月', {
    title: '舒漳县2012年6月统计月报',
    compiler: '舒漳县统计局',
    date: '2012年7月16日',
    header: ['指标', '单位', '6月', '1-6月', '同比±%', '全市位次'],
    rows: rows.map((row) => (row.length === 1 ? row : [...row])),
    notes,
    bureau: '舒漳县统计局',
    format: (c, v) => (c === 4 ? '0.0' : c === 5 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [38, 10, 10, 12, 10, 10],
  });
}
