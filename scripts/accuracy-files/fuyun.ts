// The one-hundred-and-fourteenth held-out batch's workbook: a Zhejiang-style district statistics bureau's 主要经济指标快报
// for January–August 2025 (洑沄区 under 瓯沚市) as the bureau posts it (.xlsx, written with write-excel-file), two sheets:
// 快报 (8月 当月 and 增幅, 1—8月 累计 and 增幅, then 全市位次; 其中 rows, balances at the month's end, '—' cells and a
// 注 row) and 简析 (the month's short brief, one merged cell a paragraph). Invented place and figures; the answers are
// tests/accuracy/fuyun-2025-m8-analysis.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const fuyun = { name: 'fuyun-2025-m8-analysis' };

/** A figure shown with the decimals it is written with (142.85, 8.1), as the bureau types them. */
const figure = (value: number): Cell => {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return { value, format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` };
};
const row = (line: Line): Cell[] => line.map((v) => (typeof v === 'number' ? figure(v) : { value: v }));

const main: Line[] = [
  ['规上工业增加值', '亿元', 18.62, 7.4, 142.85, 8.1, 2],
  ['　其中：高技术制造业增加值', '亿元', 5.36, 12.6, 41.37, 13.8, '—'],
  ['规上工业营业收入', '亿元', '—', '—', 612.4, 6.7, '—'],
  ['工业用电量', '亿千瓦时', 2.86, 5.2, 21.47, 4.9, '—'],
  ['固定资产投资', '%', '—', '—', '—', 5.3, 4],
  ['　其中：制造业投资', '%', '—', '—', '—', 16.4, '—'],
  ['　　　　房地产开发投资', '%', '—', '—', '—', -11.2, '—'],
  ['商品房销售面积', '万平方米', 4.63, -14.7, 41.28, -9.6, '—'],
  ['社会消费品零售总额', '亿元', 11.36, 4.1, 92.58, 4.8, 5],
  ['　其中：限上社会消费品零售额', '亿元', 4.72, 3.6, 38.14, 5.5, '—'],
  ['外贸出口', '亿元', 9.85, 12.3, 76.42, 10.6, 1],
  ['一般公共预算收入', '亿元', 1.27, -2.4, 18.96, 2.7, 3],
  ['　其中：税收收入', '亿元', 1.05, -3.8, 15.83, 1.9, '—'],
  ['金融机构本外币存款余额（月末）', '亿元', '—', '—', 1286.4, 8.2, '—'],
  ['金融机构本外币贷款余额（月末）', '亿元', '—', '—', 1354.7, 10.1, '—'],
];

const brief: string[] = [
  '1—8月，全区规上工业增加值142.85亿元，同比增长8.1%，增速比1—7月提高0.5个百分点，居全市第2位；其中8月当月增长7.4%。高技术制造业增加值增长13.8%，占规上工业增加值的29.0%。',
  '固定资产投资增长5.3%，居全市第4位，其中制造业投资增长16.4%，房地产开发投资下降11.2%。社会消费品零售总额92.58亿元，增长4.8%，增速比1—7月回落0.2个百分点。外贸出口76.42亿元，增长10.6%，增速居全市第1位。',
  '一般公共预算收入18.96亿元，增长2.7%，其中税收收入15.83亿元，占一般公共预算收入的83.5%。',
  '1—7月，全区规上服务业营业收入68.35亿元，同比增长9.2%（错月统计），其中信息传输、软件和信息技术服务业营业收入增长14.6%。全区工业用电量21.47亿千瓦时，增长4.9%。商品房销售面积41.28万平方米，下降9.6%，降幅比1—7月收窄1.3个百分点。',
];

const mainSheet: Cell[][] = [
  titleRow('洑沄区2025年1—8月主要经济指标快报', 7),
  ...groupedHeaderRows(
    ['指标名称', '单位'],
    [
      { text: '8月', sub: ['当月', '增幅（%）'] },
      { text: '1—8月', sub: ['累计', '增幅（%）'] },
      { text: '全市位次', sub: ['累计增幅'] },
    ],
  ),
  ...main.map(row),
  noteRow(
    '注：1.全市位次为1—8月累计增幅在瓯沚市7个区县（市）中的位次；2.存贷款为8月末余额；3.“—”为不统计或不公布。',
    7,
  ),
  signatureRow('洑沄区统计局　2025年9月19日', 7, 3),
];

const briefSheet: Cell[][] = [
  titleRow('2025年1—8月全区经济运行简析', 7),
  ...brief.map((p) => noteRow(p, 7)),
  signatureRow('洑沄区统计局综合科', 7, 3),
];

export async function fuyunXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '快报',
      columns: [
        { width: 34 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 10 },
        { width: 12 },
      ],
    },
    {
      data: briefSheet,
      sheet: '简析',
      columns: [{ width: 14 }, ...Array.from({ length: 6 }, () => ({ width: 12 }))],
    },
  ]).toBuffer();
}
