// The two-hundred-and-ninety-first held-out batch's Excel 97–2003 workbook (session 40, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Qinghai-style pastoral county 统计局's 2024年一季度主要经济指标 (泊曲县 under 帕玛州, invented), one
// sheet of 指标 | 单位 | 1—3月 | 同比±% with the three industries under GDP, 牧业产值 under 农林牧渔业总产值, herds at 3月末
// (牦牛 in 万头, 藏羊 in 万只), 牲畜出栏 and 肉类产量 in 吨, growths published alone ('—' levels, 单位 %), negative growths,
// 3月末 balances, electricity in 万千瓦时, both income halves, and a four-line 注 with the 规上/投资 thresholds. Invented
// place and figures; the answers are tests/accuracy/boqu-2024-q1-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const boqu = { name: 'boqu-2024-q1-indicators' };

const main: SheetSpec = {
  name: '一季度主要指标',
  title: '泊曲县2024年一季度主要经济指标',
  unitLine: '单位：万元、%',
  header: ['指标', '单位', '1—3月', '同比±%'],
  rows: [
    ['地区生产总值', '万元', 86420, 5.3],
    ['　第一产业增加值', '万元', 21650, 4.1],
    ['　第二产业增加值', '万元', 18930, 7.8],
    ['　第三产业增加值', '万元', 45840, 4.6],
    ['农林牧渔业总产值', '万元', 35280, 4.5],
    ['　其中：牧业产值', '万元', 28740, 5.1],
    ['牲畜存栏（3月末）', '万头（只）', 62.35, -1.8],
    ['　其中：牦牛', '万头', 21.46, 0.6],
    ['　　　　藏羊', '万只', 39.82, -3.2],
    ['牲畜出栏', '万头（只）', 4.18, 7.4],
    ['肉类产量', '吨', 6120, 6.9],
    ['规模以上工业增加值', '%', '—', 12.6],
    ['规模以上工业总产值', '万元', 9860, 10.3],
    ['固定资产投资', '%', '—', -8.5],
    ['　其中：房地产开发投资', '万元', 1280, -36.4],
    ['社会消费品零售总额', '万元', 14260, 6.3],
    ['一般公共预算收入', '万元', 2135, 8.9],
    ['　其中：税收收入', '万元', 1568, -4.2],
    ['一般公共预算支出', '万元', 68340, 12.7],
    ['金融机构人民币各项存款余额（3月末）', '万元', 312580, 7.6],
    ['金融机构人民币各项贷款余额（3月末）', '万元', 186420, 9.3],
    ['全社会用电量', '万千瓦时', 5860, 11.4],
    ['全体居民人均可支配收入', '元', 7685, 6.8],
    ['　城镇常住居民人均可支配收入', '元', 11920, 5.2],
    ['　农村常住居民人均可支配收入', '元', 4236, 7.9],
  ],
  notes: [
    '注：1.地区生产总值及三次产业增加值为州统计局统一核算数，增速按不变价格计算。',
    '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业，固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '3.牲畜存栏和存贷款余额为3月末数，增速为比上年同期末增减。',
    '4.“—”表示该项数据不单独发布。',
  ],
  formats: [null, null, null, '0.0'],
};

export const boquXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '泊曲县统计局', nameWidth: 36, valueWidth: 12 });
