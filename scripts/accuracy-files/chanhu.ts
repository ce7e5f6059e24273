// The one-hundred-and-forty-eighth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, laid out by bureau-sheets.ts):
// 浐岵县's (a Shaanxi-style county) 2019年1—11月 统计月报 as its statistics bureau sends it round, three sheets: 主要指标
// (指标 | 单位 | 1—11月 | 同比增长（%） | 全市位次, growth-only rows with — cells, 其中 rows, a negative growth), 工业
// (规模以上工业增加值 by branch with 1—11月 and 1—10月 growths and 增减（百分点）) and 投资 (固定资产投资 by class with
// growth and share), each with a merged title, a unit line, 注 rows and the bureau's signature. Invented place and
// figures; its answers are tests/accuracy/chanhu-2019-m11-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const chanhu = { name: 'chanhu-2019-m11-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '浐岵县2019年1—11月主要经济指标',
  unitLine: '2019年12月10日',
  header: ['指标', '单位', '1—11月', '同比增长（%）', '全市位次'],
  rows: [
    ['规模以上工业增加值', '—', '—', 7.6, 5],
    ['规模以上工业总产值', '亿元', 142.36, 8.2, '—'],
    ['固定资产投资', '—', '—', 11.3, 3],
    ['  其中：民间投资', '—', '—', 6.8, '—'],
    ['社会消费品零售总额', '亿元', 58.74, 8.9, 4],
    ['一般公共预算收入', '亿元', 4.86, 9.4, 2],
    ['  其中：税收收入', '亿元', 3.52, 10.6, '—'],
    ['一般公共预算支出', '亿元', 31.08, 6.2, '—'],
    ['金融机构人民币各项存款余额', '亿元', 186.5, 7.3, '—'],
    ['金融机构人民币各项贷款余额', '亿元', 92.4, 12.8, '—'],
    ['规模以上工业用电量', '万千瓦时', 46820, -3.1, '—'],
  ],
  notes: [
    '注：1.全市位次为在全市11个县（区）中的位次。',
    '    2.规模以上工业增加值、固定资产投资只公布增速。',
  ],
  formats: [null, null, '0.00', '0.0', null],
};

const industry: SheetSpec = {
  name: '工业',
  title: '浐岵县2019年1—11月规模以上工业增加值分行业增速',
  unitLine: '单位：%',
  header: ['行业', '1—11月', '1—10月', '增减（百分点）'],
  rows: [
    ['规模以上工业合计', 7.6, 7.2, 0.4],
    ['煤炭开采和洗选业', 5.2, 5.8, -0.6],
    ['农副食品加工业', 11.4, 10.9, 0.5],
    ['非金属矿物制品业', 9.8, 9.1, 0.7],
    ['电力、热力生产和供应业', -2.6, -1.9, -0.7],
  ],
  notes: ['注：增加值增速按可比价计算。'],
  formats: [null, '0.0', '0.0', '0.0'],
};

const investment: SheetSpec = {
  name: '投资',
  title: '浐岵县2019年1—11月固定资产投资',
  unitLine: '单位：%',
  header: ['指标', '同比增长', '占比'],
  rows: [
    ['固定资产投资', 11.3, 100],
    ['  其中：工业投资', 14.6, 32.5],
    ['        基础设施投资', 9.2, 28.4],
    ['        房地产开发投资', 6.7, 18.9],
  ],
  notes: ['注：占比为占全县固定资产投资的比重。'],
  formats: [null, '0.0', '0.0'],
};

export const chanhuXls = (): Buffer =>
  bureauWorkbookXls([main, industry, investment], { bureau: '浐岵县统计局', nameWidth: 30, valueWidth: 14 });
