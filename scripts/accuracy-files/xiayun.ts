// The forty-fifth held-out batch's workbook: a Hunan county statistics bureau's 统计月报 for August 2017 (霞云县 under
// 潇岳市) as the bureau attaches it (.xlsx, written with write-excel-file), three sheets: 主要指标 (本月 and 1-8月累计,
// each 绝对值 and 增长, then 全市位次 of the cumulative growth; — cells, 其中 rows, a negative growth, balances with no
// 本月), 工业 (本月 | 比上年同月±% | 1-8月 | 比上年同期±%, light and heavy industry, 产品销售率 whose ± is in
// 百分点, two products) and 投资 (1-8月累计 | 同比增长 | 占全部投资比重 by industry and field). Invented place and
// figures; the answers are tests/accuracy/xiayun-2017-m8-analysis.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import {
  dataRowWith,
  groupedHeaderRows,
  headerCell,
  type Line,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const xiayun = { name: 'xiayun-2017-m8-analysis' };

const row = dataRowWith('0.0');

const main: Line[] = [
  ['规模以上工业增加值', '—', '—', 8.1, '—', 7.6, 5],
  ['规模以上工业总产值', '万元', 186420, 9.4, 1432680, 8.8, 4],
  ['固定资产投资', '万元', '—', '—', 1265300, 12.6, 3],
  ['　其中：工业投资', '万元', '—', '—', 486200, 18.3, 2],
  ['社会消费品零售总额', '万元', 64830, 10.9, 506270, 11.2, 6],
  ['一般公共预算收入', '万元', 8625, -2.4, 76184, 6.3, 7],
  ['　其中：税收收入', '万元', 6210, '—', 55740, 8.9, '—'],
  ['一般公共预算支出', '万元', 21470, '—', 198530, 13.7, '—'],
  ['全社会用电量', '万千瓦时', 9860, 6.8, 75420, 5.9, '—'],
  ['　其中：工业用电量', '万千瓦时', 5130, 7.9, 39860, 6.4, '—'],
  ['金融机构各项存款余额', '万元', '—', '—', 2136500, 9.8, 4],
  ['金融机构各项贷款余额', '万元', '—', '—', 1318700, 14.2, 2],
];

const industry: Line[] = [
  ['规模以上工业企业数', '个', 132, '—', 132, '—'],
  ['规模以上工业总产值', '万元', 186420, 9.4, 1432680, 8.8],
  ['　其中：轻工业', '万元', 71250, 6.2, 552310, 5.7],
  ['　　　　重工业', '万元', 115170, 11.5, 880370, 10.8],
  ['产品销售率', '%', 97.6, 0.8, 96.9, -0.4],
  ['出口交货值', '万元', 12630, -5.1, 98420, 3.6],
  ['水泥', '万吨', 18.6, 4.2, 142.3, 2.8],
  ['发电量', '万千瓦时', 4120, -8.3, 35860, -2.1],
];

const investment: Line[] = [
  ['固定资产投资', 1265300, 12.6, 100],
  ['按产业分：第一产业', 53100, 21.4, 4.2],
  ['　　　　　第二产业', 498700, 17.5, 39.4],
  ['　　　　　　其中：工业投资', 486200, 18.3, 38.4],
  ['　　　　　第三产业', 713500, 8.9, 56.4],
  ['按领域分：民间投资', 842600, 10.7, 66.6],
  ['　　　　　基础设施投资', 296400, 15.2, 23.4],
  ['　　　　　房地产开发投资', 163800, -6.5, 12.9],
];

const mainSheet: Cell[][] = [
  titleRow('霞云县统计月报（2017年第8期）　主要经济指标', 7),
  ...groupedHeaderRows(
    ['指标', '单位'],
    [
      { text: '8月', sub: ['本月', '增长（%）'] },
      { text: '1-8月', sub: ['累计', '增长（%）'] },
      { text: '全市位次', sub: ['累计增速'] },
    ],
  ),
  ...main.map(row),
  noteRow(
    '注：全市位次为累计增速在潇岳市12个县（市、区）中的位次；存贷款为月末余额，增速为比上年同期增长；“—”为不统计或不公布。',
    7,
  ),
  signatureRow('霞云县统计局　2017年9月15日', 7, 4),
];

const industrySheet: Cell[][] = [
  titleRow('霞云县2017年8月规模以上工业生产情况', 6),
  [
    headerCell('指标'),
    headerCell('单位'),
    headerCell('本月'),
    headerCell('比上年同月±%'),
    headerCell('1-8月'),
    headerCell('比上年同期±%'),
  ],
  ...industry.map(row),
  noteRow('注：产品销售率的增减为百分点。', 6),
];

const investmentSheet: Cell[][] = [
  titleRow('霞云县2017年1-8月固定资产投资情况', 4),
  [
    headerCell('指标'),
    headerCell('1-8月累计（万元）'),
    headerCell('同比增长（%）'),
    headerCell('占全部投资比重（%）'),
  ],
  ...investment.map(row),
  noteRow('注：固定资产投资统计口径为计划总投资500万元以上项目（不含农户）。', 4),
];

export async function xiayunXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [
        { width: 26 },
        { width: 10 },
        { width: 12 },
        { width: 10 },
        { width: 12 },
        { width: 10 },
        { width: 10 },
      ],
    },
    {
      data: industrySheet,
      sheet: '工业',
      columns: [{ width: 22 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 14 }],
    },
    {
      data: investmentSheet,
      sheet: '投资',
      columns: [{ width: 30 }, { width: 18 }, { width: 14 }, { width: 18 }],
    },
  ]).toBuffer();
}
