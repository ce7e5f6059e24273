// The two-hundred-and-ninety-eighth held-out batch's Excel 97–2003 workbook (session 40, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Hunan-style county 统计局's 2024年10月统计月报 (碾鹿县 under 诺陵市, invented), two sheets.
// 主要经济指标: 指标 | 单位 | 本月 | 1—10月 | 同比±% (the growth is the 1—10月 one), 规模工业 growth-only rows with '—'
// levels, 其中 rows indented with full-width spaces, 10月末 balances with no 本月 figure, negative growths, 财政 in 万元 and
// a three-line 注, with 产品销售率 in % and 商品房销售面积 in 万平方米. 分行业工业增加值: 行业 | 1—10月增速（%） | 拉动百分点 for the
// total and eight industries, two of them falling. Invented place and figures; the answers are tests/accuracy/nianlu-2024-m10-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const nianlu = { name: 'nianlu-2024-m10-indicators' };

const DASH = '—';

const main: SheetSpec = {
  name: '主要经济指标',
  title: '碾鹿县2024年10月主要经济指标',
  unitLine: '2024年11月',
  header: ['指    标', '单位', '本月', '1—10月', '同比±%'],
  rows: [
    ['规模工业增加值', '%', DASH, DASH, 7.8],
    ['规模工业总产值', '亿元', 18.42, 176.35, 9.1],
    ['规模工业产品销售率', '%', 97.2, 96.8, DASH],
    ['固定资产投资', '%', DASH, DASH, -3.6],
    ['　其中：工业投资', '%', DASH, DASH, 12.4],
    ['　　　　民间投资', '%', DASH, DASH, -5.3],
    ['　　　　房地产开发投资', '亿元', 0.86, 9.47, -18.2],
    ['商品房销售面积', '万平方米', 3.12, 28.64, -9.8],
    ['社会消费品零售总额', '亿元', 7.65, 71.28, 5.4],
    ['　其中：限额以上消费品零售额', '亿元', 2.31, 21.64, 3.1],
    ['地方一般公共预算收入', '万元', 4126, 58342, 2.7],
    ['　其中：税收收入', '万元', 2685, 39516, -1.8],
    ['一般公共预算支出', '万元', 31254, 286415, 4.9],
    ['金融机构各项存款余额（10月末）', '亿元', DASH, 312.46, 6.4],
    ['　其中：住户存款', '亿元', DASH, 236.15, 8.9],
    ['金融机构各项贷款余额（10月末）', '亿元', DASH, 205.83, 9.7],
    ['全社会用电量', '万千瓦时', 9862, 98540, 5.6],
    ['进出口总额', '万元', 6840, 61270, 24.5],
  ],
  notes: [
    '注：1.规模工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
    '2.固定资产投资统计范围为计划总投资500万元及以上的项目，按统计制度只公布增速。',
    '3.存贷款余额为10月末数，增速为比上年同期末增长。',
  ],
  formats: [null, null, '0.00', '0.00', '0.0'],
};

const industries: SheetSpec = {
  name: '分行业工业增加值',
  title: '碾鹿县2024年1—10月规模工业分行业增加值',
  unitLine: '单位：%、百分点',
  header: ['行    业', '1—10月增速（%）', '拉动百分点'],
  rows: [
    ['规模工业合计', 7.8, DASH],
    ['　农副食品加工业', 12.6, 1.9],
    ['　化学原料和化学制品制造业', 15.3, 2.1],
    ['　非金属矿物制品业', -6.4, -0.8],
    ['　电气机械和器材制造业', 21.7, 1.6],
    ['　医药制造业', 18.6, 0.7],
    ['　酒、饮料和精制茶制造业', 8.9, 0.4],
    ['　木材加工和木、竹、藤、棕、草制品业', 4.2, 0.3],
    ['　电力、热力生产和供应业', -2.5, -0.2],
  ],
  notes: ['注：拉动百分点为各行业对全县规模工业增加值增长的拉动。'],
  formats: [null, '0.0', '0.0'],
};

export const nianluXls = (): Buffer =>
  bureauWorkbookXls([main, industries], { bureau: '碾鹿县统计局', nameWidth: 38, valueWidth: 14 });
