// Held-out-488 (session 51): a Chongqing-style county 统计局's 堪溪县2001年2月统计月报 (堪溪县, invented) as an Excel 97–2003
// workbook (.xls, BIFF8) of one sheet printed as two panels side by side, each `指 标 | 单位 | 2001年 (本月 | 1—2月累计) |
// 同比±%` under a two-row header with merged cells, so the sheet carries a second 单位 column; 其中 rows that add up to the
// row above, '—' where a month is not compiled, a starred rate whose 同比 cell is in points, a four-line 注 and a sign-off.
// Invented place and figures; the answers are tests/accuracy/kanxi-2001-m1-2-monthly.answers.json, written by hand.

import * as XLSX from '@e965/xlsx';

export const kanxi = { name: 'kanxi-2001-m1-2-monthly' };

type Cell = number | string;
/** A section row (one string), or 指标, 单位, 本月, 1—2月累计, 同比±%. */
export type KanxiRow = readonly [string] | readonly [string, string, Cell, Cell, Cell];

export const kanxiLeft: KanxiRow[] = [
  ['一、工业'],
  ['乡及乡以上工业总产值', '万元', 4862, 9735, 12.6],
  ['  其中：国有工业', '万元', 1530, 3082, 6.8],
  ['        集体工业', '万元', 2214, 4386, 15.2],
  ['        其他经济类型工业', '万元', 1118, 2267, 15.9],
  ['乡及乡以上工业增加值', '万元', 1386, 2771, 11.9],
  ['工业产品销售率*', '%', 95.2, 94.6, -1.3],
  ['原煤产量', '万吨', 2.86, 5.94, 8.2],
  ['水泥产量', '万吨', 1.12, 2.08, -4.6],
  ['发电量', '万千瓦时', 1365, 2840, 10.3],
  ['二、乡镇企业'],
  ['乡镇企业总产值', '万元', '—', 38640, 15.8],
  ['  其中：乡镇工业产值', '万元', '—', 24180, 17.2],
  ['乡镇企业增加值', '万元', '—', 9870, 16.2],
  ['乡镇企业营业收入', '万元', '—', 36920, 14.7],
  ['乡镇企业利润总额', '万元', '—', 2185, 9.6],
  ['三、对外经济'],
  ['外贸出口', '万美元', '—', 126, 35.6],
];

export const kanxiRight: KanxiRow[] = [
  ['四、固定资产投资'],
  ['全社会固定资产投资', '万元', '—', 6850, 21.4],
  ['  其中：基本建设投资', '万元', '—', 3920, 28.6],
  ['        更新改造投资', '万元', '—', 1460, 12.3],
  ['五、国内贸易'],
  ['社会消费品零售总额', '万元', 2940, 6325, 9.8],
  ['  其中：批发零售贸易业', '万元', 2510, 5396, 9.2],
  ['        餐饮业', '万元', 430, 929, 13.6],
  ['六、财政'],
  ['财政收入', '万元', 612, 1386, 18.5],
  ['  其中：工商税收', '万元', 486, 1072, 22.4],
  ['        农业税', '万元', '—', 86, -12.4],
  ['财政支出', '万元', 1046, 2257, 10.6],
  ['七、金融（2月末）'],
  ['各项存款余额', '万元', '—', 186420, 14.2],
  ['  其中：城乡居民储蓄存款余额', '万元', '—', 142360, 16.8],
  ['各项贷款余额', '万元', '—', 118650, 6.3],
];

const notes = [
  '注：1.工业总产值按现行价格计算，统计范围为乡及乡以上独立核算工业企业。',
  '2.标“*”的指标，同比栏为比上年同期增减百分点。',
  '3.“—”表示本月数不统计；存、贷款余额为月末数，同比为比上年同期末增减%。',
  '4.今年春节为1月24日，上年春节为2月5日，2月份当月数与上年同月不可比，分析时请以1—2月累计数为准。',
];

const across = (r: number, c0: number, c1: number): XLSX.Range => ({ s: { r, c: c0 }, e: { r, c: c1 } });
const down = (r: number, c: number): XLSX.Range => ({ s: { r, c }, e: { r: r + 1, c } });

function panelCells(row: KanxiRow | undefined): (Cell | null)[] {
  if (!row) return [null, null, null, null, null];
  if (row.length === 1) return [row[0], null, null, null, null];
  return [...row];
}

function sheet(): XLSX.WorkSheet {
  const width = 10;
  const aoa: (Cell | null)[][] = [
    ['堪溪县2001年2月统计月报', ...Array(width - 1).fill(null)],
    ['编报单位：堪溪县统计局', null, null, null, null, null, null, null, null, '2001年3月8日'],
    ['指    标', '单位', '2001年', null, '同比±%', '指    标', '单位', '2001年', null, '同比±%'],
    [null, null, '本  月', '1—2月累计', null, null, null, '本  月', '1—2月累计', null],
  ];
  const merges: XLSX.Range[] = [across(0, 0, width - 1)];
  for (const c0 of [0, 5])
    merges.push(down(2, c0), down(2, c0 + 1), across(2, c0 + 2, c0 + 3), down(2, c0 + 4));
  const height = Math.max(kanxiLeft.length, kanxiRight.length);
  for (let i = 0; i < height; i++) aoa.push([...panelCells(kanxiLeft[i]), ...panelCells(kanxiRight[i])]);
  for (const line of notes) {
    merges.push(across(aoa.length, 0, width - 1));
    aoa.push([line, ...Array(width - 1).fill(null)]);
  }
  const sign: (Cell | null)[] = Array(width).fill(null);
  sign[0] = '负责人：刘光荣';
  sign[5] = '填表人：陈晓华';
  sign[8] = '电话：72261034';
  aoa.push(sign);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!merges'] = merges;
  ws['!cols'] = [26, 8, 9, 11, 9, 28, 8, 9, 11, 9].map((wch) => ({ wch }));
  return ws;
}

export function kanxiXls(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet(), '2月月报');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
