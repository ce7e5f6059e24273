// The three-hundred-and-sixty-sixth held-out batch's workbook (session 44): a Jilin-style county 统计局's 2011年4月
// 统计月报 (菊兴县 under 菊州市, both invented) as an Excel 97–2003 .xls through bureauWorkbookXls (bureau-sheets.ts):
// one sheet with the columns 指标 | 单位 | 4月 | 1-4月 | 同比增长% | 全市位次, six sections (一、…六、) as rows with a
// name only, 其中 rows indented, '—' in the 4月 cells of the cumulative-only rows and the 4月末 balances and in the
// 位次 cells the city does not rank, four negative growths (利润总额, 房地产开发投资, 贷款余额, 外贸出口总额), a
// three-line 注 (the 规模以上 and investment thresholds, the balances' date, what 全市位次 ranks) and the bureau's
// signature. Invented place and figures; the answers are tests/accuracy/juxing-2011-m4-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const juxing = { name: 'juxing-2011-m4-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '菊兴县2011年4月统计月报',
  unitLine: '2011年5月11日',
  header: ['指标', '单位', '4月', '1-4月', '同比增长%', '全市位次'],
  rows: [
    ['一、工业', null, null, null, null, null],
    ['规模以上工业总产值', '万元', 68420, 241360, 24.6, 3],
    ['规模以上工业增加值', '万元', 19850, 70280, 19.8, 2],
    ['规模以上工业企业主营业务收入', '万元', '—', 228740, 27.3, '—'],
    ['规模以上工业企业利润总额', '万元', '—', 9860, -15.2, '—'],
    ['二、固定资产投资', null, null, null, null, null],
    ['全社会固定资产投资', '万元', '—', 86540, 42.3, 4],
    ['  其中：房地产开发投资', '万元', '—', 12380, -8.6, '—'],
    ['三、国内贸易', null, null, null, null, null],
    ['社会消费品零售总额', '万元', 21360, 83950, 17.4, 5],
    ['四、财政金融', null, null, null, null, null],
    ['全口径财政收入', '万元', 5120, 19460, 26.8, 1],
    ['  其中：地方财政一般预算收入', '万元', 3380, 12870, 31.5, 2],
    ['地方财政一般预算支出', '万元', 6950, 28640, 18.2, '—'],
    ['金融机构人民币各项存款余额', '万元', '—', 486230, 12.4, '—'],
    ['金融机构人民币各项贷款余额', '万元', '—', 312570, -2.7, '—'],
    ['五、对外经济', null, null, null, null, null],
    ['外贸出口总额', '万美元', 362, 1285, -12.6, 6],
    ['实际利用外资', '万美元', '—', 1860, 8.4, 3],
    ['六、能源', null, null, null, null, null],
    ['全社会用电量', '万千瓦时', 3860, 15240, 9.7, '—'],
    ['  其中：工业用电量', '万千瓦时', 2710, 10830, 11.3, '—'],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入500万元及以上的工业企业，工业增加值增速按可比价格计算。',
    '2.固定资产投资统计范围为计划总投资50万元及以上项目，只统计累计数；存、贷款余额为4月末数。',
    '3.全市位次为各项指标1-4月累计增速在全市的位次。',
  ],
  formats: [null, null, '0', '0', '0.0', '0'],
};

export const juxingXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '菊兴县统计局', nameWidth: 32, valueWidth: 12 });
