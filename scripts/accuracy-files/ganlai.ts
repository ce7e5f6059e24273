// The ninety-second held-out batch's workbook: a Jiangxi-style prefecture city statistics bureau's 2025年1—9月
// 各县（市、区）主要经济指标 (赣濑市 and its nine counties, districts and county-level city) as the bureau attaches it
// (.xlsx, written with write-excel-file). A first sheet gives the city's own indicators with 全省位次 and 较上半年进退位
// marks; the second, the counties' sheet: a title, a unit line, a two-row header (县（市、区） merged down beside
// five indicator groups, each over its 绝对值/增长/位次 or 增长/位次 cells), a 全市 row with — in its 位次 cells, nine
// places' rows, numbered notes and a 简要说明 paragraph in one merged cell with the city's own province ranks, then the
// bureau's signature. Invented place and figures; the answers are tests/accuracy/ganlai-2025-q3-analysis.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { groupedHeaderRows, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const ganlai = { name: 'ganlai-2025-q3-analysis' };

const WIDTH = 15;

const lines: Line[] = [
  ['全市', 1862.37, 5.6, '—', 7.2, '—', 4.1, '—', 748.45, 5.3, '—', 112.46, 2.7, '—', ''],
  ['濑川区', 412.56, 5.9, 3, 7.4, 5, 5.2, 3, 236.18, 5.6, 2, 14.27, 3.5, 3, ''],
  ['赣湄区', 268.34, 5.1, 7, 6.8, 7, 2.6, 7, 138.52, 5.1, 6, 9.86, 1.8, 7, ''],
  ['湓口市', 241.9, 5.5, 4, 7.5, 4, 4.4, 4, 72.64, 5.0, 7, 11.28, 3.2, 4, ''],
  ['崟山县', 198.75, 6.3, 1, 8.6, 1, 6.1, 1, 61.37, 5.4, 4, 10.53, 4.6, 1, ''],
  ['瀼水县', 176.42, 5.4, 5, 7.7, 3, 3.8, 5, 58.96, 5.3, 5, 8.92, 2.9, 5, ''],
  ['嵚溪县', 163.28, 4.8, 9, 6.1, 9, -1.4, 9, 52.41, 4.7, 9, 7.65, -0.8, 9, ''],
  ['沩岭县', 152.06, 6.0, 2, 8.1, 2, 5.7, 2, 49.83, 5.8, 1, 8.37, 4.1, 2, ''],
  ['濑南县', 128.63, 5.2, 6, 7.0, 6, 3.1, 6, 40.25, 4.9, 8, 6.74, 2.2, 6, ''],
  ['浠岑县', 120.43, 5.0, 8, 6.5, 8, 1.9, 8, 38.29, 5.5, 3, 5.96, 1.2, 8, ''],
];

const NOTES = [
  '注：1.位次按各县（市、区）增速由高到低排列；2.赣濑经济技术开发区、濑湖新区数据分别含在濑川区、赣湄区内；3.全市一般公共预算收入含市本级；4.地区生产总值为初步核算数，增速按不变价格计算。',
  '简要说明：1—9月，全市地区生产总值1862.37亿元，同比增长5.6%，增速居全省11个设区市第4位，较上半年前移1位；规模以上工业增加值增长7.2%，居全省第3位；固定资产投资增长4.1%，增速较上半年回落0.6个百分点，位次后移1位，居全省第7位；社会消费品零售总额748.45亿元，增长5.3%，居全省第5位，与上半年持平；一般公共预算收入112.46亿元，增长2.7%，其中税收收入78.35亿元，增长4.2%，税收占比69.7%。分县看，崟山县地区生产总值、规模以上工业增加值、固定资产投资增速均居全市首位，嵚溪县固定资产投资、一般公共预算收入下降。',
];

/** Each column's display: amounts with two decimals, growths with one, ranks whole. */
const FORMATS = ['', '0.00', '0.0', '0', '0.0', '0', '0.0', '0', '0.00', '0.0', '0', '0.00', '0.0', '0', ''];

