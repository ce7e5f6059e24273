// The three-hundred-and-ninety-eighth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts;
// session 46): 陶坪县's (under 岐梁市, Shaanxi-style) 统计局 2008年1—11月主要经济指标, one sheet: a merged title, the bureau
// and date line, a one-row header (指标 | 单位 | 11月 | 1-11月 | 同比±% | 占年计划% | 全市位次), section rows 一、… 七、 merged
// across, indented 其中 rows, blank 11月, share and rank cells, four falling rows, a 前三季度 section for GDP and incomes, a
// 灾后恢复重建投资 row with no growth, a 注 of five lines and the signature. Invented place and figures; its answers are
// tests/accuracy/taoping-2008-m11-indicators.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const taoping = { name: 'taoping-2008-m11-indicators' };

/** A section row (one string), or 指标, 单位, 11月, 1-11月, 同比±%, 占年计划%, 全市位次; null cells are left blank. */
type Row =
  | readonly [string]
  | readonly [string, string, number | null, number, number | null, number | null, number | null];

const rows: Row[] = [
  ['一、地区生产总值（前三季度）'],
  ['地区生产总值', '万元', null, 386420, 13.6, null, 6],
  ['  其中：第一产业增加值', '万元', null, 68250, 5.2, null, null],
  ['        第二产业增加值', '万元', null, 198730, 18.4, null, null],
  ['        第三产业增加值', '万元', null, 119440, 10.1, null, null],
  ['二、工业'],
  ['规模以上工业总产值', '万元', 42860, 436520, 21.3, 88.6, 4],
  ['规模以上工业增加值', '万元', 13240, 132870, 17.8, 89.2, 3],
  ['工业用电量', '万千瓦时', 2136, 24870, -4.6, null, null],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '万元', null, 512680, 38.5, 96.4, 2],
  ['  其中：城镇固定资产投资', '万元', null, 428350, 41.2, null, null],
  ['        灾后恢复重建投资', '万元', null, 86420, null, null, null],
  ['房地产开发投资', '万元', null, 21580, -12.6, null, null],
  ['商品房销售面积', '万平方米', 0.42, 5.86, -18.3, null, null],
  ['四、国内贸易'],
  ['社会消费品零售总额', '万元', 16840, 172350, 22.6, 93.5, 5],
  ['  其中：批发和零售业', '万元', 14260, 146320, 21.8, null, null],
  ['        住宿和餐饮业', '万元', 2580, 26030, 27.1, null, null],
  ['五、财政'],
  ['财政总收入', '万元', 3120, 38640, 24.8, 95.3, 3],
  ['  其中：地方财政收入', '万元', 1864, 21360, 26.4, 94.1, 4],
  ['        其中：税收收入', '万元', 1326, 15280, 23.7, null, null],
  ['一般预算支出', '万元', 8650, 96840, 45.3, null, null],
  ['六、金融（11月末）'],
  ['金融机构各项存款余额', '万元', null, 624580, 24.6, null, null],
  ['  其中：城乡居民储蓄存款余额', '万元', null, 486320, 26.1, null, null],
  ['金融机构各项贷款余额', '万元', null, 268430, 15.2, null, null],
  ['七、居民收入及其他'],
  ['城镇居民人均可支配收入（前三季度）', '元', null, 9286, 16.4, null, 5],
  ['农民人均现金收入（前三季度）', '元', null, 2865, 19.2, null, 4],
  ['招商引资到位资金', '万元', null, 138600, 45.2, 99.0, 2],
  ['实际利用外资', '万美元', null, 420, -30.0, 70.0, null],
];

const notes = [
  '注：1.全市位次为1-11月增速在岐梁市12个县（区）中的位次（地区生产总值、居民收入为前三季度），空白为该指标不参与全市排位。',
  '2.占年计划%为1-11月累计完成数占年初县人大会议确定的年度计划的百分比。',
  '3.规模以上工业指年主营业务收入500万元及以上的工业企业；存贷款余额为11月末数，增速为比上年同月末增长。',
  '4.灾后恢复重建投资为纳入“5·12”地震灾后恢复重建规划的项目完成的投资，上年无可比数。',
  '5.本表为快报数，地区生产总值为初步核算数。',
];

export function taopingXls(): Buffer {
  return indicatorSheetXls('1-11月', {
    title: '陶坪县2008年1-11月主要经济指标',
    compiler: '陶坪县统计局',
    date: '2008年12月12日',
    header: ['指标', '单位', '11月', '1-11月', '同比±%', '占年计划%', '全市位次'],
    rows: rows.map((row) => (row.length === 1 ? row : [...row])),
    notes,
    bureau: '陶坪县统计局',
    format: (c, v) => (c === 4 || c === 5 ? '0.0' : c === 6 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [34, 10, 10, 12, 10, 11, 10],
  });
}
