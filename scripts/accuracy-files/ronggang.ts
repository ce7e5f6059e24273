// Held-out-479 (session 50): an Anhui-style county 统计局's 榕岗县2005年5月统计月报 (榕岗县, invented) as an Excel 97–2003
// workbook (.xls, BIFF8) of two sheets: 主要指标, with a two-row header whose 本年实际 and 比上年同期增长（%） cells are merged
// over 5月 and 1—5月 (the month beside the months to date), eight section rows, indented 其中 rows, '—' where a month's
// figure is not compiled, a 注 of four lines and the signature; and 分乡镇, the towns' revenue, funds won and industry with
// a 合计 row and its own note. Invented place and figures; the answers are
// tests/accuracy/ronggang-2005-m5-monthly.answers.json, written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const ronggang = { name: 'ronggang-2005-m5-monthly' };

type Cell = number | string;
/** A section row (one string), or 指标名称, 计量单位, 5月, 1—5月, 5月增长%, 1—5月增长%. */
export type MonthlyRow = readonly [string] | readonly [string, string, Cell, Cell, Cell, Cell];

export const ronggangRows: MonthlyRow[] = [
  ['一、工业'],
  ['规模以上工业总产值', '万元', 9860, 43280, 28.4, 25.6],
  ['规模以上工业增加值', '万元', 2940, 12650, 29.1, 24.3],
  ['  其中：轻工业', '万元', 1120, 4860, 21.5, 18.2],
  ['        重工业', '万元', 1820, 7790, 34.2, 28.5],
  ['规模以上工业产品销售收入', '万元', 9520, 41860, 27.6, 24.9],
  ['规模以上工业利润总额', '万元', '—', 1860, '—', 22.4],
  ['工业用电量', '万千瓦时', 860, 4120, 15.3, 13.8],
  ['二、固定资产投资'],
  ['城镇固定资产投资', '万元', 5860, 21460, 38.2, 33.6],
  ['  其中：工业投资', '万元', 2950, 10280, 52.6, 46.3],
  ['        房地产开发投资', '万元', 1120, 4360, 25.8, 21.2],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 4860, 24350, 12.9, 12.4],
  ['  其中：批发零售贸易业', '万元', 4210, 21080, 12.3, 11.8],
  ['        住宿餐饮业', '万元', 650, 3270, 16.8, 16.5],
  ['四、对外经济'],
  ['外贸进出口总额', '万美元', 126, 598, 18.9, 21.4],
  ['  其中：出口', '万美元', 98, 462, 22.5, 24.2],
  ['实际利用外资', '万美元', '—', 285, '—', 18.3],
  ['招商引资到位资金', '万元', '—', 18650, '—', 36.8],
  ['五、财政'],
  ['财政收入', '万元', 1640, 8260, 23.6, 20.8],
  ['  其中：地方财政收入', '万元', 980, 4950, 21.4, 18.6],
  ['一般预算支出', '万元', '—', 11860, '—', 15.2],
  ['六、金融（5月末）'],
  ['金融机构各项存款余额', '万元', '—', 168420, '—', 14.6],
  ['  其中：城乡居民储蓄存款余额', '万元', '—', 139650, '—', 15.9],
  ['金融机构各项贷款余额', '万元', '—', 96280, '—', 6.3],
  ['七、其他'],
  ['全社会用电量', '万千瓦时', 1680, 7960, 12.4, 11.5],
  ['邮电业务总量', '万元', '—', 3120, '—', 21.6],
];

const notes = [
  '注：1.规模以上工业指全部国有及年产品销售收入500万元以上非国有工业企业。',
  '2.城镇固定资产投资统计范围为计划总投资50万元以上项目。',
  '3.存、贷款为月末余额，增长速度为与上年同月末相比。',
  '4.本月报数据为快报数，以年报为准。',
];

/** 乡镇, 财政收入（万元）, 比上年同期增长%, 招商引资到位资金（万元）, 规模以上工业增加值（万元）. */
const towns: readonly (readonly [string, number, number, number, number])[] = [
  ['城关镇', 1860, 22.8, 5260, 4120],
  ['榕溪镇', 720, 18.4, 2860, 2260],
  ['岗集镇', 540, 25.6, 2140, 1380],
  ['双河乡', 310, 12.2, 960, 420],
  ['白杨乡', 280, 9.8, 1120, 560],
  ['新店镇', 460, 21.5, 1860, 1240],
  ['花园乡', 240, 15.3, 680, 310],
  ['高桥镇', 390, 19.6, 1450, 860],
  ['龙山乡', 210, 8.6, 520, 180],
];

function mainSheet(): XLSX.WorkSheet {
  const width = 6;
  const aoa: (Cell | null)[][] = [
    ['榕岗县2005年5月统计月报', null, null, null, null, null],
    [null, null, null, null, '榕岗县统计局编', null],
    [null, null, null, null, '2005年6月10日', null],
    ['指标名称', '计量单位', '本年实际', null, '比上年同期增长（%）', null],
    [null, null, '5月', '1—5月', '5月', '1—5月'],
  ];
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 3, c: 0 }, e: { r: 4, c: 0 } },
    { s: { r: 3, c: 1 }, e: { r: 4, c: 1 } },
    { s: { r: 3, c: 2 }, e: { r: 3, c: 3 } },
    { s: { r: 3, c: 4 }, e: { r: 3, c: 5 } },
  ];
  for (const row of ronggangRows) {
    if (row.length === 1) {
      merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: width - 1 } });
      aoa.push([row[0], null, null, null, null, null]);
    } else aoa.push([...row]);
  }
  for (const line of notes) {
    merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: width - 1 } });
    aoa.push([line, null, null, null, null, null]);
  }
  aoa.push([null, null, null, null, '榕岗县统计局', null]);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  sheet['!cols'] = [34, 10, 11, 11, 11, 11].map((wch) => ({ wch }));
  return sheet;
}

function townSheet(): XLSX.WorkSheet {
  const sum = (i: 1 | 3 | 4) => towns.reduce((s, t) => s + t[i], 0);
  const aoa: (Cell | null)[][] = [
    ['2005年1—5月分乡镇主要经济指标', null, null, null, null],
    ['乡镇', '财政收入（万元）', '比上年同期增长%', '招商引资到位资金（万元）', '规模以上工业增加值（万元）'],
    ...towns.map((t) => [...t]),
    ['合计', sum(1), 19.7, sum(3), sum(4)],
    ['注：乡镇财政收入不含县直单位征收部分。', null, null, null, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    { s: { r: aoa.length - 1, c: 0 }, e: { r: aoa.length - 1, c: 4 } },
  ];
  sheet['!cols'] = [12, 16, 16, 22, 24].map((wch) => ({ wch }));
  return sheet;
}

export function ronggangXls(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, mainSheet(), '主要指标');
  XLSX.utils.book_append_sheet(workbook, townSheet(), '分乡镇');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
