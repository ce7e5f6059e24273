// Held-out-475 (session 50): a Hebei-style county 统计局's 蠡沣县2001年6月统计月报 (蠡沣县, invented) as an Excel 97–2003
// workbook (.xls, BIFF8, written with SheetJS): one sheet with a merged title, the compiler and date line, a header of two
// rows (指标名称 and 计量单位 spanning both; 本月 and 1—6月累计 each merged over 绝对数 | 比上年同期±%; 累计增速全市位次
// spanning both), eight section rows 一、… 八、 merged across, indented 其中 rows, 6月末 balances with '—' in the 本月
// cells, ranks for seven rows and '—' for the rest, negative growths, two product rows, a 注 of three lines and the
// bureau's signature. Invented place and figures; its answers are tests/accuracy/lifeng-2001-h1-monthly.answers.json,
// written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const lifeng = { name: 'lifeng-2001-h1-monthly' };

type Cell = number | string;
type Value = Cell | null;
/** A section row (one string), or 指标名称, 计量单位, 本月, 本月±%, 1—6月累计, 累计±%, 位次. */
type Row = readonly [string] | readonly [string, string, Cell, Cell, Cell, Cell, Cell];

const rows: Row[] = [
  ['一、工业'],
  ['规模以上工业总产值', '万元', 21460, 15.8, 118730, 14.6, 3],
  ['规模以上工业增加值', '万元', 6120, 16.4, 33850, 15.1, 2],
  ['规模以上工业产品销售收入', '万元', 20380, 17.2, 112460, 15.9, '—'],
  ['规模以上工业利润总额', '万元', 1260, 22.5, 6830, 19.4, '—'],
  ['乡镇企业总产值', '万元', 86420, 18.3, 472560, 17.6, 4],
  ['乡镇企业增加值', '万元', 21650, 17.9, 118240, 16.8, '—'],
  ['工业用电量', '万千瓦时', 1860, 9.4, 10520, 8.7, '—'],
  ['二、固定资产投资'],
  ['城镇固定资产投资', '万元', 4860, 24.6, 21350, 21.8, 5],
  ['　其中：房地产开发投资', '万元', 620, 31.2, 2840, 26.5, '—'],
  ['　　　　更新改造投资', '万元', 1340, 18.7, 6120, 16.2, '—'],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 11280, 10.2, 68460, 10.8, 3],
  ['　其中：城镇消费品零售额', '万元', 4960, 11.6, 29870, 12.1, '—'],
  ['　　　　乡村消费品零售额', '万元', 6320, 9.2, 38590, 9.9, '—'],
  ['四、对外经济'],
  ['外贸出口', '万美元', 186, 26.4, 1042, 23.8, 2],
  ['实际利用外资', '万美元', 45, -18.2, 386, 12.5, '—'],
  ['五、财政'],
  ['财政收入', '万元', 1860, 13.5, 9420, 12.3, 4],
  ['　其中：地方财政收入', '万元', 1020, 11.8, 5160, 10.6, '—'],
  ['财政支出', '万元', 2240, 9.6, 12680, 8.4, '—'],
  ['六、金融（6月末）'],
  ['金融机构各项存款余额', '万元', '—', '—', 312650, 13.2, '—'],
  ['　其中：城乡居民储蓄存款余额', '万元', '—', '—', 256480, 14.5, '—'],
  ['金融机构各项贷款余额', '万元', '—', '—', 184320, -2.6, '—'],
  ['七、运输邮电和能源'],
  ['全社会用电量', '万千瓦时', 3460, 7.8, 19860, 7.2, '—'],
  ['邮电业务总量', '万元', 1120, 21.4, 6380, 19.7, '—'],
  ['公路货运量', '万吨', 42.6, 6.2, 238.4, 5.8, '—'],
  ['公路客运量', '万人', 28.4, -3.6, 176.2, 2.4, '—'],
  ['八、主要工业产品产量'],
  ['水泥', '万吨', 3.86, 12.4, 20.46, 10.8, '—'],
  ['机制纸及纸板', '吨', 1260, -6.5, 7380, -4.2, '—'],
];

const notes = [
  '注：1.规模以上工业指全部国有及年产品销售收入500万元以上非国有工业企业。',
  '2.工业总产值、增加值按现行价格计算；存、贷款余额为月末数。',
  '3.位次为1—6月累计增速在全市各县（市、区）中的位次。',
];

const width = 7;
const blank = (n: number): null[] => Array.from({ length: n }, () => null);
const across = (r: number): XLSX.Range => ({ s: { r, c: 0 }, e: { r, c: width - 1 } });
const range = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({
  s: { r: r1, c: c1 },
  e: { r: r2, c: c2 },
});

export function lifengXls(): Buffer {
  const aoa: Value[][] = [
    ['蠡沣县2001年6月统计月报', ...blank(width - 1)],
    ['编制单位：蠡沣县统计局', ...blank(width - 3), '2001年7月6日', null],
    ['指标名称', '计量单位', '本月', null, '1—6月累计', null, '累计增速全市位次'],
    [null, null, '绝对数', '比上年同期±%', '绝对数', '比上年同期±%', null],
  ];
  const merges: XLSX.Range[] = [
    across(0),
    range(2, 0, 3, 0),
    range(2, 1, 3, 1),
    range(2, 2, 2, 3),
    range(2, 4, 2, 5),
    range(2, 6, 3, 6),
  ];
  const figureRows: number[] = [];
  for (const row of rows) {
    if (row.length === 1) {
      merges.push(across(aoa.length));
      aoa.push([row[0], ...blank(width - 1)]);
      continue;
    }
    figureRows.push(aoa.length);
    aoa.push([...row]);
  }
  for (const line of notes) {
    merges.push(across(aoa.length));
    aoa.push([line, ...blank(width - 1)]);
  }
  aoa.push([...blank(width - 3), '蠡沣县统计局', null, null]);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (const r of figureRows)
    for (let c = 2; c < width; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (!cell || typeof cell.v !== 'number') continue;
      const v = cell.v;
      const places = Number.isInteger(v) ? 0 : (String(v).split('.')[1] ?? '').length;
      cell.z = c === 3 || c === 5 ? '0.0' : places === 0 ? '0' : places === 1 ? '0.0' : '0.00';
    }
  sheet['!merges'] = merges;
  sheet['!cols'] = [30, 10, 11, 13, 12, 13, 10].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '主要指标');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
