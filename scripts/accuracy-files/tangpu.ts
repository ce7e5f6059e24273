// The three-hundred-and-seventy-sixth held-out batch's workbook (session 45): a Shandong-style county 统计局's 2013年7月
// 统计月报 (棠浦县, invented), one sheet through bureau-sheets.ts: 指标 | 计量单位 | 7月 | 1-7月 | 同比±% | 全市位次,
// section rows 一…七 with no figures, 规模以上工业 product rows in 万吨/万千瓦时/辆, falling rows, balances with a — in
// the 7月 column and a three-line 注. Invented place and figures; the answers are
// tests/accuracy/tangpu-2013-m7-monthly.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const tangpu = { name: 'tangpu-2013-m7-monthly' };

const main: SheetSpec = {
  name: '主要指标',
  title: '棠浦县2013年7月统计月报',
  unitLine: '2013年8月12日',
  header: ['指标', '计量单位', '7月', '1-7月', '同比±%', '全市位次'],
  rows: [
    ['一、规模以上工业', '', null, null, null, null],
    ['规模以上工业增加值', '亿元', 8.62, 56.37, 13.8, 4],
    ['规模以上工业主营业务收入', '亿元', 41.25, 276.84, 15.2, 3],
    ['规模以上工业利税总额', '亿元', 3.86, 24.17, 9.6, 5],
    ['规模以上工业利润总额', '亿元', 2.41, 15.63, -4.3, 8],
    ['主要产品产量：', '', null, null, null, null],
    ['  原煤', '万吨', 18.6, 132.4, -7.5, null],
    ['  发电量', '万千瓦时', 21450, 148630, 6.2, null],
    ['  水泥', '万吨', 12.8, 84.9, 3.4, null],
    ['  农用运输车', '辆', 3260, 21875, -12.6, null],
    ['二、固定资产投资', '', null, null, null, null],
    ['固定资产投资', '亿元', 9.74, 68.35, 21.4, 6],
    ['  其中：工业投资', '亿元', 6.12, 42.86, 25.7, null],
    ['房地产开发投资', '亿元', 1.03, 7.26, -9.8, null],
    ['三、国内贸易', '', null, null, null, null],
    ['社会消费品零售总额', '亿元', 7.95, 54.62, 13.1, 7],
    ['四、对外经济', '', null, null, null, null],
    ['进出口总额', '万美元', 4680, 31270, -6.4, 9],
    ['  其中：出口', '万美元', 3520, 24380, 2.7, null],
    ['实际利用外资', '万美元', '—', 2150, 18.4, 5],
    ['五、财政', '', null, null, null, null],
    ['公共财政预算收入', '万元', 10840, 82360, 16.5, 4],
    ['  其中：税收收入', '万元', 8120, 61450, 14.9, null],
    ['公共财政预算支出', '万元', 15260, 98470, 11.2, null],
    ['六、金融', '', null, null, null, null],
    ['金融机构各项存款余额', '亿元', '—', 186.43, 14.6, null],
    ['金融机构各项贷款余额', '亿元', '—', 112.58, 11.3, null],
    ['七、能源', '', null, null, null, null],
    ['全社会用电量', '万千瓦时', 18640, 121750, 4.8, null],
    ['  其中：工业用电量', '万千瓦时', 13820, 90260, -2.1, null],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；',
    '2.同比±%为1-7月累计数比上年同期增减，全市位次按1-7月增速排列，全市共11个县（市、区）；',
    '3.金融机构存贷款为7月末余额；“—”表示无当月数。',
  ],
  formats: [null, null, '0.00', '0.00', '0.0', '0'],
};

export const tangpuXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '棠浦县统计局', nameWidth: 30, valueWidth: 12 });
