// The twenty-eighth held-out batch (ho28): a Yunnan county statistics bureau's 2025年1—11月 统计月报 (桃岑县
// under 澜屏州) as the bureau attaches it (.xlsx, written with write-excel-file): four sheets (主要指标, 工业,
// 投资, 消费), each with a title row merged across the sheet; 主要指标 has 1—11月 spanning 累计 | 同比±% |
// 全州位次; 工业 has 11月 (本月 | 同比±%) beside 1—11月 (累计 | 同比±%); indented 其中 rows, negative
// growths, — cells, a 注 row naming the group (澜屏州8个县市) and the bureau's signature. Invented place
// and figures; the answers are tests/accuracy/taocen-2025-m11-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const taocen = { name: 'taocen-2025-m11-indicators' };

const dataRow = dataRowWith('0.00');

const SIGNATURE = '桃岑县统计局　2025年12月16日';
const CUMULATIVE = { text: '1—11月', sub: ['累计', '同比±%'] };

const main: Line[] = [
  ['规模以上工业增加值', '%', '—', 9.6, 2],
  ['固定资产投资', '%', '—', -6.3, 7],
  ['社会消费品零售总额', '亿元', 58.74, 4.2, 3],
  ['一般公共预算收入', '亿元', 6.83, 2.7, 4],
  ['　其中：税收收入', '亿元', 4.26, -1.8, '—'],
  ['一般公共预算支出', '亿元', 31.45, 5.9, '—'],
  ['金融机构各项存款余额', '亿元', 186.52, 7.4, '—'],
  ['金融机构各项贷款余额', '亿元', 142.18, 9.1, '—'],
];

const mainSheet: SheetData = [
  titleRow('桃岑县2025年1—11月主要经济指标', 5),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '1—11月', sub: ['累计', '同比±%', '全州位次'] }]),
  ...main.map(dataRow),
  noteRow('注：规模以上工业增加值增速按可比价格计算；全州位次为在澜屏州8个县市中的位次。', 5),
  signatureRow(SIGNATURE, 5, 3),
];

const industry: Line[] = [
  ['规模以上工业总产值', '亿元', 12.36, 10.2, 128.47, 8.9],
  ['规模以上工业增加值', '%', '—', 11.4, '—', 9.6],
  ['　其中：烟草制品业', '%', '—', 3.2, '—', 4.1],
  ['　　　　电力生产和供应业', '%', '—', 18.6, '—', 15.3],
  ['工业用电量', '万千瓦时', 4826, 6.7, 51342, 5.8],
];

const industrySheet: SheetData = [
  titleRow('桃岑县2025年1—11月规模以上工业生产情况', 6),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '11月', sub: ['本月', '同比±%'] }, CUMULATIVE]),
  ...industry.map(dataRow),
  signatureRow(SIGNATURE, 6, 3),
];

const investment: Line[] = [
  ['固定资产投资', '%', '—', -6.3],
  ['　其中：工业投资', '%', '—', 14.2],
  ['　　　　基础设施投资', '%', '—', -11.5],
  ['　　　　房地产开发投资', '亿元', 8.64, -24.6],
  ['商品房销售面积', '万平方米', 12.38, -15.2],
];

const investmentSheet: SheetData = [
  titleRow('桃岑县2025年1—11月固定资产投资情况', 4),
  ...groupedHeaderRows(['指标名称', '单位'], [CUMULATIVE]),
  ...investment.map(dataRow),
  noteRow('注：固定资产投资不含农户。', 4),
];

const consumption: Line[] = [
  ['社会消费品零售总额', '亿元', 58.74, 4.2],
  ['　其中：限额以上单位消费品零售额', '亿元', 21.36, 6.8],
  ['　城镇消费品零售额', '亿元', 45.12, 3.9],
  ['　乡村消费品零售额', '亿元', 13.62, 5.1],
  ['　餐饮收入', '亿元', 7.95, 9.3],
];

const consumptionSheet: SheetData = [
  titleRow('桃岑县2025年1—11月社会消费品零售总额', 4),
  ...groupedHeaderRows(['指标名称', '单位'], [CUMULATIVE]),
  ...consumption.map(dataRow),
  signatureRow(SIGNATURE, 4, 2),
];

export async function taocenXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, {}],
    },
    {
      data: industrySheet,
      sheet: '工业',
      columns: [{ width: 32 }, { width: 10 }, {}, { width: 12 }, { width: 12 }, { width: 12 }],
    },
    {
      data: investmentSheet,
      sheet: '投资',
      columns: [{ width: 32 }, { width: 10 }, { width: 12 }, { width: 12 }],
    },
    {
      data: consumptionSheet,
      sheet: '消费',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 12 }],
    },
  ]).toBuffer();
}
