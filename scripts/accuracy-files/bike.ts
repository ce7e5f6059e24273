// The two-hundred-and-second held-out batch's workbook (session 35): an Anhui-style county 统计局's 2025年12月 统计月报
// (the year's 1—12月 figures) as an Excel 97–2003 .xls (沘岢县 under 淮岘市) through bureauWorkbookXls (bureau-sheets.ts):
// five sheets, 主要指标 (GDP and its three industries in 万元, growths published alone with '—', incomes in 元), 工业
// (规上工业增加值 again, 总产值 with 轻/重工业, 营业收入 and a falling 利润总额), 投资 (fields with growth only, 商品房销售面积),
// 消费 (限额以上, 城镇/乡村 and 商品零售/餐饮收入 halves that add up to the total) and 财政金融 (税收收入, 民生支出, 12月末
// balances, 住户存款余额); each with a 全市位次 column ('—' for rows not ranked) or none, and 注 rows naming the city's 7
// 县（区） and the statistical thresholds. Invented place and figures; the answers are
// tests/accuracy/bike-2025-m12-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const bike = { name: 'bike-2025-m12-indicators' };

const ranked = '全市位次为增速在淮岘市7个县（区）中的位次，“—”为不参与排位。';
const header = ['指标名称', '单位', '1—12月', '同比增长（%）', '全市位次'];
const formats = [null, null, '0', '0.0', null];

const main: SheetSpec = {
  name: '主要指标',
  title: '沘岢县2025年1—12月主要经济指标',
  unitLine: '单位：万元、元、%',
  header,
  rows: [
    ['地区生产总值', '万元', 3268450, 5.8, 3],
    ['  第一产业增加值', '万元', 462310, 3.4, '—'],
    ['  第二产业增加值', '万元', 1185260, 7.1, '—'],
    ['  第三产业增加值', '万元', 1620880, 5.6, '—'],
    ['规模以上工业增加值', '%', '—', 8.6, 2],
    ['固定资产投资', '%', '—', 4.2, 5],
    ['社会消费品零售总额', '万元', 1386240, 5.4, 4],
    ['一般公共预算收入', '万元', 186530, 6.3, 3],
    ['全体居民人均可支配收入', '元', 36842, 5.9, 4],
    ['  城镇居民人均可支配收入', '元', 48615, 4.8, 5],
    ['  农村居民人均可支配收入', '元', 24936, 6.6, 3],
  ],
  notes: ['注：1.地区生产总值为初步核算数，增速按不变价格计算。', `2.${ranked}`],
  formats,
};

const industry: SheetSpec = {
  name: '工业',
  title: '沘岢县2025年1—12月规模以上工业主要指标',
  unitLine: '单位：万元、%',
  header,
  rows: [
    ['规模以上工业增加值', '%', '—', 8.6, 2],
    ['规模以上工业总产值', '万元', 4862370, 9.4, 3],
    ['  其中：轻工业', '万元', 1528460, 6.2, '—'],
    ['        重工业', '万元', 3333910, 10.9, '—'],
    ['规模以上工业企业营业收入', '万元', 4695180, 8.7, '—'],
    ['规模以上工业企业利润总额', '万元', 218640, -4.3, '—'],
  ],
  notes: ['注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', `2.${ranked}`],
  formats,
};

const investment: SheetSpec = {
  name: '投资',
  title: '沘岢县2025年1—12月固定资产投资主要指标',
  unitLine: '单位：%、万平方米',
  header,
  rows: [
    ['固定资产投资', '%', '—', 4.2, 5],
    ['  其中：工业投资', '%', '—', 12.8, 2],
    ['          其中：制造业投资', '%', '—', 15.6, '—'],
    ['        基础设施投资', '%', '—', -6.4, '—'],
    ['        民间投资', '%', '—', 1.9, '—'],
    ['        房地产开发投资', '%', '—', -12.7, '—'],
    ['商品房销售面积', '万平方米', 48.36, -8.5, '—'],
  ],
  notes: [
    '注：1.固定资产投资统计范围为计划总投资500万元及以上的项目（不含农户），按统计制度只公布增速。',
    `2.${ranked}`,
  ],
  formats: [null, null, '0.00', '0.0', null],
};

const consumption: SheetSpec = {
  name: '消费',
  title: '沘岢县2025年1—12月消费品市场主要指标',
  unitLine: '单位：万元、%',
  header,
  rows: [
    ['社会消费品零售总额', '万元', 1386240, 5.4, 4],
    ['  其中：限额以上单位消费品零售额', '万元', 512680, 7.9, '—'],
    ['  按经营地分：城镇消费品零售额', '万元', 1024380, 5.1, '—'],
    ['              乡村消费品零售额', '万元', 361860, 6.3, '—'],
    ['  按消费类型分：商品零售', '万元', 1218650, 5.0, '—'],
    ['                餐饮收入', '万元', 167590, 8.2, '—'],
  ],
  notes: [
    '注：1.限额以上单位指年主营业务收入2000万元及以上的批发业、500万元及以上的零售业、200万元及以上的住宿和餐饮业法人单位。',
    `2.${ranked}`,
  ],
  formats,
};

const finance: SheetSpec = {
  name: '财政金融',
  title: '沘岢县2025年财政金融主要指标',
  unitLine: '单位：万元、%',
  header: ['指标名称', '单位', '1—12月（12月末）', '同比增长（%）', '全市位次'],
  rows: [
    ['一般公共预算收入', '万元', 186530, 6.3, 3],
    ['  其中：税收收入', '万元', 128470, 4.1, '—'],
    ['一般公共预算支出', '万元', 612840, 2.7, '—'],
    ['  其中：民生支出', '万元', 524370, 3.5, '—'],
    ['金融机构人民币存款余额', '万元', 5268430, 9.6, 4],
    ['  其中：住户存款余额', '万元', 3986210, 12.3, '—'],
    ['金融机构人民币贷款余额', '万元', 3842650, 10.8, 3],
  ],
  notes: ['注：1.存、贷款余额为12月末数，增速为比上年同期增长。', `2.${ranked}`],
  formats,
};

export const bikeXls = (): Buffer =>
  bureauWorkbookXls([main, industry, investment, consumption, finance], {
    bureau: '沘岢县统计局',
    nameWidth: 34,
    valueWidth: 13,
  });
