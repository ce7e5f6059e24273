// The four-hundred-and-thirty-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 48): 沪棠区's (an invented district of Shanghai) 统计局 2008年1—9月主要经济指标, one sheet: a merged title, the bureau and date
// line, a one-row header (指标 | 计量单位 | 1—9月 | 比去年同期±% | 全市位次), no section rows, indented 其中 rows, 亿元, 亿美元,
// 万美元, 万平方米, 亿千瓦时, 元, 个 and 人 units, falls (工业投资, 商品房销售面积, 利润总额, 工业用电量), `—` cells, a 注 of four lines
// and the signature. Invented place and figures; its answers are tests/accuracy/hutang-2008-q3-indicators.answers.json,
// written by hand from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const hutang = { name: 'hutang-2008-q3-indicators' };

type Cell = number | string | null;
/** 指标, 计量单位, 1—9月, 比去年同期±%, 全市位次; '—' where the sheet gives nothing. */
type Row = readonly [string, string, Cell, Cell, Cell];

const rows: Row[] = [
  ['地区生产总值', '亿元', 412.36, 10.8, 7],
  ['  第一产业增加值', '亿元', 2.98, -2.4, '—'],
  ['  第二产业增加值', '亿元', 168.52, 7.6, '—'],
  ['  第三产业增加值', '亿元', 240.86, 13.2, '—'],
  ['规模以上工业总产值', '亿元', 1152.3, 9.6, 8],
  ['  其中：高新技术产业产值', '亿元', 486.2, 14.5, '—'],
  ['规模以上工业企业主营业务收入', '亿元', 1208.62, 8.2, '—'],
  ['规模以上工业企业利润总额', '亿元', 62.48, -12.6, '—'],
  ['全社会固定资产投资', '亿元', 186.74, 12.3, 10],
  ['  其中：工业投资', '亿元', 42.18, -8.6, '—'],
  ['        房地产开发投资', '亿元', 98.35, 18.2, '—'],
  ['        城市基础设施投资', '亿元', 31.62, 24.5, '—'],
  ['商品房销售面积', '万平方米', 86.42, -28.6, '—'],
  ['社会消费品零售总额', '亿元', 218.65, 21.4, 5],
  ['商品销售总额', '亿元', 1562.4, 26.8, 6],
  ['外贸出口总额', '亿美元', 24.36, 15.2, 11],
  ['合同利用外资', '万美元', 68500, 12.4, 9],
  ['实到外资', '万美元', 41260, 18.7, 8],
  ['财政总收入', '亿元', 162.48, 15.2, 7],
  ['  其中：区级财政收入', '亿元', 58.36, 16.4, 6],
  ['        其中：税收收入', '亿元', 54.12, 17.1, '—'],
  ['区级财政支出', '亿元', 52.84, 19.6, '—'],
  ['金融机构各项存款余额', '亿元', 1265.4, 14.6, '—'],
  ['  其中：城乡居民储蓄存款余额', '亿元', 642.18, 21.3, '—'],
  ['金融机构各项贷款余额', '亿元', 826.35, 11.8, '—'],
  ['全社会用电量', '亿千瓦时', 28.64, 4.2, '—'],
  ['  其中：工业用电量', '亿千瓦时', 16.82, -1.5, '—'],
  ['城镇居民人均可支配收入', '元', 19862, 11.6, '—'],
  ['新增就业岗位', '个', 28650, '—', '—'],
  ['城镇登记失业人数', '人', 9860, -6.2, '—'],
];

const notes = [
  '注：1.地区生产总值及三次产业增加值为区级核算数，增速按可比价格计算。',
  '2.全市位次为增速在全市各区县中的位次。',
  '3.金融机构存、贷款余额为9月末数。',
  '4.规模以上工业指年主营业务收入500万元及以上的工业企业。',
];

export function hutangXls(): Buffer {
  return indicatorSheetXls('1-9月', {
    title: '沪棠区2008年1—9月主要经济指标',
    compiler: '沪棠区统计局',
    date: '2008年10月21日',
    header: ['指标', '计量单位', '1—9月', '比去年同期±%', '全市位次'],
    rows: rows.map((row) => [...row]),
    notes,
    bureau: '沪棠区统计局',
    format: (c, v) => (c === 3 ? '0.0' : c === 4 ? '0' : Number.isInteger(v) ? '0' : '0.00'),
    widths: [34, 10, 12, 14, 10],
  });
}
