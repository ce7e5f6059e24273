// The three-hundred-and-eighty-fifth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as
// xiangpu.ts writes its; session 45): 坂桥县's (under 瑾阳市, Anhui-style) 统计局 2008年1—9月主要经济指标, one sheet: a
// merged title, the bureau and date line, a one-row header (指标 | 单位 | 1-9月 | 同比增长% | 比上半年增减(百分点)), section
// rows 一、… 七、 merged across the sheet, indented 其中 rows, falling rows (the crisis's third quarter: 利润, 房地产, 出口),
// signed moves of the growth against 1—6月 in points, then a 注 of four numbered notes and the signature.
// Invented place and figures; its answers are tests/accuracy/banqiao-2008-q3-indicators.answers.json, written by hand
// from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const banqiao = { name: 'banqiao-2008-q3-indicators' };

/** A section row (one string), or 指标, 单位, 1-9月, 同比增长%, 比上半年增减(百分点). */
type Row = readonly [string] | readonly [string, string, number, number, number];

const rows: Row[] = [
  ['一、国民经济核算'],
  ['地区生产总值', '亿元', 58.36, 12.1, -1.4],
  ['  其中：第一产业', '亿元', 12.74, 4.6, 0.3],
  ['        第二产业', '亿元', 26.85, 16.8, -2.9],
  ['        第三产业', '亿元', 18.77, 11.2, -0.6],
  ['二、工业'],
  ['规模以上工业总产值', '亿元', 86.42, 24.6, -5.8],
  ['规模以上工业增加值', '亿元', 27.35, 21.3, -4.7],
  ['规模以上工业利润总额', '万元', 31560, -8.7, -12.4],
  ['工业用电量', '万千瓦时', 38620, 6.1, -3.2],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '亿元', 42.18, 38.5, 2.6],
  ['  其中：工业投资', '亿元', 18.26, 45.3, 4.8],
  ['房地产开发投资', '万元', 52340, -6.4, -9.1],
  ['商品房销售面积', '万平方米', 12.86, -15.2, -7.5],
  ['四、国内贸易'],
  ['社会消费品零售总额', '亿元', 19.63, 22.4, 0.9],
  ['五、对外经济'],
  ['进出口总额', '万美元', 6284, 3.5, -14.6],
  ['  其中：出口', '万美元', 4126, -2.8, -18.3],
  ['实际利用外资', '万美元', 2150, 12.8, -6.5],
  ['招商引资实际到位资金', '亿元', 28.64, 45.6, 3.8],
  ['六、财政金融'],
  ['财政收入', '万元', 41280, 18.9, -5.2],
  ['  其中：地方财政收入', '万元', 22640, 21.5, -3.7],
  ['财政支出', '万元', 96580, 32.4, 5.6],
  ['金融机构各项存款余额', '亿元', 68.72, 17.6, 1.2],
  ['金融机构各项贷款余额', '亿元', 38.45, 9.3, -2.1],
  ['七、人民生活'],
  ['城镇居民人均可支配收入', '元', 9846, 14.2, -0.8],
  ['农村居民人均现金收入', '元', 3962, 18.6, 1.5],
];

const notes = [
  '注：1.本表为快报数据，地区生产总值及各产业增加值、规模以上工业增加值增速按可比价格计算。',
  '2.“比上半年增减”为1-9月增幅比1-6月增幅提高（+）或回落（-）的百分点。',
  '3.进出口数据来源于海关统计；存贷款余额为9月末数，增速为比上年同月末增长。',
  '4.财政收入为财政总收入口径，含上划中央“两税”和所得税。',
];

export function banqiaoXls(): Buffer {
  return indicatorSheetXls('1-9月', {
    title: '坂桥县2008年1-9月主要经济指标',
    compiler: '坂桥县统计局',
    date: '2008年10月16日',
    header: ['指标', '单位', '1-9月', '同比增长%', '比上半年增减(百分点)'],
    rows,
    notes,
    bureau: '坂桥县统计局',
    format: (c, v) => (c === 3 ? '0.0' : c === 4 ? '+0.0;-0.0;0.0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [30, 10, 12, 11, 20],
  });
}
