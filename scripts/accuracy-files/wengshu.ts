// The one-hundred-and-fifty-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through bureauWorkbookXls of
// bureau-sheets.ts): 滃沭县's (an Anhui county under 郪蒙市) 统计月报 for 2026年1—9月 as its statistics bureau sends it
// round, four sheets: 主要指标 (指标 | 单位 | 1—9月 | 同比增长（%）, growth-only rows with — cells), 工业 (9月 beside
// 1—9月 with their growths), 投资与消费 (growth-only investment by kind, 限额以上 retail, a fall in 房地产开发投资) and
// 全市县区比较 (the six 县区 and the city, each growth with its 位次 column, a note naming the group). Invented place and
// figures; its answers are tests/accuracy/wengshu-2026-q3-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const wengshu = { name: 'wengshu-2026-q3-indicators' };

const DASH = '—';

const sheets: SheetSpec[] = [
  {
    name: '主要指标',
    title: '滃沭县2026年1—9月主要经济指标',
    unitLine: '2026年10月',
    header: ['指    标', '单位', '1—9月', '同比增长（%）'],
    rows: [
      ['地区生产总值', '亿元', 236.48, 5.6],
      ['  第一产业增加值', '亿元', 28.73, 3.4],
      ['  第二产业增加值', '亿元', 94.16, 6.8],
      ['  第三产业增加值', '亿元', 113.59, 5.1],
      ['规模以上工业增加值', DASH, DASH, 7.2],
      ['固定资产投资', DASH, DASH, 4.1],
      ['社会消费品零售总额', '亿元', 92.35, 5.3],
      ['一般公共预算收入', '亿元', 14.26, 3.8],
      ['  其中：税收收入', '亿元', 10.17, 2.9],
      ['城镇常住居民人均可支配收入', '元', 35846, 4.7],
      ['农村常住居民人均可支配收入', '元', 18927, 6.4],
      ['金融机构人民币存款余额', '亿元', 412.6, 7.9],
      ['金融机构人民币贷款余额', '亿元', 338.15, 9.2],
    ],
    notes: [
      '注：1.地区生产总值按季度统一核算，增速按可比价格计算；固定资产投资、规模以上工业增加值按统计制度只公布增速。',
      '2.存贷款为9月末余额，增速为比上年同月末增长；居民收入为一体化住户调查数据。',
    ],
    formats: [null, null, '0.00', '0.0'],
  },
  {
    name: '工业',
    title: '滃沭县2026年1—9月规模以上工业主要指标',
    unitLine: '单位：亿元、%',
    header: ['指    标', '9月', '同比增长（%）', '1—9月', '同比增长（%）'],
    rows: [
      ['规模以上工业总产值', 37.84, 9.1, 318.52, 8.3],
      ['规上工业营业收入', 36.27, 7.6, 305.17, 6.9],
      ['规上工业利润总额', 1.62, -3.5, 14.83, -5.2],
      ['工业用电量（亿千瓦时）', 0.71, 10.4, 6.24, 9.6],
    ],
    notes: ['注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。'],
    formats: [null, '0.00', '0.0', '0.00', '0.0'],
  },
  {
    name: '投资与消费',
    title: '滃沭县2026年1—9月固定资产投资和消费品市场',
    unitLine: '单位：亿元、%',
    header: ['指    标', '单位', '1—9月', '同比增长（%）'],
    rows: [
      ['工业投资', DASH, DASH, 12.6],
      ['  其中：制造业投资', DASH, DASH, 15.3],
      ['工业技改投资', DASH, DASH, 18.4],
      ['房地产开发投资', '亿元', 18.74, -9.8],
      ['限额以上单位消费品零售额', '亿元', 31.62, 7.4],
    ],
    notes: ['注：限额以上单位指年主营业务收入2000万元及以上的批发业、500万元及以上的零售业法人单位。'],
    formats: [null, null, '0.00', '0.0'],
  },
  {
    name: '全市县区比较',
    title: '2026年1—9月郪蒙市各县区主要指标增速及位次',
    unitLine: '单位：%',
    header: [
      '县  区',
      '地区生产总值',
      '位次',
      '规上工业增加值',
      '位次',
      '固定资产投资',
      '位次',
      '社会消费品零售总额',
      '位次',
    ],
    rows: [
      ['全  市', 5.3, DASH, 6.9, DASH, 3.6, DASH, 5.0, DASH],
      ['郪蒙区', 5.1, 4, 6.2, 5, 2.8, 4, 4.6, 5],
      ['瀼川区', 4.8, 6, 5.7, 6, 1.9, 5, 4.9, 4],
      ['滃沭县', 5.6, 2, 7.2, 3, 4.1, 3, 5.3, 2],
      ['甪溇县', 5.8, 1, 8.1, 1, 5.6, 1, 5.5, 1],
      ['舣峁县', 5.0, 5, 7.4, 2, 4.7, 2, 4.4, 6],
      ['漴圩县', 5.3, 3, 6.6, 4, 1.2, 6, 5.1, 3],
    ],
    notes: ['注：位次为增速在全市6个县区中的排序。'],
    formats: [null, '0.0', '0', '0.0', '0', '0.0', '0', '0.0', '0'],
  },
];

export const wengshuXls = (): Buffer =>
  bureauWorkbookXls(sheets, { bureau: '滃沭县统计局', nameWidth: 30, valueWidth: 12 });
