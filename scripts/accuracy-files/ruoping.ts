// The three-hundred-and-eighty-seventh held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as
// banqiao.ts writes its; session 45): 若坪县's (under 开阆市, Sichuan-style) 统计局 2007年1—5月主要经济指标, one sheet: a
// merged title, the bureau and date line, a one-row header (指标 | 单位 | 5月 | 1-5月 | 同比增长% | 占全年目标%), section
// rows 一、… 六、 merged across the sheet, indented 其中 rows, '—' cells, two falling rows (房地产开发投资, 实际利用外资),
// then a 注 of four numbered notes and the signature.
// Invented place and figures; its answers are tests/accuracy/ruoping-2007-m5-indicators.answers.json, written by hand
// from the rows below.

import { indicatorSheetXls } from './indicator-sheet.js';

export const ruoping = { name: 'ruoping-2007-m5-indicators' };

type Cell = number | '—';

/** A section row (one string), or 指标, 单位, 5月, 1-5月, 同比增长%, 占全年目标%. */
type Row = readonly [string] | readonly [string, string, Cell, number, number, Cell];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业总产值', '万元', 18650, 86420, 28.6, 40.2],
  ['规模以上工业增加值', '万元', 5930, 27380, 26.4, 39.8],
  ['规模以上工业企业利润总额', '万元', '—', 6140, 35.2, '—'],
  ['工业用电量', '万千瓦时', 2630, 12480, 18.5, '—'],
  ['二、固定资产投资'],
  ['全社会固定资产投资', '万元', '—', 98650, 42.3, 37.9],
  ['  其中：工业投资', '万元', '—', 31720, 56.8, '—'],
  ['房地产开发投资', '万元', '—', 8460, -12.6, '—'],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 11280, 54360, 17.2, 41.5],
  ['四、财政金融'],
  ['地方财政一般预算收入', '万元', 1520, 6830, 24.7, 44.6],
  ['  其中：税收收入', '万元', 1190, 5260, 29.3, '—'],
  ['地方财政一般预算支出', '万元', 3860, 17940, 35.8, '—'],
  ['金融机构各项存款余额', '万元', '—', 386520, 16.4, '—'],
  ['金融机构各项贷款余额', '万元', '—', 214380, 9.1, '—'],
  ['五、招商引资'],
  ['招商引资到位资金', '万元', '—', 62300, 38.5, 46.2],
  ['实际利用外资', '万美元', '—', 186, -24.3, 31.0],
  ['六、人民生活'],
  ['农民人均现金收入', '元', '—', 1486, 15.3, '—'],
  ['城镇居民人均可支配收入', '元', '—', 4185, 13.8, '—'],
];

const notes = [
  '注：1.规模以上工业增加值增速按可比价格计算，其余为现价增速。',
  '2.全社会固定资产投资为50万元以上项目口径，不含农户投资。',
  '3.“占全年目标”为1-5月完成数占县委、县政府下达2007年目标任务的比重，时间进度为41.7%。',
  '4.存贷款余额为5月末数；农民人均现金收入、城镇居民人均可支配收入为抽样调查数。',
];

export function ruopingXls(): Buffer {
  return indicatorSheetXls('1-5月', {
    title: '若坪县2007年1-5月主要经济指标',
    compiler: '若坪县统计局',
    date: '2007年6月12日',
    header: ['指标', '单位', '5月', '1-5月', '同比增长%', '占全年目标%'],
    rows,
    notes,
    bureau: '若坪县统计局',
    format: (c) => (c >= 4 ? '0.0' : '0'),
    widths: [28, 10, 10, 12, 12, 13],
  });
}
