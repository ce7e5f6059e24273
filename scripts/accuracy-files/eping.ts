// The thirty-ninth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts
// writes its): 鄂平县's (under 汾岚市, Shanxi) 统计月报 for May 2013 as its statistics bureau attaches it: a title
// row and an issue line merged across the sheet, a unit line, one header row (指标 | 单位 | 本月 | 累计 |
// 累计同比增长% | 全市位次), a 其中 row indented with full-width spaces and its rank left as —, balances whose 本月
// cell is —, a 注 row naming the group size of the rank column, and the bureau's signature and date. Growths
// are doubles shown through a 0.0 format. Invented place and figures; its answers are
// tests/accuracy/eping-2013-m5-analysis.answers.json.

import * as XLSX from '@e965/xlsx';

export const eping = { name: 'eping-2013-m5-analysis' };

type Value = string | number | null;

/** 指标, 单位, 本月 (or — for a balance), 累计, 累计同比增长%, 全市位次 (or —). */
type Row = readonly [string, string, number | '—', number, number, number | '—'];

const rows: Row[] = [
  ['规模以上工业总产值', '万元', 61380, 287460, 11.2, 4],
  ['规模以上工业增加值', '万元', 18642, 86215, 9.8, 5],
  ['固定资产投资（500万元以上）', '万元', 35210, 118640, 24.6, 3],
  ['社会消费品零售总额', '万元', 21475, 104382, 13.9, 6],
  ['公共财政预算收入', '万元', 3186, 17452, 15.3, 2],
  ['全社会用电量', '万千瓦时', 4215, 21038, 6.4, 7],
  ['　　其中：工业用电量', '万千瓦时', 3108, 15562, 5.1, '—'],
  ['金融机构各项存款余额', '亿元', '—', 68.35, 14.2, 5],
  ['金融机构各项贷款余额', '亿元', '—', 41.27, 17.6, 4],
];

export function epingXls(): Buffer {
  const table: Value[][] = [
    ['鄂平县统计月报', null, null, null, null, null],
    ['2013年第5期（总第149期）　　鄂平县统计局编　　2013年6月17日', null, null, null, null, null],
    ['主要经济指标（2013年1-5月）', null, null, null, null, '单位：万元、%'],
    ['指标', '单位', '本月', '累计', '累计同比增长%', '全市位次'],
    ...rows.map((row): Value[] => [...row]),
    [
      '注：1.全市位次为累计增速在全市11个县（市、区）中的排序；2.存贷款余额为5月末数，增长为比上年同月末。',
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, '鄂平县统计局', null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(table);
  const formats = [null, null, '0', '0.00', '0.0', '0'];
  for (const [r, row] of table.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format)
        cell.z = c === 3 && Number.isInteger(value) ? '0' : format;
    }
  const note = table.length - 2;
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: 5 } },
    { s: { r: 2, c: 0 }, e: { r: 2, c: 4 } },
    { s: { r: note, c: 0 }, e: { r: note, c: 5 } },
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '主要指标');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
