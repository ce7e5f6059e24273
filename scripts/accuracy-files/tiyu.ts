// The three-hundred-and-fortieth held-out batch's workbook (session 42): a Chongqing-style county 统计局's 2022年8月 统计快报
// as an Excel 97–2003 .xls (醍峪县 under 重庆市) through bureauWorkbookXls (bureau-sheets.ts): sheet 8月快报 with the columns
// 指标 | 单位 | 8月 | 1—8月 | 同比增长% | 增速比1—7月±（百分点）, 其中 rows, '—' for growth-only indicators and for balances'
// month column, power use falling in the summer of 高温 and 有序用电, and a 注; sheet 规上工业分行业 with five industry groups'
// output in the same columns. Invented place and figures; its answers are tests/accuracy/tiyu-2022-m8-express.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const tiyu = { name: 'tiyu-2022-m8-express' };

const header = ['指　标', '单位', '8月', '1—8月', '同比增长%', '增速比1—7月±（百分点）'] as const;

const main: SheetSpec = {
  name: '8月快报',
  title: '醍峪县2022年8月统计快报',
  unitLine: '单位：万元、%',
  header,
  rows: [
    ['规模以上工业总产值', '万元', 68420, 612385, 4.1, -3.8],
    ['规模以上工业增加值', '%', '—', '—', 3.6, -4.2],
    ['全社会用电量', '万千瓦时', 15236, 118472, -3.4, -6.9],
    ['  其中：工业用电量', '万千瓦时', 8914, 72658, -9.7, -8.5],
    ['固定资产投资', '%', '—', '—', 7.5, -1.6],
    ['  其中：工业投资', '%', '—', '—', 18.2, 2.3],
    ['        房地产开发投资', '%', '—', '—', -24.6, -5.1],
    ['商品房销售面积', '万平方米', 1.86, 21.47, -31.2, 3.4],
    ['社会消费品零售总额', '万元', 51230, 412870, 2.3, -0.9],
    ['一般公共预算收入', '万元', 6815, 86240, 6.2, 0.5],
    ['  其中：税收收入', '万元', 4120, 55310, -4.8, -1.2],
    ['一般公共预算支出', '万元', 32460, 268950, 9.1, 1.4],
    ['金融机构各项存款余额', '万元', '—', 3268410, 10.3, 0.2],
    ['金融机构各项贷款余额', '万元', '—', 2415760, 12.8, -0.3],
  ],
  notes: [
    '注：1.规模以上工业增加值、固定资产投资及其分项按统计制度只公布增速。',
    '2.存贷款余额为8月末数，同比增长为比上年同期末增长。',
    '3.全社会用电量、工业用电量由县供电公司提供，8月受高温和有序用电影响下降较多。',
  ],
  formats: [null, null, '0', '0', '0.0', '0.0'],
};

const industry: SheetSpec = {
  name: '规上工业分行业',
  title: '醍峪县2022年8月规模以上工业总产值分行业情况',
  unitLine: '单位：万元、%',
  header,
  rows: [
    ['规模以上工业总产值', '万元', 68420, 612385, 4.1, -3.8],
    ['  其中：汽车摩托车制造业', '万元', 21350, 196420, 7.6, -5.2],
    ['        电子信息制造业', '万元', 9870, 84130, 12.4, -2.7],
    ['        材料工业', '万元', 14260, 138760, -3.5, -6.1],
    ['        消费品工业', '万元', 11840, 102580, 2.2, -1.4],
    ['        能源工业', '万元', 5410, 48160, -11.8, -9.6],
  ],
  notes: ['注：按现行价格计算；行业分组按全市规上工业统计口径。'],
  formats: [null, null, '0', '0', '0.0', '0.0'],
};

export const tiyuXls = (): Buffer =>
  bureauWorkbookXls([main, industry], { bureau: '醍峪县统计局', nameWidth: 30, valueWidth: 12 });