const dataRow = (line: Line): Cell[] =>
  line.map((value, i) =>
    typeof value === 'number'
      ? { value, format: FORMATS[i], align: 'right' }
      : { value, align: i > 0 ? 'center' : undefined },
  );

const sheet: SheetData = [
  titleRow('赣濑市2025年1—9月各县（市、区）主要经济指标', WIDTH),
  noteRow('单位：亿元、%', WIDTH),
  ...groupedHeaderRows(
    ['县（市、区）'],
    [
      { text: '地区生产总值', sub: ['绝对值', '增长', '位次'] },
      { text: '规模以上工业增加值', sub: ['增长', '位次'] },
      { text: '固定资产投资', sub: ['增长', '位次'] },
      { text: '社会消费品零售总额', sub: ['绝对值', '增长', '位次'] },
      { text: '一般公共预算收入', sub: ['绝对值', '增长', '位次'] },
      { text: '备注', sub: [''] },
    ],
  ),
  ...lines.map(dataRow),
  ...NOTES.map((n) => noteRow(n, WIDTH).map((c) => (c ? { ...c, wrap: true } : c))),
  signatureRow('赣濑市统计局综合科　2025年10月24日', WIDTH, 5),
];

/** The city's own sheet: 指标 | 单位 | 1—9月 | 同比增长（%） | 全省位次 | 较上半年进退位 (marks), 其中 rows indented. */
const CITY: Line[] = [
  ['地区生产总值', '亿元', 1862.37, 5.6, 4, '↑1'],
  ['　第一产业增加值', '亿元', 186.52, 3.8, '—', '—'],
  ['　第二产业增加值', '亿元', 742.68, 6.4, '—', '—'],
  ['　第三产业增加值', '亿元', 933.17, 5.2, '—', '—'],
  ['规模以上工业增加值', '亿元', '—', 7.2, 3, '↑2'],
  ['固定资产投资', '亿元', '—', 4.1, 7, '↓1'],
  ['　其中：工业投资', '亿元', '—', 9.6, '—', '—'],
  ['社会消费品零售总额', '亿元', 748.45, 5.3, 5, '持平'],
  ['一般公共预算收入', '亿元', 112.46, 2.7, 6, '↑1'],
  ['　其中：税收收入', '亿元', 78.35, 4.2, '—', '—'],
  ['外贸进出口总额', '亿元', 286.34, 8.7, 4, '↓1'],
  ['城镇居民人均可支配收入', '元', 38652, 4.6, 8, '持平'],
  ['农村居民人均可支配收入', '元', 17834, 6.2, 5, '↑1'],
];

const cityRow = (line: Line): Cell[] =>
  line.map((value) =>
    typeof value === 'number'
      ? { value, format: ['0', '0.0', '0.00'][`${value}`.split('.')[1]?.length ?? 0], align: 'right' }
      : { value },
  );

const citySheet: SheetData = [
  titleRow('赣濑市2025年1—9月主要经济指标', 6),
  [
    headerCell('指标'),
    headerCell('单位'),
    headerCell('1—9月'),
    headerCell('同比增长（%）'),
    headerCell('全省位次'),
    headerCell('较上半年进退位'),
  ],
  ...CITY.map(cityRow),
  noteRow('注：全省位次为增速在全省11个设区市中的位次；进退位与1—6月位次相比，↑为前移，↓为后移。', 6),
];

export async function ganlaiXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: citySheet,
      sheet: '全市主要指标',
      columns: [{ width: 26 }, { width: 8 }, { width: 12 }, { width: 14 }, { width: 10 }, { width: 16 }],
    },
    {
      data: sheet,
      sheet: '1-9月县区指标',
      columns: [{ width: 14 }, ...Array.from({ length: WIDTH - 1 }, () => ({ width: 10 }))],
    },
  ]).toBuffer();
}
