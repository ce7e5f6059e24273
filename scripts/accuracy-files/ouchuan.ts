// The twenty-first held-out batch (ho21): a Jiangsu county statistics bureau's 1-9月 主要经济指标 workbook
// (鸥川县, 2023) as the bureau attaches it (.xlsx, written with write-excel-file): three sheets (主要指标, 工业,
// 投资), each with a title row merged across the sheet and a unit column; 主要指标 has one header row under a
// merged 1-9月 cell spanning 累计 | 同比增长(%) | 全市位次; 工业 has 指标名称/单位 merged down and 9月 (本月 |
// 同比增长(%)) beside 1-9月 (累计 | 同比增长(%) | 全市位次); indented 其中 rows, — cells, a 注 row naming the
// group (淮澄市六个县（市、区）, in words) and the bureau's signature. Invented place and figures; the answers
// are tests/accuracy/ouchuan-2023-m9-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const ouchuan = { name: 'ouchuan-2023-m9-indicators' };

const dataRow = dataRowWith('0.00');

const NOTE =
  '注：地区生产总值、规模以上工业增加值增速按可比价格计算；全市位次为在淮澄市六个县（市、区）中的位次。';
const SIGNATURE = '鸥川县统计局　2023年10月20日';

const main: Line[] = [
  ['地区生产总值', '亿元', 486.25, 5.8, 3],
  ['规模以上工业增加值', '亿元', '—', 7.2, 2],
  ['固定资产投资', '亿元', '—', 4.6, 4],
  ['社会消费品零售总额', '亿元', 168.43, 6.9, 2],
  ['一般公共预算收入', '亿元', 32.17, 8.4, 1],
  ['　其中：税收收入', '亿元', 25.36, 6.1, '—'],
  ['一般公共预算支出', '亿元', 48.92, 3.7, '—'],
  ['进出口总额', '亿美元', 12.84, -5.3, 5],
  ['城镇常住居民人均可支配收入', '元', 45286, 5.1, 3],
  ['农村常住居民人均可支配收入', '元', 26734, 6.8, 2],
];

const mainSheet: SheetData = [
  titleRow('鸥川县2023年1-9月主要经济指标', 5),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '1-9月', sub: ['累计', '同比增长(%)', '全市位次'] }]),
  ...main.map(dataRow),
  noteRow(NOTE, 5),
  signatureRow(SIGNATURE, 5, 3),
];

const industry: Line[] = [
  ['规模以上工业总产值', '亿元', 118.46, 8.3, 1012.57, 6.5, 3],
  ['规模以上工业增加值', '%', '—', 7.9, '—', 7.2, 2],
  ['　其中：高技术制造业增加值', '%', '—', 12.4, '—', 10.6, '—'],
  ['规模以上工业营业收入', '亿元', '—', '—', 986.34, 4.2, '—'],
  ['规模以上工业利润总额', '亿元', '—', '—', 58.17, -3.4, '—'],
  ['工业用电量', '万千瓦时', 31265, 9.1, 268413, 7.7, '—'],
];

const industrySheet: SheetData = [
  titleRow('鸥川县2023年1-9月规模以上工业主要指标', 7),
  ...groupedHeaderRows(
    ['指标名称', '单位'],
    [
      { text: '9月', sub: ['本月', '同比增长(%)'] },
      { text: '1-9月', sub: ['累计', '同比增长(%)', '全市位次'] },
    ],
  ),
  ...industry.map(dataRow),
  signatureRow(SIGNATURE, 7, 3),
];

const investment: Line[] = [
  ['固定资产投资', '亿元', '—', 4.6, 4],
  ['　其中：工业投资', '亿元', '—', 11.3, 2],
  ['　　　　　其中：制造业投资', '亿元', '—', 13.8, '—'],
  ['　　　　基础设施投资', '亿元', '—', -2.6, '—'],
  ['　　　　房地产开发投资', '亿元', 62.48, -8.9, '—'],
  ['　　　　民间投资', '亿元', '—', 3.2, '—'],
  ['商品房销售面积', '万平方米', 86.35, -12.4, '—'],
];

const investmentSheet: SheetData = [
  titleRow('鸥川县2023年1-9月固定资产投资', 5),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '1-9月', sub: ['累计', '同比增长(%)', '全市位次'] }]),
  ...investment.map(dataRow),
  noteRow('注：固定资产投资不含农户；房地产开发投资、商品房销售面积按在库项目统计。', 5),
];

export async function ouchuanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, {}],
    },
    {
      data: industrySheet,
      sheet: '工业',
      columns: [{ width: 32 }, { width: 10 }, {}, { width: 12 }, { width: 12 }, { width: 12 }, {}],
    },
    { data: investmentSheet, sheet: '投资', columns: [{ width: 32 }, { width: 10 }, {}, { width: 12 }, {}] },
  ]).toBuffer();
}
