// The two-hundred-and-twenty-eighth held-out batch's Excel 97–2003 workbook (.xls, BIFF8; bureau-sheets.ts): a Hebei-style
// county 统计局's 2024年1—5月主要经济指标 (滹岢县 under 沧泓市) as the bureau sends it round: one sheet with a title merged across,
// the date at the right, one header row 指标 | 单位 | 1—5月 | 同比±% | 全市位次 | 位次变化 (↑2 / ↓1 / 持平 against 1—4月),
// units per row (% where only the growth is given, its 1—5月 cell —), 其中 rows indented with full-width spaces and ranked —,
// month-end deposit and loan balances, a jobs count with no growth, three 注 rows (the rank group 沧泓市11个县（市、区）, the
// 2000万元 threshold, the balances' dates) and the bureau's signature. Growths are doubles shown through a 0.0 format, levels as General.
// Invented place and figures; the answers are tests/accuracy/huke-2024-m5-indicators.answers.json.

import { bureauWorkbookXls, type Value } from './bureau-sheets.js';

export const huke = { name: 'huke-2024-m5-indicators' };

const rows: Value[][] = [
  ['规模以上工业增加值', '%', '—', 8.6, 3, '↑2'],
  ['　其中：制造业增加值', '%', '—', 9.2, '—', '—'],
  ['规模以上工业总产值', '亿元', 86.42, 7.9, 4, '持平'],
  ['固定资产投资', '%', '—', 11.3, 5, '↓1'],
  ['　其中：工业投资', '%', '—', 18.6, '—', '—'],
  ['　　　　房地产开发投资', '%', '—', -12.4, '—', '—'],
  ['社会消费品零售总额', '亿元', 42.36, 5.4, 6, '↑1'],
  ['一般公共预算收入', '亿元', 7.82, 6.1, 2, '持平'],
  ['　其中：税收收入', '亿元', 5.63, 3.8, '—', '—'],
  ['一般公共预算支出', '亿元', 16.45, 4.6, '—', '—'],
  ['金融机构各项存款余额', '亿元', 386.7, 7.2, '—', '—'],
  ['金融机构各项贷款余额', '亿元', 245.3, 9.8, '—', '—'],
  ['进出口总额', '亿元', 6.84, -3.2, 7, '↓2'],
  ['城镇新增就业', '人', 2135, '—', '—', '—'],
];

export function hukeXls(): Buffer {
  return bureauWorkbookXls(
    [
      {
        name: '主要指标',
        title: '滹岢县2024年1—5月主要经济指标',
        unitLine: '2024年6月20日',
        header: ['指标', '单位', '1—5月', '同比±%', '全市位次', '位次变化'],
        rows,
        notes: [
          '注：1.全市位次为增速在沧泓市11个县（市、区）中的位次，位次变化为与1—4月相比，↑为前移，↓为后移。',
          '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
          '3.存贷款余额为5月末数，增速为比上年同期增长。',
        ],
        formats: [null, null, null, '0.0', '0', null],
      },
    ],
    { bureau: '滹岢县统计局', nameWidth: 26, valueWidth: 11 },
  );
}
