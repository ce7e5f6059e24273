// The three-hundred-and-seventy-ninth held-out batch's workbook (session 45): a Hainan-style county 统计局's 2012年6月
// 统计月报 (亥屿县, invented), one sheet through bureau-sheets.ts: 指标 | 单位 | 6月 | 1-6月 | 同比±%, section rows 一…八
// with no figures, 其中 rows, 热带农业 product rows in 吨 and 万头, 旅游 rows in 万人次, blank 6月 cells for quarterly
// figures, falling rows and a four-line 注. Invented place and figures; the answers are
// tests/accuracy/haiyu-2012-m6-monthly.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const haiyu = { name: 'haiyu-2012-m6-monthly' };

const main: SheetSpec = {
  name: '主要指标',
  title: '亥屿县2012年6月统计月报',
  unitLine: '2012年7月16日',
  header: ['指标', '单位', '6月', '1-6月', '同比±%'],
  rows: [
    ['一、地区生产总值', '亿元', null, 31.26, 9.4],
    ['  第一产业', '亿元', null, 12.84, 5.8],
    ['  第二产业', '亿元', null, 6.37, 14.6],
    ['  第三产业', '亿元', null, 12.05, 11.2],
    ['二、热带农业', '', null, null, null],
    ['农林牧渔业总产值', '亿元', null, 21.58, 6.1],
    ['天然橡胶产量', '吨', 2860, 9420, -3.7],
    ['槟榔产量', '吨', 1240, 5360, 8.6],
    ['瓜菜产量', '吨', 3150, 86420, 4.2],
    ['热带水果产量', '吨', 4280, 35870, 6.9],
    ['生猪出栏', '万头', 2.18, 14.65, 3.4],
    ['水产品产量', '吨', 3620, 19840, 5.1],
    ['三、工业', '', null, null, null],
    ['规模以上工业增加值', '亿元', 0.56, 3.12, 15.8],
    ['规模以上工业总产值', '亿元', 1.94, 10.86, 17.3],
    ['全社会用电量', '万千瓦时', 2476, 14318, 11.5],
    ['四、投资', '', null, null, null],
    ['固定资产投资', '亿元', 4.82, 18.64, 36.2],
    ['  其中：房地产开发投资', '亿元', 1.27, 6.93, 58.4],
    ['五、消费与外贸', '', null, null, null],
    ['社会消费品零售总额', '亿元', 1.36, 8.27, 16.4],
    ['外贸进出口总额', '万美元', 412, 2186, -12.5],
    ['六、旅游', '', null, null, null],
    ['接待游客总人数', '万人次', 8.62, 64.35, 18.7],
    ['  其中：过夜游客', '万人次', 3.15, 23.48, 21.3],
    ['旅游总收入', '万元', 6840, 52760, 24.6],
    ['七、财政', '', null, null, null],
    ['地方公共财政预算收入', '万元', 3286, 21574, 32.8],
    ['公共财政预算支出', '万元', 8462, 48365, 26.1],
    ['八、居民收入', '', null, null, null],
    ['城镇居民人均可支配收入', '元', null, 9268, 13.6],
    ['农民人均现金收入', '元', null, 4815, 15.2],
  ],
  notes: [
    '注：1.地区生产总值、农林牧渔业总产值及居民收入为季度数据，6月栏不填；',
    '2.同比±%为1-6月累计数比上年同期增减的百分比；',
    '3.规模以上工业指年主营业务收入2000万元及以上的工业企业；',
    '4.旅游数据含县内农场，由县旅游委提供；本表为快报数，以年报为准。',
  ],
  formats: [null, null, null, null, '0.0'],
};

export const haiyuXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '亥屿县统计局', nameWidth: 28, valueWidth: 12 });
