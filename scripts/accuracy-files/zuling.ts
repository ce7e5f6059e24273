// The three-hundred-and-seventy-second held-out batch's workbook (session 44): a Hunan-style county 统计局's
// 2009年1—6月 主要经济指标 (祖岭县, invented), one sheet through bureau-sheets.ts: 指标 | 单位 | 1-6月 | 同比增长% |
// 比一季度增减, section rows 一…七, negative rows (工业用电量, 房地产开发投资, 财政总收入, 出口总额) and a 注. Invented
// place and figures; the answers are tests/accuracy/zuling-2009-h1-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const zuling = { name: 'zuling-2009-h1-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '祖岭县2009年1—6月主要经济指标',
  unitLine: '祖岭县统计局',
  header: ['指标', '单位', '1-6月', '同比增长%', '比一季度增减'],
  rows: [
    ['一、地区生产总值', '亿元', 29.64, 10.6, 1.8],
    ['  第一产业', '亿元', 6.85, 4.2, 0.6],
    ['  第二产业', '亿元', 12.37, 14.8, 3.5],
    ['  第三产业', '亿元', 10.42, 9.9, 0.4],
    ['二、工业', '', null, null, null],
    ['规模工业增加值', '亿元', 8.16, 15.3, 4.1],
    ['规模工业总产值', '亿元', 27.45, 12.7, 5.2],
    ['工业用电量', '万千瓦时', 8624, -6.8, 3.7],
    ['三、投资', '', null, null, null],
    ['城镇固定资产投资', '亿元', 18.92, 38.5, -4.6],
    ['  其中：工业投资', '亿元', 7.36, 52.1, 8.3],
    ['房地产开发投资', '亿元', 1.48, -12.4, 6.2],
    ['四、消费', '', null, null, null],
    ['社会消费品零售总额', '亿元', 11.27, 18.9, 0.7],
    ['五、财政金融', '', null, null, null],
    ['财政总收入', '万元', 21460, -5.2, 7.4],
    ['  其中：地方财政一般预算收入', '万元', 11830, 6.3, 2.9],
    ['金融机构各项存款余额', '亿元', 45.18, 24.6, 3.1],
    ['金融机构各项贷款余额', '亿元', 19.72, 31.8, 5.4],
    ['六、对外经济', '', null, null, null],
    ['出口总额', '万美元', 1245, -28.6, 4.2],
    ['实际利用外资', '万美元', 1860, 12.5, -3.4],
    ['七、居民收入', '', null, null, null],
    ['城镇居民人均可支配收入', '元', 6124, 8.9, -0.4],
    ['农民人均现金收入', '元', 2985, 8.1, 0.3],
  ],
  notes: [
    '注：1.地区生产总值为初步核算数，增速按可比价格计算；',
    '2.规模工业指年主营业务收入500万元及以上的工业企业；',
    '3.比一季度增减指1-6月增速与1-3月增速之差，单位为百分点。',
  ],
  formats: [null, null, '0.00', '0.0', '0.0'],
};

export const zulingXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '祖岭县统计局', nameWidth: 30, valueWidth: 14 });
