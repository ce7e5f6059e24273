// The three-hundred-and-ninety-fourth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts;
// session 46): 乌坡县's (under 岷阳市, Gansu-style) 统计局 2015年1—4月主要经济指标, one sheet: a merged title, the bureau and
// date line, a one-row header (指标 | 单位 | 4月 | 1-4月 | 同比±% | 全市位次), section rows 一、… 六、 merged across, indented 其中
// rows, blank 4月 cells for investment and balances, blank rank cells, falling rows, two 一季度 income rows, a 注 of four lines
// and the signature. Invented place and figures; its answers are tests/accuracy/wupo-2015-m4-indicators.answers.json,
// written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const wupo = { name: 'wupo-2015-m4-indicators' };

/** A section row (one string), or 指标, 单位, 4月, 1-4月, 同比±%, 全市位次; null cells are left blank. */
type Row = readonly [string] | readonly [string, string, number | null, number, number, number | null];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业增加值', '万元', 8426, 31582, 6.8, 4],
  ['规模以上工业总产值', '万元', 31860, 118743, 5.2, 5],
  ['工业用电量', '万千瓦时', 1862, 7315, -3.4, null],
  ['全社会用电量', '万千瓦时', 3246, 12958, -1.8, null],
  ['二、固定资产投资'],
  ['固定资产投资', '万元', null, 236580, 18.6, 3],
  ['  其中：工业投资', '万元', null, 68420, 25.4, null],
  ['        民间投资', '万元', null, 112860, 14.2, null],
  ['房地产开发投资', '万元', null, 21960, -7.5, null],
  ['商品房销售面积', '万平方米', 0.82, 2.96, -12.3, null],
  ['招商引资到位资金', '万元', null, 86500, 16.4, 2],
  ['三、消费品市场'],
  ['社会消费品零售总额', '万元', 12640, 49870, 9.1, 6],
  ['  其中：限额以上消费品零售额', '万元', 3260, 12480, 6.7, null],
  ['四、财政'],
  ['大口径财政收入', '万元', 2860, 12685, 4.3, 5],
  ['一般公共预算收入', '万元', 1524, 6832, -2.6, 7],
  ['  其中：税收收入', '万元', 1108, 4916, -5.8, null],
  ['一般公共预算支出', '万元', 9865, 41237, 12.4, null],
  ['五、金融（4月末）'],
  ['金融机构各项存款余额', '万元', null, 786420, 10.6, null],
  ['  其中：城乡居民储蓄存款余额', '万元', null, 598730, 12.1, null],
  ['金融机构各项贷款余额', '万元', null, 512360, 15.8, null],
  ['六、居民收入（一季度）'],
  ['城镇居民人均可支配收入', '元', null, 5126, 8.9, 4],
  ['农村居民人均可支配收入', '元', null, 1682, 10.2, 3],
];

const notes = [
  '注：1.全市位次为增速在岷阳市8个县（区）中的位次，空白为该指标不参与全市排位。',
  '2.规模以上工业增加值、总产值按现价计算，增速按可比价格计算。',
  '3.存贷款余额为4月末数，增速为比上年同月末增长；居民收入为一季度数据，由国家统计局乌坡调查队提供。',
  '4.本表为快报数，部分指标为初步统计数。',
];

export function wupoXls(): Buffer {
  return indicatorSheetXls('1-4月', {
    title: '乌坡县2015年1-4月主要经济指标',
    compiler: '乌坡县统计局',
    date: '2015年5月14日',
    header: ['指标', '单位', '4月', '1-4月', '同比±%', '全市位次'],
    rows: rows.map((row) => {
      if (row.length === 1) return row;
      const [name, unit, month, total, growth, rank] = row;
      return [name, unit, month, total, growth, rank];
    }),
    notes,
    bureau: '乌坡县统计局',
    format: (c, v) => (c === 4 ? '0.0' : c === 5 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [30, 10, 10, 12, 10, 10],
  });
}
