// The three-hundred-and-eighty-second held-out batch's workbook (session 45): a Ningxia-style county 统计局's 2012年12月
// 主要经济指标 (允泉县 under 沓原市, both invented), one sheet through bureau-sheets.ts: 指标 | 单位 | 12月 | 1-12月 |
// 同比增长% | 全市位次, section rows 一…七 with no figures, 其中 rows, blank 12月 cells for the yearly rows (GDP, the
// industries, 农业, the year-end balances and incomes), '—' where a row is not ranked, 原煤产量 and 房地产开发投资 falling,
// and a four-line 注 saying the year's figures are 快报 and naming the city's five counties. Invented place and figures;
// the answers are tests/accuracy/yunquan-2012-m12-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const yunquan = { name: 'yunquan-2012-m12-indicators' };

const main: SheetSpec = {
  name: '主要经济指标',
  title: '允泉县2012年12月主要经济指标',
  unitLine: '2013年1月18日',
  header: ['指标', '单位', '12月', '1-12月', '同比增长%', '全市位次'],
  rows: [
    ['一、综合', '', null, null, null, null],
    ['地区生产总值', '亿元', null, 68.42, 11.6, 3],
    ['  第一产业增加值', '亿元', null, 9.36, 5.2, '—'],
    ['  第二产业增加值', '亿元', null, 36.85, 14.3, '—'],
    ['  第三产业增加值', '亿元', null, 22.21, 9.8, '—'],
    ['二、农业', '', null, null, null, null],
    ['农林牧渔业总产值', '亿元', null, 15.74, 5.9, 2],
    ['粮食总产量', '万吨', null, 24.6, 3.1, '—'],
    ['牛奶产量', '万吨', 1.12, 13.85, 9.4, '—'],
    ['三、工业', '', null, null, null, null],
    ['规模以上工业增加值', '亿元', 3.18, 31.64, 15.2, 2],
    ['规模以上工业总产值', '亿元', 10.27, 118.35, 17.6, 2],
    ['原煤产量', '万吨', 46.2, 512.8, -4.6, '—'],
    ['发电量', '亿千瓦时', 4.37, 49.86, 12.3, '—'],
    ['工业用电量', '亿千瓦时', 3.05, 34.72, 10.8, '—'],
    ['四、投资', '', null, null, null, null],
    ['500万元以上固定资产投资', '亿元', 5.26, 92.47, 28.4, 4],
    ['  其中：工业投资', '亿元', 3.12, 51.36, 35.7, '—'],
    ['房地产开发投资', '亿元', 0.84, 7.95, -12.6, '—'],
    ['五、消费', '', null, null, null, null],
    ['社会消费品零售总额', '亿元', 1.96, 19.83, 15.1, 3],
    ['六、财政金融', '', null, null, null, null],
    ['地方公共财政预算收入', '万元', 3862, 41275, 24.6, 1],
    ['公共财政预算支出', '万元', 11426, 126548, 21.3, '—'],
    ['金融机构各项存款余额', '亿元', null, 86.34, 16.2, '—'],
    ['金融机构各项贷款余额', '亿元', null, 71.58, 19.7, '—'],
    ['七、居民收入', '', null, null, null, null],
    ['城镇居民人均可支配收入', '元', null, 18426, 13.2, 3],
    ['农民人均纯收入', '元', null, 6358, 14.5, 2],
  ],
  notes: [
    '注：1.本表1-12月数据为快报数，最终数据以年报为准；',
    '2.12月栏为当月数，同比增长%为1-12月累计数比上年同期增长的百分比；地区生产总值、农业、存贷款余额及居民收入为年度数，12月栏不填；',
    '3.全市位次为1-12月增速在沓原市5个县（区）中的位次，“—”为不参加排位；',
    '4.规模以上工业指年主营业务收入2000万元及以上的工业企业。',
  ],
  formats: [null, null, null, null, '0.0', null],
};

export const yunquanXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '允泉县统计局', nameWidth: 28, valueWidth: 12 });
