// The one-hundred-and-ninety-ninth held-out batch's Excel 97–2003 workbook (session 35, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Yunnan-style county 统计局's 2024年1—11月主要经济指标 (磉坪县 under 岜沧州), one sheet of 指标 | 单位 |
// 1—11月 | 增速（%） | 全州排位 with growths published alone ('—' levels, 单位 %), 其中 rows indented with full-width spaces,
// '—' ranks, four quarterly rows marked （1—9月） (GDP, 农林牧渔业总产值 and both income halves), 11月末 balances, electricity
// in 万千瓦时, and a four-line 注 naming the 规上/投资 thresholds, the quarterly rows, the rank's group (岜沧州10个县（市）)
// and the balances' growth; a second sheet of five 规上 industries' 产值 and 增速 under the total. Invented place and figures; the answers are tests/accuracy/sangping-2024-m11-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const sangping = { name: 'sangping-2024-m11-indicators' };

const main: SheetSpec = {
  name: '主要经济指标',
  title: '磉坪县2024年1—11月主要经济指标',
  unitLine: '单位：万元、%',
  header: ['指标', '单位', '1—11月', '增速（%）', '全州排位'],
  rows: [
    ['地区生产总值（1—9月）', '亿元', 98.62, 4.6, 5],
    ['农林牧渔业总产值（1—9月）', '亿元', 38.15, 4.3, 3],
    ['规模以上工业增加值', '%', '—', 7.8, 4],
    ['规模以上工业总产值', '万元', 1263580, 8.9, 5],
    ['固定资产投资', '%', '—', -6.3, 10],
    ['　　其中：产业投资', '%', '—', 4.7, 6],
    ['　　　　　民间投资', '%', '—', -15.2, '—'],
    ['　　　　　房地产开发投资', '万元', 58620, -28.4, '—'],
    ['商品房销售面积', '万平方米', 12.36, -18.7, '—'],
    ['社会消费品零售总额', '万元', 486230, 3.4, 7],
    ['　　其中：限额以上单位消费品零售额', '万元', 132450, 5.8, '—'],
    ['一般公共预算收入', '万元', 68450, 4.9, 3],
    ['　　其中：税收收入', '万元', 41280, 2.6, '—'],
    ['一般公共预算支出', '万元', 312680, 1.8, '—'],
    ['金融机构本外币各项存款余额', '万元', 2368400, 6.2, '—'],
    ['金融机构本外币各项贷款余额', '万元', 1865200, 8.1, '—'],
    ['全社会用电量', '万千瓦时', 96540, 7.3, '—'],
    ['　　其中：工业用电量', '万千瓦时', 52310, 9.1, '—'],
    ['城镇常住居民人均可支配收入（1—9月）', '元', 31265, 4.1, 8],
    ['农村常住居民人均可支配收入（1—9月）', '元', 12846, 6.2, 4],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业，固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '2.地区生产总值、农林牧渔业总产值和城乡居民收入按季度统计，表中为1—9月数据。',
    '3.全州排位为增速在岜沧州10个县（市）中的位次，“—”为州未排位。',
    '4.存贷款余额为11月末数，增速为比上年同月末增长。',
  ],
  formats: [null, null, null, '0.0', null],
};

const industries: SheetSpec = {
  name: '规上工业主要行业',
  title: '磉坪县2024年1—11月规模以上工业主要行业产值',
  unitLine: '单位：万元、%',
  header: ['行业', '1—11月产值', '增速（%）'],
  rows: [
    ['规模以上工业总产值', 1263580, 8.9],
    ['　　电力、热力生产和供应业', 412650, 12.6],
    ['　　有色金属冶炼和压延加工业', 286340, 9.4],
    ['　　非金属矿物制品业', 168520, -7.8],
    ['　　农副食品加工业', 132860, 6.5],
    ['　　酒、饮料和精制茶制造业', 98460, 11.2],
  ],
  notes: ['注：产值按现行价格计算，增速按可比价格计算。'],
  formats: [null, null, '0.0'],
};

export const sangpingXls = (): Buffer =>
  bureauWorkbookXls([main, industries], { bureau: '磉坪县统计局', nameWidth: 36, valueWidth: 12 });
