// The three-hundred-and-ninth held-out batch's Excel 97–2003 workbook (session 40, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Chongqing-style mountain county 统计局's 2026年1—2月主要经济指标 (坪漠县, invented), one sheet of
// 指标 | 单位 | 1—2月 | 同比±% with growth-only rows ('—' levels, 单位 %), 其中 rows indented with full-width spaces,
// negative growths, 2月末 balances, power in 万千瓦时, 商品房销售面积 in 万平方米, visitors in 万人次 and a four-line 注 with
// the 规上/投资 thresholds. Invented place and figures; the answers are tests/accuracy/pingmo-2026-m2-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const pingmo = { name: 'pingmo-2026-m2-indicators' };

const main: SheetSpec = {
  name: '1—2月主要指标',
  title: '坪漠县2026年1—2月主要经济指标',
  unitLine: '单位：万元、%',
  header: ['指标', '单位', '1—2月', '同比±%'],
  rows: [
    ['规模以上工业总产值', '万元', 184560, 8.7],
    ['规模以上工业增加值', '%', '—', 7.9],
    ['　其中：制造业增加值', '%', '—', 9.3],
    ['固定资产投资', '%', '—', -4.8],
    ['　其中：工业投资', '%', '—', 12.5],
    ['　　　　房地产开发投资', '万元', 21340, -18.6],
    ['商品房销售面积', '万平方米', 3.86, -12.4],
    ['社会消费品零售总额', '万元', 142380, 5.6],
    ['一般公共预算收入', '万元', 16820, 3.2],
    ['　其中：税收收入', '万元', 10450, -5.7],
    ['一般公共预算支出', '万元', 78640, 6.1],
    ['金融机构人民币各项存款余额（2月末）', '万元', 2186500, 6.9],
    ['金融机构人民币各项贷款余额（2月末）', '万元', 1452300, 8.4],
    ['全社会用电量', '万千瓦时', 9840, 4.2],
    ['　其中：工业用电量', '万千瓦时', 3125, -2.1],
    ['接待游客', '万人次', 86.4, 15.2],
    ['旅游综合收入', '万元', 52680, 17.8],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业，固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '2.规模以上工业增加值、固定资产投资按可比口径计算增速，总量不单独发布，以“—”表示。',
    '3.存贷款余额为2月末数，增速为比上年同期末增减。',
    '4.因四舍五入，部分分项数与合计数略有差异。',
  ],
  formats: [null, null, null, '0.0'],
};

export const pingmoXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '坪漠县统计局', nameWidth: 36, valueWidth: 12 });
