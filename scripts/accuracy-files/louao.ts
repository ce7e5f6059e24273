// The sixty-fourth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as yongcen.ts writes its):
// 溇岙县's (under 衢澄市, Zhejiang) 统计月报 for 2023年1—10月 as the county statistics bureau attaches it, five sheets:
// 主要指标 (指标 | 单位 | 1—10月累计 | 同比±% | 全市位次, growth-only rows with — cells, indented 其中 rows, a note naming
// the group 衢澄市6个县（市、区）), 工业 (10月 本月 | 同比±% beside 1—10月 累计 | 同比±%, branches and two named
// aggregates, a 产销率 row), 投资 (growth-only fields, property investment and sales), 消费 (by place and by kind) and
// 财政金融 (财政总收入, revenue, tax, spending, balances at 10月末 with 比年初增减). Each sheet has a merged title row, a
// unit (or date) line, a 注： row and the bureau's signature; figures are doubles shown through 0.00 or 0.0 formats.
// Invented place and figures; its answers are tests/accuracy/louao-2023-m10-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const louao = { name: 'louao-2023-m10-indicators' };

const DASH = '—';

const sheets: SheetSpec[] = [
  {
    name: '主要指标',
    title: '溇岙县2023年1—10月主要经济指标',
    unitLine: '2023年11月',
    header: ['指  标', '单位', '1—10月累计', '同比±%', '全市位次'],
    rows: [
      ['规模以上工业增加值', '亿元', 98.64, 7.3, 2],
      ['规模以上工业总产值', '亿元', 432.18, 5.6, DASH],
      ['固定资产投资', DASH, DASH, 9.8, 3],
      ['  其中：工业投资', DASH, DASH, 21.4, DASH],
      ['        房地产开发投资', '亿元', 38.25, -8.6, DASH],
      ['社会消费品零售总额', '亿元', 156.37, 6.9, 4],
      ['  其中：限额以上单位消费品零售额', '亿元', 62.18, 8.2, DASH],
      ['外贸进出口总额', '亿元', 118.46, 4.3, DASH],
      ['  其中：出口', '亿元', 96.72, 5.1, 2],
      ['一般公共预算收入', '亿元', 31.85, 6.4, 3],
      ['  其中：税收收入', '亿元', 27.06, 5.2, DASH],
      ['一般公共预算支出', '亿元', 52.47, 8.9, DASH],
      ['金融机构本外币存款余额', '亿元', 1186.5, 9.6, DASH],
      ['金融机构本外币贷款余额', '亿元', 1042.3, 12.8, DASH],
      ['全社会用电量', '亿千瓦时', 34.62, 7.7, DASH],
      ['  其中：工业用电量', '亿千瓦时', 24.15, 8.3, DASH],
    ],
    notes: [
      '注：1.全市位次为增速在衢澄市6个县（市、区）中的位次。',
      '2.固定资产投资、工业投资按统计制度只公布增速。',
      '3.存贷款为10月末余额，增速为比上年同月末增长。',
    ],
    formats: [null, null, '0.00', '0.0', '0'],
  },
  {
    name: '工业',
    title: '溇岙县2023年10月规模以上工业生产情况',
    unitLine: '单位：亿元、%',
    header: ['指  标', '10月', '同比±%', '1—10月累计', '同比±%'],
    rows: [
      ['规模以上工业增加值', 10.47, 8.9, 98.64, 7.3],
      ['规模以上工业总产值', 45.36, 6.8, 432.18, 5.6],
      ['  其中：纺织业', DASH, DASH, 11.82, 4.6],
      ['        通用设备制造业', DASH, DASH, 14.36, 11.2],
      ['        电气机械和器材制造业', DASH, DASH, 12.05, 9.5],
      ['        化学原料和化学制品制造业', DASH, DASH, 8.74, -3.8],
      ['高新技术产业增加值', DASH, DASH, 64.27, 10.4],
      ['战略性新兴产业增加值', DASH, DASH, 38.93, 12.6],
      ['工业产品产销率（%）', 98.1, DASH, 97.8, DASH],
    ],
    notes: ['注：行业数据为规模以上工业增加值；高新技术产业、战略性新兴产业与行业分类有交叉。'],
    formats: [null, '0.00', '0.0', '0.00', '0.0'],
  },
  {
    name: '投资',
    title: '溇岙县2023年1—10月固定资产投资情况',
    unitLine: '单位：亿元、万平方米、%',
    header: ['指  标', '1—10月累计', '同比±%'],
    rows: [
      ['固定资产投资', DASH, 9.8],
      ['  其中：工业投资', DASH, 21.4],
      ['          #技改投资', DASH, 15.7],
      ['        基础设施投资', DASH, 6.2],
      ['        民间投资', DASH, 4.5],
      ['房地产开发投资', 38.25, -8.6],
      ['商品房销售面积', 42.36, -11.3],
    ],
    notes: ['注：技改投资为工业投资中的技术改造投资。'],
    formats: [null, '0.00', '0.0'],
  },
  {
    name: '消费',
    title: '溇岙县2023年1—10月社会消费品零售总额',
    unitLine: '单位：亿元、%',
    header: ['指  标', '1—10月累计', '同比±%'],
    rows: [
      ['社会消费品零售总额', 156.37, 6.9],
      ['按经营地分', null, null],
      ['  城镇', 128.44, 6.5],
      ['  乡村', 27.93, 8.8],
      ['按消费形态分', null, null],
      ['  商品零售', 140.12, 6.3],
      ['  餐饮收入', 16.25, 12.4],
      ['限额以上单位消费品零售额', 62.18, 8.2],
    ],
    notes: ['注：城镇、乡村按经营单位所在地划分。'],
    formats: [null, '0.00', '0.0'],
  },
  {
    name: '财政金融',
    title: '溇岙县2023年1—10月财政金融情况',
    unitLine: '单位：亿元、%',
    header: ['指  标', '1—10月累计（10月末余额）', '同比±%', '比年初增减'],
    rows: [
      ['财政总收入', 58.34, 5.9, DASH],
      ['一般公共预算收入', 31.85, 6.4, DASH],
      ['  其中：税收收入', 27.06, 5.2, DASH],
      ['一般公共预算支出', 52.47, 8.9, DASH],
      ['金融机构本外币存款余额', 1186.5, 9.6, 86.42],
      ['  其中：住户存款', 812.36, 11.2, 71.05],
      ['金融机构本外币贷款余额', 1042.3, 12.8, 98.67],
    ],
    notes: ['注：财政数据来源于县财政局，金融数据来源于人民银行溇岙县支行。'],
    formats: [null, '0.00', '0.0', '0.00'],
  },
];

export function louaoXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '溇岙县统计局', nameWidth: 34, valueWidth: 14 });
}
