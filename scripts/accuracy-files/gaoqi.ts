// Held-out-378's Excel 97–2003 workbook (session 45, .xls through bureau-sheets.ts's bureauWorkbookXls): a Henan-style
// county 统计局's 2008年1—2月 主要经济指标 (皋淇县 under 高渑市, both invented), one sheet of 指标 | 单位 | 1-2月 | 上年同期 |
// 增长% in the snowstorm winter: section rows 一…五 with no figures, 其中 rows, falling profits, power use, house-building
// and exports, rows with '—' in every column for the figures surveyed only by quarter, and a four-point 注 that says why
// 1月 is not published alone (春节). Invented place and figures; the answers are
// tests/accuracy/gaoqi-2008-m2-indicators.answers.json, written by hand.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const gaoqi = { name: 'gaoqi-2008-m2-indicators' };

const main: SheetSpec = {
  name: '1-2月主要经济指标',
  title: '皋淇县2008年1-2月份主要经济指标',
  unitLine: '单位：万元、万美元、%',
  header: ['指标', '单位', '1-2月', '上年同期', '增长%'],
  rows: [
    ['一、工业', null, null, null, null],
    ['规模以上工业增加值', '万元', 98650, 81260, 21.4],
    ['规模以上工业总产值', '万元', 386420, 305860, 26.3],
    ['规模以上工业企业主营业务收入', '万元', 372150, 292480, 27.2],
    ['规模以上工业企业实现利润', '万元', 21360, 22840, -6.5],
    ['全社会用电量', '万千瓦时', 24360, 24150, 0.9],
    ['　其中：工业用电量', '万千瓦时', 16480, 16920, -2.6],
    ['二、固定资产投资', null, null, null, null],
    ['城镇固定资产投资', '万元', 64280, 48650, 32.1],
    ['　其中：工业投资', '万元', 38760, 27930, 38.8],
    ['房地产开发投资', '万元', 5120, 5840, -12.3],
    ['商品房销售面积', '万平方米', 3.86, 4.52, -14.6],
    ['三、国内贸易', null, null, null, null],
    ['社会消费品零售总额', '万元', 71350, 60280, 18.4],
    ['四、对外经济', null, null, null, null],
    ['外贸出口', '万美元', 1186, 1293, -8.3],
    ['实际利用外资', '万美元', '—', '—', '—'],
    ['实际到位省外资金', '万元', '—', '—', '—'],
    ['五、财政金融', null, null, null, null],
    ['财政总收入', '万元', 13480, 11260, 19.7],
    ['　其中：地方财政一般预算收入', '万元', 8936, 7412, 20.6],
    ['地方财政一般预算支出', '万元', 15360, 12870, 19.3],
    ['金融机构各项存款余额', '万元', 586420, 498760, 17.6],
    ['金融机构各项贷款余额', '万元', 312850, 289460, 8.1],
    ['六、居民收入', null, null, null, null],
    ['农民人均现金收入', '元', '—', '—', '—'],
    ['城镇居民人均可支配收入', '元', '—', '—', '—'],
  ],
  notes: [
    '注：1.规模以上工业指年主营业务收入500万元及以上的工业企业；城镇固定资产投资为计划总投资50万元及以上项目。',
    '2.为消除春节因素影响，1月份数据不单独发布，1-2月数据合并统计（今年春节为2月7日，上年为2月18日）。',
    '3.实际利用外资、实际到位省外资金按季度统计，居民收入按季度调查，1-2月无数据，表中以“—”表示。',
    '4.存贷款余额为2月末数；工业增加值增长速度按可比价格计算，其余按现价计算。',
  ],
  formats: [null, null, null, null, '0.0'],
};

export const gaoqiXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '皋淇县统计局', nameWidth: 32, valueWidth: 12 });
