// The three-hundred-and-ninety-ninth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts;
// session 46): 舫川县's (under 松榕市, Jilin-style) 统计局 2008年6月主要经济指标, one sheet: a merged title, the bureau and
// date line, a one-row header (指标 | 单位 | 6月 | 1-6月 | 同比±% | 全市位次), section rows 一、… 八、 merged across, indented
// 其中 rows, blank 6月 cells for the quarterly GDP rows, investment, balances and incomes, blank rank cells, three falling
// rows (房地产开发投资, 贷款余额, 外贸进出口总额), 全口径 and 地方级 revenue, 城镇50万元以上项目 and 农村 investment, a 注 of four
// lines and the signature. Invented place and figures; its answers are
// tests/accuracy/fangchuan-2008-h1-indicators.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const fangchuan = { name: 'fangchuan-2008-h1-indicators' };

/** A section row (one string), or 指标, 单位, 6月, 1-6月, 同比±%, 全市位次; null cells are left blank. */
type Row = readonly [string] | readonly [string, string, number | null, number, number, number | null];

const rows: Row[] = [
  ['一、地区生产总值'],
  ['地区生产总值', '万元', null, 286450, 15.6, 3],
  ['  第一产业增加值', '万元', null, 41280, 5.8, null],
  ['  第二产业增加值', '万元', null, 132560, 21.3, null],
  ['  第三产业增加值', '万元', null, 112610, 13.9, null],
  ['二、工业'],
  ['规模以上工业总产值', '万元', 62840, 348620, 28.4, 2],
  ['规模以上工业增加值', '万元', 18960, 104350, 22.6, 2],
  ['  其中：农产品加工业产值', '万元', 24350, 136480, 31.2, null],
  ['工业用电量', '万千瓦时', 1268, 7345, 12.6, null],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '万元', null, 215680, 42.5, 4],
  ['  其中：城镇50万元以上项目投资', '万元', null, 186240, 45.8, null],
  ['        农村投资', '万元', null, 29440, 24.7, null],
  ['房地产开发投资', '万元', null, 12860, -8.4, null],
  ['四、国内贸易'],
  ['社会消费品零售总额', '万元', 21460, 124580, 20.8, 5],
  ['  其中：限额以上批发零售业零售额', '万元', 6820, 38960, 16.3, null],
  ['五、财政'],
  ['全口径财政收入', '万元', 3215, 18640, 26.7, 3],
  ['  其中：地方级财政收入', '万元', 1846, 10925, 23.4, 4],
  ['        其中：税收收入', '万元', 1392, 8210, 19.6, null],
  ['一般预算支出', '万元', 5268, 31480, 29.3, null],
  ['六、金融（6月末）'],
  ['金融机构各项存款余额', '万元', null, 426850, 14.2, null],
  ['  其中：城乡居民储蓄存款余额', '万元', null, 318460, 15.6, null],
  ['金融机构各项贷款余额', '万元', null, 195320, -3.6, null],
  ['七、招商引资和对外贸易'],
  ['实际利用内资', '万元', null, 68500, 38.6, 2],
  ['外贸进出口总额', '万美元', 186, 1024, -12.5, null],
  ['八、人民生活'],
  ['城镇居民人均可支配收入', '元', null, 5684, 13.2, 5],
  ['农民人均现金收入', '元', null, 2935, 16.8, 3],
];

const notes = [
  '注：1.地区生产总值及三次产业增加值为上半年初步核算数，6月栏空白，增速按可比价格计算。',
  '2.全市位次为增速在松榕市7个县（市、区）中的位次，空白为该指标不参加全市排位。',
  '3.存贷款余额为6月末数，增速为比上年同期末增长。',
  '4.城镇居民人均可支配收入、农民人均现金收入为抽样调查数。',
];

export function fangchuanXls(): Buffer {
  return indicatorSheetXls('6月', {
    title: '舫川县2008年6月主要经济指标',
    compiler: '舫川县统计局',
    date: '2008年7月16日',
    header: ['指标', '单位', '6月', '1-6月', '同比±%', '全市位次'],
    rows: rows.map((row) => {
      if (row.length === 1) return row;
      const [name, unit, month, total, growth, rank] = row;
      return [name, unit, month, total, growth, rank];
    }),
    notes,
    bureau: '舫川县统计局',
    format: (c, v) => (c === 4 ? '0.0' : c === 5 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [32, 10, 10, 12, 10, 10],
  });
}
