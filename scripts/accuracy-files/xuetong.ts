// The one-hundred-and-twenty-second held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as louao.ts
// and dongliu.ts write theirs): 峃潼区's (a Chongqing district) 统计月报 for 2025年1—8月 as its statistics bureau sends it
// round, four sheets: 主要指标 (指标 | 单位 | 1—8月 | 同比增长（%） | 全市排位, growth-only rows with — cells, 其中 rows
// indented with full-width spaces, a note naming the group 全市38个区县 and the three zones left out of it), 工业 (8月
// beside 1—8月 with their growths, three industries' output, a 产品销售率 row in %), 投资消费 (growth-only fields by
// industry and kind, 限额以上 retail, 商品房销售面积) and 财政金融 (revenue, tax, spending, balances at 8月末 with a
// 比年初增减 column). Each sheet has a merged title row, a unit (or date) line, 注 rows and the bureau's signature;
// figures are doubles shown through 0.00 or 0.0 formats. Invented place and figures; its answers are
// tests/accuracy/xuetong-2025-m8-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const xuetong = { name: 'xuetong-2025-m8-indicators' };

const DASH = '—';

const sheets: SheetSpec[] = [
  {
    name: '主要指标',
    title: '峃潼区2025年1—8月主要经济指标',
    unitLine: '2025年9月',
    header: ['指    标', '单位', '1—8月', '同比增长（%）', '全市排位'],
    rows: [
      ['规模以上工业总产值', '亿元', 412.36, 8.4, 12],
      ['规模以上工业增加值', DASH, DASH, 7.9, 9],
      ['固定资产投资', DASH, DASH, 5.2, 15],
      ['　其中：工业投资', DASH, DASH, 18.6, DASH],
      ['　　　　房地产开发投资', '亿元', 36.84, -14.3, DASH],
      ['社会消费品零售总额', '亿元', 186.52, 4.7, 11],
      ['一般公共预算收入', '亿元', 18.36, 3.9, 17],
      ['　其中：税收收入', '亿元', 11.27, 2.1, DASH],
      ['一般公共预算支出', '亿元', 42.18, 1.6, DASH],
      ['金融机构本外币存款余额', '亿元', 1086.4, 6.8, DASH],
      ['金融机构本外币贷款余额', '亿元', 924.7, 8.2, DASH],
      ['全社会用电量', '亿千瓦时', 24.38, 5.6, DASH],
    ],
    notes: [
      '注：1.全市排位为增速在全市38个区县中的位次（两江新区、西部科学城重庆高新区、万盛经开区不参与排位）。',
      '2.固定资产投资、工业投资按统计制度只公布增速；存贷款为8月末余额，增速为比上年同月末增长。',
    ],
    formats: [null, null, '0.00', '0.0', '0'],
  },
  {
    name: '工业',
    title: '峃潼区2025年1—8月规模以上工业主要指标',
    unitLine: '单位：亿元、%',
    header: ['指    标', '8月', '同比增长（%）', '1—8月', '同比增长（%）'],
    rows: [
      ['规模以上工业总产值', 53.62, 9.1, 412.36, 8.4],
      ['规模以上工业增加值', DASH, 8.3, DASH, 7.9],
      ['　汽车摩托车产业产值', 18.47, 12.6, 138.25, 10.8],
      ['　电子信息产业产值', 9.36, 6.2, 71.48, 5.3],
      ['　材料产业产值', 8.15, -3.4, 66.92, -2.7],
      ['规模以上工业产品销售率（%）', 97.6, DASH, 96.9, DASH],
    ],
    notes: ['注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。'],
    formats: [null, '0.00', '0.0', '0.00', '0.0'],
  },
  {
    name: '投资消费',
    title: '峃潼区2025年1—8月固定资产投资和消费品市场',
    unitLine: '单位：亿元、%',
    header: ['指    标', '单位', '1—8月', '同比增长（%）'],
    rows: [
      ['固定资产投资', DASH, DASH, 5.2],
      ['　按产业分：第一产业投资', DASH, DASH, -8.6],
      ['　　　　　　第二产业投资', DASH, DASH, 16.4],
      ['　　　　　　第三产业投资', DASH, DASH, 0.9],
      ['　其中：民间投资', DASH, DASH, -2.3],
      ['　　　　基础设施投资', DASH, DASH, 3.7],
      ['商品房销售面积', '万平方米', 48.62, -9.7],
      ['社会消费品零售总额', '亿元', 186.52, 4.7],
      ['　其中：限额以上单位消费品零售额', '亿元', 72.35, 6.1],
    ],
    notes: ['注：限额以上单位指年主营业务收入2000万元及以上的批发业、500万元及以上的零售业法人单位。'],
    formats: [null, null, '0.00', '0.0'],
  },
  {
    name: '财政金融',
    title: '峃潼区2025年1—8月财政金融主要指标',
    unitLine: '单位：亿元、%',
    header: ['指    标', '1—8月（8月末）', '同比增长（%）', '比年初增减'],
    rows: [
      ['一般公共预算收入', 18.36, 3.9, DASH],
      ['　其中：税收收入', 11.27, 2.1, DASH],
      ['一般公共预算支出', 42.18, 1.6, DASH],
      ['金融机构本外币存款余额', 1086.4, 6.8, 52.7],
      ['　其中：住户存款', 712.5, 9.4, 48.6],
      ['金融机构本外币贷款余额', 924.7, 8.2, 41.3],
    ],
    notes: ['注：财政数据来源于区财政局，金融数据来源于人民银行重庆市分行峃潼营业管理部。'],
    formats: [null, '0.00', '0.0', '0.0'],
  },
];

export function xuetongXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '峃潼区统计局', nameWidth: 36, valueWidth: 15 });
}
