// The seventy-seventh held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts
// writes its): 嵎堆县's (under 琼措市, Tibet-style) 统计局 2024年1—11月 主要经济指标 月报 of two sheets. 主要指标:
// a merged title, a unit/date line, a two-row header (指标名称 | 计量单位 | 1—10月 spanning 累计 | 同比增长% beside
// 1—11月 spanning 累计 | 同比增长%), growth-only rows with — in the 累计 cells, indented 其中 rows, a 注 row of three
// notes (one giving the 前三季度 GDP in words) and the bureau's signature. 规上工业分行业: the same side-by-side
// columns for the industrial output by 门类 and 大类 with 其中 rows. Invented place and figures; its answers are
// tests/accuracy/yudui-2024-m11-analysis.answers.json, written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const yudui = { name: 'yudui-2024-m11-analysis' };

type Value = string | number | null;

/** 指标名称, 计量单位, 1—10月 累计, 同比%, 1—11月 累计, 同比%; null 累计 cells show —. */
type Row = readonly [string, string, number | null, number, number | null, number];

const main: Row[] = [
  ['规模以上工业总产值', '万元', 38416, 12.6, 42905, 11.8],
  ['规模以上工业增加值', '%', null, 9.4, null, 8.7],
  ['固定资产投资（不含农户）', '%', null, -5.6, null, -3.8],
  ['  其中：基础设施投资', '%', null, 12.4, null, 10.9],
  ['社会消费品零售总额', '万元', 52380, 6.1, 57946, 6.4],
  ['一般公共预算收入', '万元', 9862, 14.2, 10874, 13.5],
  ['  其中：税收收入', '万元', 6215, 9.8, 6903, 10.2],
  ['一般公共预算支出', '万元', 186420, 4.5, 205310, 5.1],
  ['金融机构人民币存款余额', '万元', 612580, 8.3, 618940, 8.0],
  ['金融机构人民币贷款余额', '万元', 284160, 11.2, 287530, 10.6],
  ['全社会用电量', '万千瓦时', 8642, 7.5, 9518, 7.9],
  ['接待游客', '万人次', 148.6, 18.4, 152.3, 17.9],
  ['旅游收入', '万元', 96420, 21.3, 99850, 20.6],
];

const industries: Row[] = [
  ['总计', '万元', 38416, 12.6, 42905, 11.8],
  ['采矿业', '万元', 8904, -5.2, 9812, -4.6],
  ['制造业', '万元', 13086, 16.1, 14630, 15.2],
  ['  其中：农副食品加工业', '万元', 2871, 8.8, 3215, 9.4],
  ['        酒、饮料和精制茶制造业', '万元', 5233, 22.4, 5842, 21.6],
  ['        非金属矿物制品业', '万元', 4982, 13.5, 5573, 12.8],
  ['电力、热力、燃气及水生产和供应业', '万元', 16426, 19.6, 18463, 18.9],
  ['  其中：电力、热力生产和供应业', '万元', 15934, 20.1, 17926, 19.3],
  ['        水的生产和供应业', '万元', 492, 6.9, 537, 6.5],
];

const header = (first: string): Value[][] => [
  [first, '计量单位', '1—10月', null, '1—11月', null],
  [null, null, '累计', '同比增长%', '累计', '同比增长%'],
];

function sheetOf(rows: Value[][], bodyFrom: number, bodyTo: number, notes: number[]): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (let r = bodyFrom; r < bodyTo; r++)
    for (const c of [2, 3, 4, 5]) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof cell.v === 'number')
        cell.z = c % 2 === 1 ? '0.0' : Number.isInteger(cell.v) ? '0' : '0.0';
    }
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
    { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
    { s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
    ...notes.map((r) => ({ s: { r, c: 0 }, e: { r, c: 5 } })),
  ];
  sheet['!cols'] = [{ wch: 34 }, { wch: 10 }, { wch: 12 }, { wch: 11 }, { wch: 12 }, { wch: 11 }];
  return sheet;
}

const cells = (rows: Row[]): Value[][] =>
  rows.map(([name, unit, a, ga, b, gb]): Value[] => [name, unit, a ?? '—', ga, b ?? '—', gb]);

export function yuduiXls(): Buffer {
  const mainRows: Value[][] = [
    ['嵎堆县2024年1—11月主要经济指标', null, null, null, null, null],
    ['编制单位：嵎堆县统计局', null, null, null, '2024年12月16日', null],
    ...header('指标名称'),
    ...cells(main),
    [
      '注：1.规模以上工业增加值增速按可比价格计算，总产值按当年价格计算；2.固定资产投资统计范围为计划总投资500万元及以上项目；3.地区生产总值按季度核算，前三季度全县实现地区生产总值24.36亿元，同比增长6.8%，四季度数据待琼措市统计局统一核算后发布。',
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, '嵎堆县统计局', null],
  ];
  const mainBody = 4 + main.length;
  const industryRows: Value[][] = [
    ['嵎堆县2024年1—11月规模以上工业分行业总产值', null, null, null, null, null],
    ['单位：万元', null, null, null, null, null],
    ...header('行业'),
    ...cells(industries),
    ['注：全县规模以上工业企业14家，其中11月新增入库1家。', null, null, null, null, null],
  ];
  const industryBody = 4 + industries.length;
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheetOf(mainRows, 4, mainBody, [mainBody]), '主要指标');
  XLSX.utils.book_append_sheet(
    workbook,
    sheetOf(industryRows, 4, industryBody, [industryBody]),
    '规上工业分行业',
  );
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
