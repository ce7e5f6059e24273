// The four-hundred-and-fiftieth held-out batch's workbook (session 49): a Chongqing-style county 统计局's 2002年4月
// 统计月报 (叶滩县, invented) as an Excel 97–2003 .xls through bureauWorkbookXls (bureau-sheets.ts): one sheet with the
// columns 指标 | 单位 | 4月 | 1—4月累计 | 同比增长%, six sections (一、…六、) as rows with a name only, 其中 rows indented,
// '—' in the 4月 cells of the cumulative-only rows and the 4月末 balances and in the growth cells of the rate row, two
// negative growths (贷款余额, 实际利用外资), a 2002-era set of names (工商税收, 乡镇企业总产值, 批发零售贸易业, 基本建设投资),
// a four-line 说明 (the 规模以上 and investment thresholds, what the growth column compares, the balances' date) and
// the bureau's signature. Invented place and figures; the answers are tests/accuracy/yetan-2002-m1-4-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const yetan = { name: 'yetan-2002-m1-4-indicators' };

const main: SheetSpec = {
  name: '统计月报',
  title: '叶滩县2002年4月统计月报',
  unitLine: '2002年5月10日',
  header: ['指标', '单位', '4月', '1—4月累计', '同比增长%'],
  rows: [
    ['一、工业', null, null, null, null],
    ['规模以上工业总产值（现价）', '万元', 9860, 36420, 15.8],
    ['规模以上工业增加值', '万元', 2870, 10560, 14.2],
    ['规模以上工业产品销售率', '%', 97.2, 96.8, '—'],
    ['乡镇企业总产值', '万元', 24650, 91280, 16.4],
    ['全社会用电量', '万千瓦时', 2460, 9720, 8.6],
    ['  其中：工业用电量', '万千瓦时', 1580, 6230, 11.2],
    ['二、固定资产投资', null, null, null, null],
    ['全社会固定资产投资', '万元', '—', 28640, 24.6],
    ['  其中：基本建设投资', '万元', '—', 17820, 29.3],
    ['        更新改造投资', '万元', '—', 5260, 12.7],
    ['        房地产开发投资', '万元', '—', 3150, 35.8],
    ['三、国内贸易', null, null, null, null],
    ['社会消费品零售总额', '万元', 8960, 35870, 10.6],
    ['  其中：批发零售贸易业', '万元', 7840, 31250, 10.2],
    ['        餐饮业', '万元', 1030, 4220, 13.5],
    ['四、对外经济', null, null, null, null],
    ['外贸出口总额', '万美元', 46, 178, 18.7],
    ['实际利用外资', '万美元', '—', 320, -6.7],
    ['招商引资到位资金', '万元', '—', 12460, 28.4],
    ['五、财政金融', null, null, null, null],
    ['财政收入', '万元', 1420, 5630, 13.9],
    ['  其中：地方财政收入', '万元', 960, 3780, 11.6],
    ['        工商税收', '万元', 1050, 4160, 12.8],
    ['财政支出', '万元', 2130, 8750, 17.2],
    ['金融机构各项存款余额', '万元', '—', 168420, 12.5],
    ['  其中：城乡居民储蓄存款余额', '万元', '—', 132680, 14.1],
    ['金融机构各项贷款余额', '万元', '—', 96350, -3.4],
    ['六、农业及人民生活', null, null, null, null],
    ['生猪出栏', '万头', '—', 16.8, 3.9],
    ['农民人均现金收入', '元', '—', 812, 5.8],
    ['城镇居民人均可支配收入', '元', '—', 2280, 6.9],
  ],
  notes: [
    '说明：1.规模以上工业指全部国有工业企业和年产品销售收入500万元以上的非国有工业企业。',
    '2.固定资产投资统计起点为计划总投资50万元，只统计累计数。',
    '3.同比增长%栏为1—4月累计数比上年同期增长；存、贷款余额为4月末数，其增长为比上年同期末增长。',
    '4.农民人均现金收入、城镇居民人均可支配收入为1—4月累计数。',
  ],
  formats: [null, null, null, null, '0.0'],
};

export const yetanXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '叶滩县统计局', nameWidth: 30, valueWidth: 12 });
