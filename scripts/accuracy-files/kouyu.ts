// The three-hundred-and-twenty-third held-out batch's Excel 97–2003 workbook (session 41, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Shanxi-style coal county 统计局's 2017年9月统计快报 (寇峪县, invented), two sheets: 主要指标 with
// 9月 | 1—9月 | 9月增长% | 1—9月增长% columns (growth-only rows with '—' levels, quarterly rows with '—' month cells,
// negative growths, coal, coke, power and electricity rows, the 前三季度 incomes) and 分行业 (规模以上工业总产值 by industry, a 总计 row, the coal
// industry leading, a negative coking row), each with its 注 and the bureau's signature. Invented place and figures; the
// answers are tests/accuracy/kouyu-2017-m9-flash.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const kouyu = { name: 'kouyu-2017-m9-flash' };

const main: SheetSpec = {
  name: '主要指标',
  title: '寇峪县2017年9月统计快报（主要指标）',
  unitLine: '单位：万元、万吨、万千瓦时、%',
  header: ['指标', '单位', '9月', '1—9月', '9月增长%', '1—9月增长%'],
  rows: [
    ['规模以上工业增加值', '%', '—', '—', 14.6, 6.9],
    ['规模以上工业总产值', '万元', 86420, 712650, 21.3, 12.8],
    ['原煤产量', '万吨', 118.6, 964.3, 16.2, 9.7],
    ['焦炭产量', '万吨', 21.4, 176.8, -6.5, -3.1],
    ['发电量', '万千瓦时', 16830, 142560, 8.4, 5.2],
    ['全社会用电量', '万千瓦时', 8960, 74380, 13.7, 10.9],
    ['　其中：工业用电量', '万千瓦时', 6720, 55610, 16.1, 12.4],
    ['固定资产投资', '万元', '—', 268540, '—', -8.6],
    ['　其中：工业投资', '万元', '—', 97860, '—', -21.5],
    ['　　　　民间投资', '万元', '—', 142310, '—', 4.7],
    ['　　　　房地产开发投资', '万元', '—', 31240, '—', -12.7],
    ['商品房销售面积', '万平方米', '—', 4.82, '—', -15.3],
    ['社会消费品零售总额', '万元', '—', 193270, '—', 6.8],
    ['一般公共预算收入', '万元', 7820, 68430, 41.2, 33.6],
    ['　其中：税收收入', '万元', 6950, 59870, 48.5, 39.8],
    ['一般公共预算支出', '万元', 15640, 146280, -3.4, 5.1],
    ['城镇常住居民人均可支配收入', '元', '—', 21560, '—', 6.2],
    ['农村常住居民人均可支配收入', '元', '—', 8210, '—', 7.1],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；规模以上工业增加值增速按可比价计算，总量不单独发布。',
    '2.固定资产投资统计范围为计划总投资500万元及以上的项目（不含农户），按季度统计的社会消费品零售总额只发布累计数。',
    '3.城镇、农村常住居民人均可支配收入为前三季度数据。',
    '4.“—”表示无此项数据。',
  ],
  formats: [null, null, null, null, '0.0', '0.0'],
};

const industries: SheetSpec = {
  name: '分行业',
  title: '寇峪县2017年9月规模以上工业分行业总产值',
  unitLine: '单位：万元、%',
  header: ['行业', '单位', '9月', '1—9月', '9月增长%', '1—9月增长%'],
  rows: [
    ['总计', '万元', 86420, 712650, 21.3, 12.8],
    ['煤炭开采和洗选业', '万元', 58760, 476320, 28.4, 17.6],
    ['石油、煤炭及其他燃料加工业', '万元', 11280, 98450, -4.2, -1.8],
    ['非金属矿物制品业', '万元', 3150, 27960, 9.8, 6.3],
    ['电力、热力生产和供应业', '万元', 9870, 81230, 10.6, 7.4],
    ['化学原料和化学制品制造业', '万元', 1980, 15620, -8.4, -11.2],
    ['其他行业', '万元', 1380, 13070, 15.2, 4.1],
  ],
  notes: ['注：总产值按当年价格计算，增长速度按现价计算。'],
  formats: [null, null, null, null, '0.0', '0.0'],
};

export const kouyuXls = (): Buffer =>
  bureauWorkbookXls([main, industries], { bureau: '寇峪县统计局', nameWidth: 30, valueWidth: 12 });
