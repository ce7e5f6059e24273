// The two-hundred-and-fiftieth held-out batch's workbook (session 37): a Fujian-style county 统计局's 2019年1—9月主要经济指标
// as an Excel 97–2003 .xls (潆峃县 under 湄岚市) through bureauWorkbookXls (bureau-sheets.ts): two sheets, 主要指标 (GDP and
// its three industries in 亿元, growth-only rows with unit % and '—', a falling 房地产开发投资 and 出口总额, 财政总收入 with
// its 其中 rows in 万元, 9月末 balances, incomes in 元, 居民消费价格 as a growth) and 工业分行业 (the county's four leading
// industries' 规上产值 with growths, no ranks), a 同比±% column and a 全市位次 column ('—' for rows not ranked), 注 rows
// naming the city's 10 县（市、区） and the investment threshold. Invented place and figures; the answers are
// tests/accuracy/yingxue-2019-q3-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const yingxue = { name: 'yingxue-2019-q3-indicators' };

const formats = [null, null, '0.00', '0.0', null];

const main: SheetSpec = {
  name: '主要指标',
  title: '潆峃县2019年1—9月主要经济指标',
  unitLine: '2019年10月21日',
  header: ['指标', '单位', '1—9月', '同比±%', '全市位次'],
  rows: [
    ['地区生产总值', '亿元', 186.42, 7.9, 3],
    ['  第一产业增加值', '亿元', 21.35, 3.6, '—'],
    ['  第二产业增加值', '亿元', 98.17, 8.8, '—'],
    ['  第三产业增加值', '亿元', 66.9, 7.6, '—'],
    ['规模以上工业增加值', '%', '—', 9.2, 2],
    ['规模以上工业总产值', '亿元', 412.56, 10.1, '—'],
    ['工业用电量', '万千瓦时', 68452, 6.7, '—'],
    ['固定资产投资', '%', '—', 11.3, 4],
    ['  其中：民间投资', '%', '—', 8.6, '—'],
    ['        基础设施投资', '%', '—', 15.8, '—'],
    ['        房地产开发投资', '亿元', 18.64, -4.2, '—'],
    ['社会消费品零售总额', '亿元', 62.38, 10.6, 5],
    ['  其中：限额以上消费品零售额', '亿元', 21.46, 12.3, '—'],
    ['财政总收入', '万元', 168540, 6.8, 6],
    ['  其中：地方一般公共预算收入', '万元', 102365, 5.2, 6],
    ['        其中：税收收入', '万元', 78420, 4.1, '—'],
    ['一般公共预算支出', '万元', 256830, 9.4, '—'],
    ['出口总额', '亿元', 24.68, -3.5, 7],
    ['实际利用外资', '万美元', 4320, 6.2, '—'],
    ['金融机构各项存款余额', '亿元', 312.45, 9.6, '—'],
    ['金融机构各项贷款余额', '亿元', 268.73, 13.2, '—'],
    ['城镇居民人均可支配收入', '元', 32186, 8.3, 4],
    ['农村居民人均可支配收入', '元', 15734, 9.1, 3],
    ['居民消费价格', '%', '—', 2.7, '—'],
  ],
  notes: [
    '注：1.地区生产总值为初步核算数，增速按可比价计算。',
    '2.全市位次为增速在湄岚市10个县（市、区）中的位次，“—”为不参与排位。',
    '3.固定资产投资统计范围为计划总投资500万元及以上项目，只公布增速。',
    '4.存、贷款余额为9月末数，增速为比上年同期增长。',
  ],
  formats,
};

const industry: SheetSpec = {
  name: '工业分行业',
  title: '潆峃县2019年1—9月规模以上工业主导产业产值',
  unitLine: '单位：亿元、%',
  header: ['行业', '单位', '1—9月', '同比±%', '占规上工业比重'],
  rows: [
    ['食品加工', '亿元', 126.35, 8.4, 30.6],
    ['纺织鞋服', '亿元', 98.72, 5.1, 23.9],
    ['建材', '亿元', 64.18, -2.6, 15.6],
    ['电子信息', '亿元', 41.27, 24.8, 10.0],
  ],
  notes: ['注：比重为占规模以上工业总产值的比重。'],
  formats: [null, null, '0.00', '0.0', '0.0'],
};

export const yingxueXls = (): Buffer =>
  bureauWorkbookXls([main, industry], { bureau: '潆峃县统计局', nameWidth: 32, valueWidth: 12 });
