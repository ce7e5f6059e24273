// Held-out-472 (session 50): a Guangdong-style county 统计局's 沣岑县2005年4月统计月报 (沣岑县, invented), one .xlsx of two
// sheets through bureau-sheets.ts: 主要指标 (指标名称 | 计量单位 | 1—4月 | 同比±%, indented 其中 rows, 万元, 万美元, 万千瓦时,
// 万人次 and 万平方米 units, a three-line 注 without figures) and 分行业 (规模以上工业 by industry, the total first). Invented
// place and figures; the answers are tests/accuracy/fengcen-2005-m1-4-monthly.answers.json.

import { bureauWorkbookXlsx, type SheetSpec, type Value } from './bureau-sheets.js';

export const fengcen = { name: 'fengcen-2005-m1-4-monthly' };

/** 指标名称, 计量单位, 1—4月, 同比±%. */
export const fengcenRows: readonly (readonly Value[])[] = [
  ['规模以上工业总产值', '万元', 186420, 24.6],
  ['  其中：轻工业', '万元', 98350, 21.8],
  ['        重工业', '万元', 88070, 27.9],
  ['规模以上工业增加值', '万元', 52860, 22.3],
  ['规模以上工业企业利润总额', '万元', 7820, 18.4],
  ['工业用电量', '万千瓦时', 10650, 16.8],
  ['全社会用电量', '万千瓦时', 18460, 14.2],
  ['全社会固定资产投资', '万元', 68540, 31.2],
  ['  其中：城镇固定资产投资', '万元', 54260, 35.6],
  ['        房地产开发投资', '万元', 9870, 42.3],
  ['社会消费品零售总额', '万元', 73680, 13.4],
  ['  其中：城镇消费品零售额', '万元', 46250, 14.2],
  ['        乡村消费品零售额', '万元', 27430, 12.1],
  ['外贸进出口总额', '万美元', 8650, 19.7],
  ['  其中：出口', '万美元', 6120, 22.4],
  ['实际利用外资', '万美元', 1280, 26.5],
  ['地方财政一般预算收入', '万元', 8960, 16.2],
  ['地方财政一般预算支出', '万元', 12480, 11.8],
  ['金融机构各项存款余额', '万元', 486520, 12.6],
  ['  其中：城乡居民储蓄存款余额', '万元', 362180, 11.4],
  ['金融机构各项贷款余额', '万元', 241360, 8.9],
  ['邮电业务总量', '万元', 5860, 18.6],
  ['接待游客', '万人次', 42.6, 15.8],
  ['旅游总收入', '万元', 16840, 18.2],
  ['商品房销售面积', '万平方米', 6.82, -4.5],
];

/** 行业, 计量单位, 1—4月, 同比±%: the industries sum to the total. */
export const fengcenIndustries: readonly (readonly Value[])[] = [
  ['规模以上工业总产值', '万元', 186420, 24.6],
  ['  食品制造业', '万元', 21680, 12.4],
  ['  纺织业', '万元', 18920, 8.6],
  ['  纺织服装、鞋、帽制造业', '万元', 26840, 15.2],
  ['  家具制造业', '万元', 9860, -3.4],
  ['  造纸及纸制品业', '万元', 12460, 18.8],
  ['  非金属矿物制品业', '万元', 31250, 35.6],
  ['  金属制品业', '万元', 15820, 28.4],
  ['  电气机械及器材制造业', '万元', 29540, 41.2],
  ['  电力、热力的生产和供应业', '万元', 20050, 22.5],
];

const main: SheetSpec = {
  name: '主要指标',
  title: '沣岑县2005年4月统计月报——主要经济指标',
  unitLine: '沣岑县统计局  2005年5月12日',
  header: ['指标名称', '计量单位', '1—4月', '同比±%'],
  rows: fengcenRows,
  notes: [
    '注：1.工业数据为规模以上工业企业快报数，增加值增速按可比价格计算；',
    '2.存、贷款余额为4月末数，同比为比上年同期末增减；',
    '3.外贸数据来自海关，财政数据来自县财政局。',
  ],
  formats: [null, null, null, '0.0'],
};

const industries: SheetSpec = {
  name: '分行业',
  title: '沣岑县2005年1—4月规模以上工业分行业总产值',
  unitLine: '单位：万元',
  header: ['行业', '计量单位', '1—4月', '同比±%'],
  rows: fengcenIndustries,
  notes: ['注：按当年价格计算，行业按国民经济行业分类（GB/T4754-2002）大类列示主要行业。'],
  formats: [null, null, null, '0.0'],
};

export const fengcenXlsx = (): Buffer =>
  bureauWorkbookXlsx([main, industries], { bureau: '沣岑县统计局', nameWidth: 30, valueWidth: 12 });
