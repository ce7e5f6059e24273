// The thirty-fifth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, SheetJS as hetuan.ts writes its): a
// prefecture city's statistics bureau 通报 of its counties' main indicators for 2016年1-6月 (梓岙市, invented):
// a merged title row, a unit line, a two-row header (指标 over 总量 | 增速（%） | 位次 for three indicators), a
// 全市 row (the city's own figures), five county rows with their ranks among the five, a 注 row and the bureau's
// signature. The counties' rows are sibling places: no observations, ranks or facts (as townships' tables).
// Invented places and figures; answers in tests/accuracy/ziao-2016-h1-counties.answers.json.

import * as XLSX from '@e965/xlsx';

export const ziao = { name: 'ziao-2016-h1-counties' };

type Value = string | number | null;

/** 地区, then for 地区生产总值, 规模以上工业增加值, 固定资产投资: 总量 (亿元), 增速, 位次. */
type Row = readonly [
  string,
  number,
  number,
  number | null,
  number,
  number,
  number | null,
  number,
  number,
  number | null,
];

const rows: Row[] = [
  ['全市', 486.32, 7.6, null, 168.45, 8.9, null, 402.17, 12.4, null],
  ['岱溪县', 112.64, 8.3, 1, 45.21, 9.6, 2, 86.42, 13.8, 2],
  ['榆沟县', 86.15, 7.9, 2, 32.68, 10.2, 1, 74.36, 15.1, 1],
  ['禾泮县', 72.48, 7.1, 4, 21.37, 8.1, 4, 61.08, 11.2, 4],
  ['澜畈县', 64.93, 7.4, 3, 18.92, 8.6, 3, 55.73, 12.6, 3],
  ['苇桥区', 150.12, 6.8, 5, 50.27, 7.4, 5, 124.58, 9.7, 5],
];

export function ziaoXls(): Buffer {
  const aoa: Value[][] = [
    ['梓岙市2016年1-6月各县区主要经济指标完成情况', null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, '单位：亿元、%'],
    ['地区', '地区生产总值', null, null, '规模以上工业增加值', null, null, '固定资产投资', null, null],
    [null, '总量', '增速（%）', '位次', '总量', '增速（%）', '位次', '总量', '增速（%）', '位次'],
    ...rows.map((r): Value[] => [...r]),
    [
      '注：位次为各县区增速排位；全市数据为初步核算数。',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null, '梓岙市统计局', null, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  const formats = [null, '0.00', '0.0', '0', '0.00', '0.0', '0', '0.00', '0.0', '0'];
  for (const [r, row] of aoa.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format) cell.z = format;
    }
  const last = aoa.length - 1;
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 9 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 2, c: 3 } },
    { s: { r: 2, c: 4 }, e: { r: 2, c: 6 } },
    { s: { r: 2, c: 7 }, e: { r: 2, c: 9 } },
    { s: { r: last - 1, c: 0 }, e: { r: last - 1, c: 9 } },
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1-6月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
