// The one-hundred-and-thirty-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through bureau-sheets.ts as
// xuetong.ts and louao.ts write theirs): 峑坭县's (a Guangxi county under 崟湄市) 2025年1—8月 主要经济指标 as its
// statistics bureau sends it round, three sheets: 全县 (指标 | 单位 | 1—8月 | 同比增长（%） | 全市排名, levels in 万元,
// growth-only rows with — cells, 其中 rows indented with full-width spaces, 8月末 balances, a tourism row lagged to
// 1—7月 and notes naming the 7 县（市、区） of the city), 工业 (8月 beside 1—8月 with their growths, two industries'
// output and the industrial electricity use) and 分乡镇 (the six townships' industrial output and investment growth
// with a 全县合计 row and a 乡镇排名 column). Invented place and figures; its answers are
// tests/accuracy/quanni-2025-m8-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const quanni = { name: 'quanni-2025-m8-indicators' };

const DASH = '—';

const sheets: SheetSpec[] = [
  {
    name: '全县',
    title: '峑坭县2025年1—8月主要经济指标',
    unitLine: '单位：万元、%',
    header: ['指    标', '单位', '1—8月', '同比增长（%）', '全市排名'],
    rows: [
      ['规模以上工业总产值', '万元', 1286450, 9.6, 3],
      ['规模以上工业增加值', DASH, DASH, 8.2, 4],
      ['固定资产投资', DASH, DASH, 6.8, 5],
      ['　其中：工业投资', DASH, DASH, 21.4, DASH],
      ['　　　　房地产开发投资', '万元', 48620, -17.3, DASH],
      ['社会消费品零售总额', '万元', 426380, 4.1, 6],
      ['　其中：限额以上单位消费品零售额', '万元', 96410, 7.5, DASH],
      ['一般公共预算收入', '万元', 52870, 3.6, 7],
      ['　其中：税收收入', '万元', 31460, -2.4, DASH],
      ['一般公共预算支出', '万元', 218540, 1.9, DASH],
      ['金融机构本外币存款余额', '万元', 2684300, 7.3, DASH],
      ['金融机构本外币贷款余额', '万元', 1938600, 10.4, DASH],
      ['全社会用电量', '万千瓦时', 64280, 5.2, DASH],
      ['旅游总消费（1—7月）', '亿元', 52.84, 14.2, 4],
    ],
    notes: [
      '注：1.全市排名为增速在崟湄市7个县（市、区）中的位次，“—”为不参与排名。',
      '2.规模以上工业增加值、固定资产投资按统计制度只公布增速；存贷款为8月末余额，增速为比上年同月末增长。',
      '3.旅游数据由县文化广电和旅游局提供，为1—7月数。',
    ],
    formats: [null, null, null, '0.0', '0'],
  },
  {
    name: '工业',
    title: '峑坭县2025年1—8月规模以上工业主要指标',
    unitLine: '单位：万元、%',
    header: ['指    标', '8月', '同比增长（%）', '1—8月', '同比增长（%）'],
    rows: [
      ['规模以上工业总产值', 168240, 10.8, 1286450, 9.6],
      ['规模以上工业增加值', DASH, 9.1, DASH, 8.2],
      ['　木材加工业产值', 32640, 12.3, 241580, 10.6],
      ['　电力生产和供应业产值', 18720, -4.2, 152860, -2.1],
      ['工业用电量（万千瓦时）', 5120, 9.4, 38920, 8.7],
    ],
    notes: ['注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。'],
    formats: [null, '0', '0.0', '0', '0.0'],
  },
  {
    name: '分乡镇',
    title: '峑坭县2025年1—8月分乡镇主要经济指标',
    unitLine: '单位：万元、%',
    header: ['乡  镇', '规上工业总产值', '同比增长（%）', '固定资产投资增速（%）', '乡镇排名'],
    rows: [
      ['全县合计', 1286450, 9.6, 6.8, DASH],
      ['峑坭镇', 462380, 11.2, 8.4, 1],
      ['那涧镇', 318240, 10.1, 5.6, 2],
      ['板岑镇', 201630, 8.7, 12.3, 3],
      ['坭垌镇', 154870, 7.9, -3.2, 4],
      ['岜坳乡', 89650, 6.4, 2.1, 5],
      ['弄峨乡', 59680, -1.8, -9.6, 6],
    ],
    notes: ['注：乡镇排名按规上工业总产值增速排序；分乡镇数据按企业注册地统计。'],
    formats: [null, '0', '0.0', '0.0', '0'],
  },
];

export function quanniXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '峑坭县统计局', nameWidth: 34, valueWidth: 15 });
}
