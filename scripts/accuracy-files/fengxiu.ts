// The two-hundred-and-fortieth held-out batch's workbook (.xlsx, written with write-excel-file through the shared
// rows of sheets.ts): 沣岫县's (under 峪沽市, Liaoning) 2024年1—10月统计月报 as its statistics bureau attaches it, in
// three sheets: 主要指标 (a title, the issue line, 指标名称 | 计量单位 | 1—10月 | 同比±% | 全市位次, 其中 rows indented
// with full-width spaces whose level and rank cells are left blank, the GDP and incomes of 前三季度 marked in the
// row's name, balances at 10月末, a numbered 注 row naming the group size and the 规上 threshold), 工业 (branches'
// growths with blank level cells, revenue, profits and electricity) and 投资 (growths only, a note with the 500万元
// threshold), each closed by the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/fengxiu-2024-m10-analysis.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { dataRowWith, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const fengxiu = { name: 'fengxiu-2024-m10-analysis' };

const WIDTH = 5;
const SIGNATURE = '沣岫县统计局　2024年11月18日';

/** 指标名称, 计量单位, 1—10月 (blank: not published), 同比±%, 全市位次 (blank: not ranked). */
type Row = readonly [string, string, number | null, number, number | null];

const main: Row[] = [
  ['地区生产总值（前三季度）', '亿元', 96.35, 5.2, 3],
  ['　　第一产业', '亿元', 22.14, 4.6, null],
  ['　　第二产业', '亿元', 35.47, 6.1, null],
  ['　　第三产业', '亿元', 38.74, 4.8, null],
  ['规模以上工业增加值', '%', null, 7.4, 2],
  ['固定资产投资', '%', null, -6.3, 6],
  ['社会消费品零售总额', '亿元', 41.26, 3.9, 4],
  ['一般公共预算收入', '万元', 58632, 5.7, 2],
  ['　　其中：税收收入', '万元', 39874, 3.2, null],
  ['一般公共预算支出', '万元', 187450, 4.1, null],
  ['城镇居民人均可支配收入（前三季度）', '元', 34128, 4.5, 5],
  ['农村居民人均可支配收入（前三季度）', '元', 19764, 6.6, 1],
  ['金融机构人民币存款余额（10月末）', '亿元', 312.45, 7.8, null],
  ['金融机构人民币贷款余额（10月末）', '亿元', 205.18, 9.4, null],
];

const industry: Row[] = [
  ['规模以上工业增加值', '%', null, 7.4, 2],
  ['　　其中：农副食品加工业', '%', null, 9.8, null],
  ['　　　　　化学原料和化学制品制造业', '%', null, -3.6, null],
  ['　　　　　非金属矿物制品业', '%', null, 11.2, null],
  ['　　　　　电力、热力生产和供应业', '%', null, 5.4, null],
  ['规模以上工业营业收入', '亿元', 138.52, 8.1, 3],
  ['规模以上工业利润总额', '亿元', 6.84, -12.7, null],
  ['工业用电量', '万千瓦时', 21436, 6.3, null],
];

const investment: Row[] = [
  ['固定资产投资', '%', null, -6.3, 6],
  ['　　第一产业投资', '%', null, 25.4, null],
  ['　　第二产业投资', '%', null, 12.1, null],
  ['　　　　其中：工业投资', '%', null, 12.5, 2],
  ['　　第三产业投资', '%', null, -15.8, null],
  ['民间投资', '%', null, -9.4, null],
  ['房地产开发投资', '%', null, -22.6, 5],
  ['商品房销售面积', '万平方米', 8.74, -14.2, null],
];

const header = ['指标名称', '计量单位', '1—10月', '同比±%', '全市位次'].map((h) => headerCell(h));
const row = dataRowWith('0.00');

function sheet(title: string, issue: string, rows: Row[], notes: string[]): Cell[][] {
  return [
    titleRow(title, WIDTH),
    [{ value: issue, columnSpan: WIDTH }, null, null, null, null],
    header,
    ...rows.map((r) =>
      row(r.map((v) => v ?? '')).map((cell, i) =>
        r[i] === null ? null : i === 3 ? { ...cell, format: '0.0' } : cell,
      ),
    ),
    ...notes.map((n) => noteRow(n, WIDTH)),
    signatureRow(SIGNATURE, WIDTH, 2),
  ];
}

export async function fengxiuXlsx(): Promise<Buffer> {
  const columns = [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }];
  return writeXlsxFile([
    {
      data: sheet('沣岫县统计月报（2024年1—10月）', '2024年第10期（总第238期）　　沣岫县统计局编', main, [
        '注：1.全市位次为增速在全市7个县（市、区）中的位次，空格为未参与排位；2.地区生产总值和居民收入为前三季度数据；',
        '　　3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
      ]),
      sheet: '主要指标',
      columns,
    },
    {
      data: sheet('规模以上工业主要指标（2024年1—10月）', '单位：亿元、万千瓦时、%', industry, [
        '注：分行业增加值增速按可比价格计算；利润总额为1—9月数据。',
      ]),
      sheet: '工业',
      columns,
    },
    {
      data: sheet('固定资产投资主要指标（2024年1—10月）', '单位：%', investment, [
        '注：固定资产投资统计范围为计划总投资500万元及以上的建设项目，不含农户投资。',
      ]),
      sheet: '投资',
      columns,
    },
  ]).toBuffer();
}
