// The two-hundred-and-forty-fourth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through bureauWorkbookXls of
// bureau-sheets.ts): a Shanxi-style county 统计局's 2025年10月统计月报 (岢崞县 under 沁漳市), two sheets: 主要指标
// (指标 | 单位 | 本月 | 累计 | 同比±% | 全市位次, a 前三季度 GDP row, growth-only rows, '空' cells for figures not given
// that month and blank cells for none, 万元 fiscal rows, a 其中 row and a note naming 沁漳市13个县（市、区）) and 工业
// (本月 | 累计 | 同比±% of 原煤, 洗精煤, 焦炭 and 发电量, 煤炭工业 and 非煤工业 growths, revenue and profits).
// Invented place and figures; its answers are tests/accuracy/keguo-2025-m10-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const keguo = { name: 'keguo-2025-m10-indicators' };

/** A figure the bureau does not give for that column this month. */
const KONG = '空';

const sheets: SheetSpec[] = [
  {
    name: '主要指标',
    title: '岢崞县2025年10月统计月报——主要经济指标',
    unitLine: '2025年10月',
    header: ['指    标', '单位', '本月', '累计', '同比±%', '全市位次'],
    rows: [
      ['地区生产总值（前三季度）', '亿元', KONG, 98.74, 5.2, 6],
      ['规模以上工业增加值', '%', null, null, 6.8, 4],
      ['规模以上工业总产值', '亿元', 14.26, 132.85, 4.9, KONG],
      ['固定资产投资', '%', KONG, KONG, -4.6, 9],
      ['  其中：民间投资', '%', KONG, KONG, -11.2, KONG],
      ['社会消费品零售总额', '亿元', KONG, 31.47, 4.3, 7],
      ['一般公共预算收入', '万元', 18436, 157820, -6.4, 11],
      ['  其中：税收收入', '万元', 15212, 131265, -8.9, KONG],
      ['一般公共预算支出', '万元', 21608, 226547, 3.7, KONG],
      ['金融机构各项存款余额', '亿元', null, 186.35, 7.2, KONG],
      ['金融机构各项贷款余额', '亿元', null, 92.18, 5.6, KONG],
      ['全社会用电量', '万千瓦时', 13250, 128736, 3.1, KONG],
    ],
    notes: [
      '注：1.全市位次为累计增速在沁漳市13个县（市、区）中的位次。',
      '2.“空”表示该指标本月不统计或不公布，空白表示无此项数据。',
      '3.地区生产总值按季度核算，累计栏为前三季度数据。',
      '4.存贷款累计栏为10月末余额，同比为比上年同月末增长。',
    ],
    formats: [null, null, null, null, '0.0', '0'],
  },
  {
    name: '工业',
    title: '岢崞县2025年10月规模以上工业主要指标',
    unitLine: '2025年10月',
    header: ['指    标', '单位', '本月', '累计', '同比±%'],
    rows: [
      ['原煤产量', '万吨', 86.4, 812.6, 3.8],
      ['洗精煤产量', '万吨', 38.2, 356.9, -2.4],
      ['焦炭产量', '万吨', 12.5, 118.3, 1.6],
      ['发电量', '万千瓦时', 9825, 95416, 6.2],
      ['煤炭工业增加值', '%', KONG, KONG, 4.1],
      ['非煤工业增加值', '%', KONG, KONG, 13.5],
      ['规模以上工业营业收入', '亿元', null, 146.2, -3.1],
      ['规模以上工业企业利润总额', '亿元', null, 12.38, -18.6],
    ],
    notes: ['注：同比±%为累计比上年同期增减；煤炭工业、非煤工业只公布增加值累计增速。'],
    formats: [null, null, null, null, '0.0'],
  },
];

export function keguoXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '岢崞县统计局', nameWidth: 30, valueWidth: 12 });
}
