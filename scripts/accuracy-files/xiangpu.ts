// The three-hundred-and-eighty-third held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as
// huochuan.ts writes its; session 45): 湘浦县's (under 悦州市, Jiangxi-style) 统计局 2019年1—11月主要经济指标, one sheet:
// a merged title, the bureau and date line, a one-row header (指标 | 单位 | 1-11月 | 同比增长% | 增幅全市排位 | 比1-10月增减),
// section rows 一、… 六、 merged across the sheet, growth-only rows with — in the amount cell, indented 其中 rows, falling
// rows, — in the rank cell for rows the city does not rank, signed moves of the growth against 1—10月 in points, then a
// 注 of four numbered notes in rows of their own (the ranks' group of ten, the sign of the last column) and the signature.
// Invented place and figures; its answers are tests/accuracy/xiangpu-2019-m11-analysis.answers.json, written by hand
// from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const xiangpu = { name: 'xiangpu-2019-m11-analysis' };

/** A section row (one string), or 指标, 单位, 1-11月, 同比增长%, 增幅全市排位, 比1-10月增减; null cells show —. */
type Row = readonly [string] | readonly [string, string, number | null, number, number | null, number];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业增加值', '%', null, 8.6, 3, 0.2],
  ['规模以上工业营业收入', '亿元', 186.42, 6.3, 5, -0.4],
  ['规模以上工业利润总额', '亿元', 11.27, -4.8, 8, -1.6],
  ['工业用电量', '万千瓦时', 42618, 7.2, null, 0.9],
  ['二、固定资产投资'],
  ['固定资产投资', '%', null, 9.4, 4, 0.1],
  ['  其中：工业投资', '%', null, 14.7, 2, 1.3],
  ['        基础设施投资', '%', null, -6.2, 9, -2.4],
  ['房地产开发投资', '万元', 98460, 5.1, null, -0.8],
  ['商品房销售面积', '万平方米', 41.36, -7.9, null, 2.1],
  ['三、消费品市场'],
  ['社会消费品零售总额', '亿元', 58.73, 10.8, 6, -0.1],
  ['  其中：限额以上消费品零售额', '亿元', 14.26, 7.5, 7, -0.3],
  ['四、财政'],
  ['财政总收入', '万元', 184520, 5.6, 7, -0.9],
  ['一般公共预算收入', '万元', 112360, 3.2, 8, -0.5],
  ['  其中：税收收入', '万元', 86940, -1.7, null, 0.6],
  ['一般公共预算支出', '万元', 356280, 8.4, null, 1.2],
  ['五、金融（11月末）'],
  ['金融机构本外币存款余额', '亿元', 268.45, 11.3, 5, 0.4],
  ['金融机构本外币贷款余额', '亿元', 196.82, 15.6, 3, -0.2],
  ['六、开放型经济'],
  ['出口总额', '亿元', 12.64, 6.8, 6, -3.5],
  ['实际利用外资', '万美元', 8630, 7.1, 4, 0.3],
  ['省外项目实际进资', '亿元', 46.85, 8.9, 5, 0.5],
];

const notes = [
  '注：1.规模以上工业增加值、固定资产投资按国家统计制度只公布增速，增加值增速按可比价格计算。',
  '2.增幅全市排位为在悦州市10个县（市、区）中的位次，“—”为该指标不参与全市排位。',
  '3.比1-10月增减为本期增幅比1-10月提高（+）或回落（-）的百分点。',
  '4.本表为快报数据，存贷款余额增速为比上年同月末增长。',
];

export function xiangpuXls(): Buffer {
  return indicatorSheetXls('1-11月', {
    title: '湘浦县2019年1-11月主要经济指标',
    compiler: '湘浦县统计局',
    date: '2019年12月16日',
    header: ['指标', '单位', '1-11月', '同比增长%', '增幅全市排位', '比1-10月增减'],
    rows: rows.map((row) => {
      if (row.length === 1) return row;
      const [name, unit, total, growth, rank, move] = row;
      return [name, unit, total ?? '—', growth, rank ?? '—', move];
    }),
    notes,
    bureau: '湘浦县统计局',
    format: (c, v) =>
      c === 3 ? '0.0' : c === 4 ? '0' : c === 5 ? '+0.0;-0.0;0.0' : Number.isInteger(v) ? '0' : '0.00',
    widths: [32, 10, 12, 11, 13, 13],
  });
}
