// The two-hundred-and-twentieth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, laid out by bureau-sheets.ts;
// session 36): 勐垴县's (a Yunnan-style county under 澜岷州) 统计局 2022年1—10月主要经济指标, one sheet: a merged title,
// the date line at the right, a header 指标 | 单位 | 1—10月 | 同比±% | 全州位次, growth-only rows with — in the 1—10月 cell
// and 单位 %, quarterly rows given for 1—9月 with the months in the name, indented 其中 rows, — ranks for rows not ranked, balances at 10月末, then a four-line 注 (the ranks' group
// of 8 places named with the 州, and the moves of two growths against 1—9月) and the bureau's signature. Invented place
// and figures; its answers are tests/accuracy/mengnao-2022-m10-indicators.answers.json, written by hand from the rows.

import { bureauWorkbookXls, type SheetSpec, type Value } from './bureau-sheets.js';

export const mengnao = { name: 'mengnao-2022-m10-indicators' };

/** 指标, 单位, 1—10月 (null: —), 同比±%, 全州位次 (null: —). */
const rows: [string, string, number | null, number, number | null][] = [
  ['农林牧渔业总产值（1—9月）', '亿元', 48.26, 5.2, 4],
  ['规模以上工业增加值', '%', null, 8.6, 3],
  ['规模以上工业总产值', '亿元', 86.42, 10.3, 2],
  ['固定资产投资', '%', null, 12.4, 5],
  ['  其中：工业投资', '%', null, 35.6, null],
  ['        民间投资', '%', null, -6.2, null],
  ['        房地产开发投资', '%', null, -18.7, null],
  ['商品房销售面积', '万平方米', 18.36, -24.3, null],
  ['社会消费品零售总额', '亿元', 42.58, 3.6, 4],
  ['  其中：限额以上单位消费品零售额', '亿元', 11.27, 6.8, null],
  ['地方一般公共预算收入', '万元', 68420, 4.2, 6],
  ['  其中：税收收入', '万元', 44730, -2.1, null],
  ['一般公共预算支出', '万元', 312640, 7.9, null],
  ['金融机构各项存款余额', '亿元', 186.35, 11.2, null],
  ['金融机构各项贷款余额', '亿元', 142.08, 9.6, null],
  ['全社会用电量', '亿千瓦时', 9.64, 7.3, null],
  ['  其中：工业用电量', '亿千瓦时', 5.81, 9.8, null],
  ['外贸进出口总额', '万元', 96540, 28.4, 2],
  ['接待游客', '万人次', 486.3, 15.6, null],
  ['旅游总收入', '亿元', 52.74, 18.2, null],
  ['城镇常住居民人均可支配收入（1—9月）', '元', 29864, 4.3, 5],
  ['农村常住居民人均可支配收入（1—9月）', '元', 11532, 6.4, 3],
];

const sheet: SheetSpec = {
  name: '1—10月',
  title: '勐垴县2022年1—10月主要经济指标',
  unitLine: '2022年11月16日',
  header: ['指标', '单位', '1—10月', '同比±%', '全州位次'],
  rows: rows.map(([name, unit, level, growth, rank]): Value[] => [
    name,
    unit,
    level ?? '—',
    growth,
    rank ?? '—',
  ]),
  notes: [
    '注：1.本表为快报数据，规模以上工业增加值增速按可比价格计算，其余指标按现价计算；固定资产投资不含农户。',
    '2.全州位次为1—10月增速在澜岷州8个县（市）中的排位，“—”为不参与排位。',
    '3.存贷款余额为10月末数，增速为比上年同期增长。',
    '4.1—10月，全县规模以上工业增加值增速比1—9月回落0.7个百分点，固定资产投资增速比1—9月提高1.5个百分点。',
  ],
  formats: [null, null, null, '0.0', '0'],
};

export const mengnaoXls = (): Buffer =>
  bureauWorkbookXls([sheet], { bureau: '勐垴县统计局', nameWidth: 34, valueWidth: 12 });
