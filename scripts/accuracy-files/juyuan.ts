// The two-hundred-and-seventy-fourth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as
// huochuan.ts writes its; session 38): 沮塬县's (under 澴埠市, Hubei-style) 统计局 2025年1—10月主要经济指标快报, two
// sheets. 主要指标: a merged title, the bureau and date line, a one-row header 指标名称 | 单位 | 1—10月 | 同比增长(%) |
// 全市位次, growth-only rows with — in the 1—10月 cell, indented 其中 rows, two 前三季度 rows (GDP and income) inside
// the 1—10月 table, balances at October's end, negative growths, a jobs row with no growth, then a 注 of five numbered
// notes in rows of their own (the ranks' group and city, a rank's move against 1—9月) and the signature. 分行业: the
// 规模以上工业 total and eight 大类 rows plus 其他行业 with 1—10月产值（亿元）, 同比增长(%) and 占规上工业比重(%).
// Invented place and figures; its answers are tests/accuracy/juyuan-2025-m10-analysis.answers.json, written by hand
// from the rows below and never checked against the parser.

import * as XLSX from '@e965/xlsx';
import { indicatorSheet } from './indicator-sheet.js';

export const juyuan = { name: 'juyuan-2025-m10-analysis' };

type Value = string | number | null;

/** 指标名称, 单位, 1—10月, 同比增长(%), 全市位次; null cells show —. */
type Row = readonly [string, string, number | null, number | null, number | null];

const rows: Row[] = [
  ['地区生产总值（前三季度）', '亿元', 186.42, 5.6, 4],
  ['规模以上工业增加值', '%', null, 7.9, 3],
  ['  其中：高技术制造业增加值', '%', null, 14.6, null],
  ['规模以上工业总产值', '亿元', 241.36, 6.8, null],
  ['固定资产投资', '%', null, 4.2, 6],
  ['  其中：工业投资', '%', null, 12.7, null],
  ['        房地产开发投资', '亿元', 9.86, -16.3, null],
  ['社会消费品零售总额', '亿元', 98.75, 5.9, 2],
  ['  其中：限额以上消费品零售额', '亿元', 31.42, 7.4, null],
  ['一般公共预算收入', '万元', 78634, 3.1, 5],
  ['  其中：税收收入', '万元', 52170, -2.4, null],
  ['一般公共预算支出', '万元', 326418, 4.6, null],
  ['外贸进出口总额', '万元', 146280, 22.5, 1],
  ['  其中：出口', '万元', 118630, 25.8, null],
  ['金融机构各项存款余额（10月末）', '亿元', 412.36, 8.7, null],
  ['金融机构各项贷款余额（10月末）', '亿元', 268.19, 10.2, null],
  ['全体居民人均可支配收入（前三季度）', '元', 24186, 6.1, 4],
  ['城镇新增就业', '人', 5830, null, null],
];

const notes = [
  '注：1.全市位次为增速在澴埠市9个县（市、区）中的排位。',
  '2.地区生产总值、全体居民人均可支配收入为前三季度数据。',
  '3.规模以上工业增加值、固定资产投资只公布增速，规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。',
  '4.存贷款余额增速为比上年同期末增长。',
  '5.社会消费品零售总额增速位次较1—9月前移1位，一般公共预算收入增速位次较1—9月后移2位。',
];

/** 行业名称, 1—10月产值（亿元）, 同比增长(%), 占规上工业比重(%). */
const industries: (readonly [string, number, number, number])[] = [
  ['规模以上工业合计', 241.36, 6.8, 100],
  ['  农副食品加工业', 46.52, 9.3, 19.3],
  ['  酒、饮料和精制茶制造业', 18.74, -4.6, 7.8],
  ['  纺织业', 27.16, 3.2, 11.3],
  ['  化学原料和化学制品制造业', 39.85, 11.7, 16.5],
  ['  非金属矿物制品业', 24.08, -8.9, 10],
  ['  通用设备制造业', 21.63, 15.4, 9],
  ['  电气机械和器材制造业', 26.37, 18.2, 10.9],
  ['  电力、热力生产和供应业', 12.45, 2.1, 5.2],
  ['  其他行业', 24.56, 4, 10.2],
];

function mainSheet(): XLSX.WorkSheet {
  return indicatorSheet({
    title: '沮塬县2025年1—10月主要经济指标快报',
    compiler: '编制单位：沮塬县统计局',
    date: '2025年11月17日',
    header: ['指标名称', '单位', '1—10月', '同比增长(%)', '全市位次'],
    rows: rows.map((row) => row.map((v, c) => (c >= 2 ? (v ?? '—') : v))),
    notes,
    bureau: '沮塬县统计局',
    format: (c, v) => (c === 3 ? '0.0' : c === 4 || Number.isInteger(v) ? '0' : '0.00'),
    widths: [36, 8, 12, 12, 10],
  });
}

function industrySheet(): XLSX.WorkSheet {
  const aoa: Value[][] = [
    ['沮塬县2025年1—10月规模以上工业分行业产值', null, null, null],
    ['行业名称', '1—10月产值（亿元）', '同比增长(%)', '占规上工业比重(%)'],
  ];
  for (const row of industries) aoa.push([...row]);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 2; r < aoa.length; r++)
    for (const c of [1, 2, 3]) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof cell.v === 'number') cell.z = c === 1 ? '0.00' : '0.0';
    }
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  sheet['!cols'] = [{ wch: 30 }, { wch: 18 }, { wch: 12 }, { wch: 18 }];
  return sheet;
}

export function juyuanXls(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, mainSheet(), '主要指标');
  XLSX.utils.book_append_sheet(workbook, industrySheet(), '分行业');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
