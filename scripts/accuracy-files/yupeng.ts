// The four-hundred-and-twenty-first held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 47): 郁蓬县's (an invented county of Chongqing) 统计局 2021年8月主要经济指标, one sheet: a merged title, the bureau and date
// line, a one-row header (指标 | 单位 | 8月 | 1-8月 | 同比±% | 全市排位 | 比上月±位次), section rows 一、… 八、 merged across,
// indented 其中 rows, growth-only rows (规上工业增加值, 投资) with `—` level cells, falls, a lagged 1-7月 services row, 上半年
// incomes, month-end balances, a 注 of four lines and the signature. Invented place and figures; its answers are
// tests/accuracy/yupeng-2021-m8-indicators.answers.json, written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const yupeng = { name: 'yupeng-2021-m8-indicators' };

type Cell = number | string | null;
/** A section row (one string), or 指标, 单位, 8月, 1-8月, 同比±%, 全市排位, 比上月±位次; null cells are left blank. */
type Row = readonly [string] | readonly [string, string, Cell, Cell, Cell, Cell, Cell];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业总产值', '亿元', 12.46, 96.82, 15.8, 12, 2],
  ['规模以上工业增加值', '%', '—', '—', 11.6, 18, -3],
  ['  其中：制造业', '%', '—', '—', 12.3, null, null],
  ['规模以上工业企业营业收入', '亿元', 11.98, 92.45, 17.2, null, null],
  ['规模以上工业企业利润总额', '亿元', '—', 5.86, 24.6, null, null],
  ['工业用电量', '万千瓦时', 4862, 36580, 9.4, null, null],
  ['二、固定资产投资'],
  ['固定资产投资', '%', '—', '—', 8.6, 21, -2],
  ['  其中：工业投资', '%', '—', '—', 14.2, null, null],
  ['        基础设施投资', '%', '—', '—', -5.8, null, null],
  ['房地产开发投资', '亿元', '—', 18.64, -3.2, 27, 0],
  ['商品房销售面积', '万平方米', 4.12, 36.85, 6.4, null, null],
  ['三、国内贸易'],
  ['社会消费品零售总额', '亿元', 7.86, 62.43, 19.8, 15, 1],
  ['  其中：限额以上企业消费品零售额', '亿元', 2.46, 19.62, 24.5, null, null],
  ['四、对外经济'],
  ['进出口总额', '万美元', 1268, 9846, 36.2, null, null],
  ['  其中：出口总额', '万美元', 982, 7624, 41.5, null, null],
  ['实际利用外资', '万美元', '—', 1850, 12.4, null, null],
  ['五、财政'],
  ['一般公共预算收入', '亿元', 0.92, 8.46, 13.7, 16, 0],
  ['  其中：税收收入', '亿元', 0.61, 5.38, 10.2, null, null],
  ['一般公共预算支出', '亿元', 3.84, 30.52, -4.6, null, null],
  ['六、金融（8月末）'],
  ['金融机构各项存款余额', '亿元', '—', 486.35, 9.8, null, null],
  ['  其中：住户存款余额', '亿元', '—', 352.64, 11.6, null, null],
  ['金融机构各项贷款余额', '亿元', '—', 268.92, 13.4, 9, 1],
  ['七、服务业和农业'],
  ['规模以上服务业企业营业收入', '亿元', '—', 14.26, 21.3, null, null],
  ['生猪出栏', '万头', '—', 24.62, 16.8, null, null],
  ['八、居民收入和其他'],
  ['城镇常住居民人均可支配收入', '元', '—', 21468, 8.9, 20, null],
  ['农村常住居民人均可支配收入', '元', '—', 10926, 10.6, 14, null],
  ['全社会用电量', '万千瓦时', 8420, 64286, 11.2, null, null],
  ['城镇新增就业', '人', 612, 5236, '—', null, null],
];

const notes = [
  '注：1.全市排位为1-8月增速在全市38个区县中的位次；比上月±位次中正数为前移位次，负数为后移位次，0为持平。',
  '2.规模以上服务业企业营业收入为1-7月数据，城乡居民人均可支配收入为上半年数据。',
  '3.规模以上工业指年主营业务收入2000万元及以上的工业企业；工业增加值、固定资产投资只发布增速。',
  '4.本表为快报数，“—”表示该指标当月数据不发布或不计算增速。',
];

export function yupengXls(): Buffer {
  return indicatorSheetXls('8月', {
    title: '郁蓬县2021年8月主要经济指标',
    compiler: '郁蓬县统计局',
    date: '2021年9月18日',
    header: ['指标', '单位', '8月', '1-8月', '同比±%', '全市排位', '比上月±位次'],
    rows: rows.map((row) => (row.length === 1 ? row : [...row])),
    notes,
    bureau: '郁蓬县统计局',
    format: (c, v) => (c === 4 ? '0.0' : c >= 5 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [36, 10, 10, 12, 10, 10, 12],
  });
}
