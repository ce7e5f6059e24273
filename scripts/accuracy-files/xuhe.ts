// The three-hundred-and-sixty-seventh held-out batch's workbook (session 44): a Hubei-style county 统计局's
// 2018年1-2月主要经济指标 (旭河县 under 旭州市, both invented) as .xlsx through bureauWorkbookXlsx (bureau-sheets.ts):
// one sheet with the columns 指标 | 单位 | 1-2月 | 同比增长% | 增幅全市位次, five sections (一、…五、) as rows with a
// name only, 其中 rows indented, '—' in the 位次 cells the city does not rank, three negative growths, a two-line 注
// and the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/xuhe-2018-m2-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const xuhe = { name: 'xuhe-2018-m2-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '旭河县2018年1-2月主要经济指标',
  unitLine: '2018年3月15日',
  header: ['指标', '单位', '1-2月', '同比增长%', '增幅全市位次'],
  rows: [
    ['一、工业', null, null, null, null],
    ['规模以上工业增加值', '—', '—', 8.7, 4],
    ['规模以上工业总产值', '亿元', 46.83, 11.2, 3],
    ['  其中：出口交货值', '亿元', 2.35, -7.4, '—'],
    ['工业用电量', '万千瓦时', 8640, 6.3, '—'],
    ['二、投资', null, null, null, null],
    ['固定资产投资', '—', '—', 15.6, 2],
    ['  其中：工业投资', '—', '—', 19.8, '—'],
    ['房地产开发投资', '亿元', 1.87, -11.5, '—'],
    ['三、消费', null, null, null, null],
    ['社会消费品零售总额', '亿元', 19.42, 11.4, 5],
    ['  其中：限额以上零售额', '亿元', 5.26, 9.1, '—'],
    ['四、财政金融', null, null, null, null],
    ['地方一般公共预算收入', '万元', 21860, 14.5, 1],
    ['  其中：税收收入', '万元', 16240, 18.2, '—'],
    ['一般公共预算支出', '万元', 38650, -3.8, '—'],
    ['金融机构各项存款余额', '亿元', 212.36, 9.4, '—'],
    ['金融机构各项贷款余额', '亿元', 104.58, 12.7, '—'],
    ['五、外贸', null, null, null, null],
    ['外贸出口总额', '万美元', 1630, 22.4, 6],
  ],
  notes: [
    '注：1.规模以上工业增加值、固定资产投资只发布增速；规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。',
    '2.存、贷款余额为2月末数，增速为比上年同期增长；增幅全市位次为旭州市8个县（市、区）中的位次。',
  ],
  formats: [null, null, '0.00', '0.0', '0'],
};

export const xuheXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '旭河县统计局', nameWidth: 30, valueWidth: 12 });
