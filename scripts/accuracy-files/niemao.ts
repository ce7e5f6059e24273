// The three-hundred-and-fifty-eighth held-out batch's workbook (session 44): a Shaanxi-style coal county 统计局's
// 2016年6月 统计月报 as an Excel 97–2003 .xls (聂峁县 under 宁榆市, both invented) through bureauWorkbookXls
// (bureau-sheets.ts): one sheet 指标 | 单位 | 1—6月 | 同比增长% | 全市位次, amounts in 亿元, 万元 and 元, 原煤产量, 发电量
// and 兰炭产量 product rows, indented 其中 rows, '—' where a row takes no rank, negative growths and a three-line 注.
// Invented place and figures; its answers are tests/accuracy/niemao-2016-m6-monthly.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const niemao = { name: 'niemao-2016-m6-monthly' };

const monthly: SheetSpec = {
  name: '主要经济指标',
  title: '聂峁县2016年6月统计月报（主要经济指标）',
  unitLine: '编报单位：聂峁县统计局',
  header: ['指　标', '单位', '1—6月', '同比增长%', '全市位次'],
  rows: [
    ['地区生产总值', '亿元', 58.73, -3.2, 9],
    ['　第一产业增加值', '亿元', 2.41, 3.1, '—'],
    ['　第二产业增加值', '亿元', 41.26, -5.4, '—'],
    ['　第三产业增加值', '亿元', 15.06, 2.8, '—'],
    ['规模以上工业总产值', '亿元', 96.48, -8.7, 8],
    ['规模以上工业增加值', '亿元', 38.65, -6.1, 10],
    ['　其中：能源工业增加值', '亿元', 35.12, -6.9, '—'],
    ['　　　　非能源工业增加值', '亿元', 3.53, 2.4, '—'],
    ['原煤产量', '万吨', 1862.4, -11.3, 4],
    ['发电量', '亿千瓦时', 42.17, 5.6, 3],
    ['兰炭产量', '万吨', 86.5, -14.2, '—'],
    ['固定资产投资', '亿元', 47.36, 6.4, 5],
    ['　其中：民间投资', '亿元', 21.08, -9.7, '—'],
    ['　　　　工业投资', '亿元', 18.24, -12.5, '—'],
    ['社会消费品零售总额', '亿元', 9.87, 7.8, 7],
    ['地方财政收入', '万元', 52618, -22.6, 11],
    ['一般公共预算支出', '万元', 98452, 11.3, '—'],
    ['城镇居民人均可支配收入', '元', 14286, 5.9, 8],
    ['农村居民人均可支配收入', '元', 4862, 6.8, 6],
    ['金融机构各项存款余额', '亿元', 112.64, 8.2, '—'],
    ['金融机构各项贷款余额', '亿元', 46.85, -3.4, '—'],
    ['全社会用电量', '亿千瓦时', 18.93, -4.8, '—'],
    ['　其中：工业用电量', '亿千瓦时', 14.26, -7.1, '—'],
  ],
  notes: [
    '注：1.全市位次为同比增速在宁榆市12个县（区）中的位次，“—”表示不参与排位。',
    '2.地区生产总值及增加值按现价计算总量，增速按可比价格计算；存贷款余额为6月末数，增速为比上年同期增长。',
    '3.规模以上工业为年主营业务收入2000万元及以上的工业企业；能源工业包括煤炭开采和洗选业、石油加工炼焦业和电力生产供应业。',
  ],
  formats: [null, null, '0.00', '0.0', null],
};

export const niemaoXls = (): Buffer =>
  bureauWorkbookXls([monthly], { bureau: '聂峁县统计局　2016年7月15日', nameWidth: 28, valueWidth: 12 });
