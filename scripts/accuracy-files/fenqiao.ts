// The sixty-first held-out batch's workbook: a Shanxi-style prefecture city statistics bureau's 统计月报 for May 2024
// (汾峤市, with six counties and districts and a county-level city) as the bureau attaches it (.xlsx, written with
// write-excel-file), three sheets: 简析 (the month's brief as paragraphs, one merged cell a line), 主要指标 (5月 and
// 1—5月, each 绝对值 and 同比增长, then 较1—4月增减（百分点） and 全省位次; 从煤与非煤看 rows under the industry, 其中
// rows, products in 万吨 and 亿千瓦时, — cells), 分县区 (全市 and seven places side by side: growths, 累计 levels and
// growths of retail and revenue) and a note on each sheet. Figures are shown with their own decimals. Invented place and
// figures; the answers are tests/accuracy/fenqiao-2024-m5-analysis.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { groupedHeaderRows, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const fenqiao = { name: 'fenqiao-2024-m5-analysis' };

/** A figure shown with the decimals it is written with (205.36, 3.6, 4215.6), as the bureau types them. */
const figure = (value: number): Cell => {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return { value, format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` };
};
const row = (line: Line): Cell[] => line.map((v) => (typeof v === 'number' ? figure(v) : { value: v }));

const brief: string[] = [
  '一、工业生产降幅持续收窄。1—5月，全市规模以上工业增加值下降1.6%，降幅较1—4月收窄1.2个百分点，增速居全省第7位。从煤与非煤看，煤炭工业下降2.8%，非煤工业增长2.1%。5月当月，全市规上工业增加值增长2.3%，连续两个月保持正增长。全市原煤产量4215.6万吨，下降3.2%；发电量92.17亿千瓦时，增长4.8%。',
  '二、投资增速有所回落。1—5月，全市固定资产投资增长3.6%，增速较1—4月回落1.1个百分点，居全省第5位。其中工业投资增长14.2%，增速快于全市投资10.6个百分点，拉动全市投资增长4.8个百分点；房地产开发投资下降12.5%，降幅较1—4月收窄1.6个百分点。分县区看，7个县（市、区）中有5个投资实现正增长，栎堡县以12.8%的增速居首位。',
  '三、商品房销售持续低迷。1—5月，全市商品房销售面积38.64万平方米，下降18.3%；商品房销售额25.82亿元，下降15.7%，降幅分别较1—4月扩大2.4个和1.9个百分点。',
  '四、消费市场平稳增长。1—5月，全市社会消费品零售总额205.36亿元，增长3.8%，增速较1—4月加快0.2个百分点，居全省第6位。其中限额以上单位消费品零售额64.71亿元，增长1.5%。分县区看，峤东区、峤西区分别增长5.1%和4.6%，对全市消费增长的拉动作用明显。',
  '五、财政收入降幅收窄。1—5月，全市一般公共预算收入61.37亿元，下降4.2%，降幅较1—4月收窄1.5个百分点，居全省第8位。其中税收收入49.85亿元，下降6.6%，占一般公共预算收入的81.2%。一般公共预算支出112.64亿元，增长3.1%。',
  '六、金融存贷款平稳增长。5月末，全市金融机构各项存款余额3186.5亿元，同比增长7.2%；各项贷款余额2064.8亿元，同比增长8.5%。',
];

const main: Line[] = [
  ['规模以上工业增加值', '—', '—', 2.3, '—', -1.6, 1.2, 7],
  ['　煤炭工业', '—', '—', 1.5, '—', -2.8, 0.9, '—'],
  ['　非煤工业', '—', '—', 4.6, '—', 2.1, 1.8, '—'],
  ['原煤产量', '万吨', 862.4, 1.9, 4215.6, -3.2, 0.6, '—'],
  ['发电量', '亿千瓦时', 18.36, 6.4, 92.17, 4.8, -0.7, '—'],
  ['固定资产投资', '—', '—', '—', '—', 3.6, -1.1, 5],
  ['　其中：工业投资', '—', '—', '—', '—', 14.2, 2.3, '—'],
  ['　　　　房地产开发投资', '—', '—', '—', '—', -12.5, 1.6, '—'],
  ['商品房销售面积', '万平方米', '—', '—', 38.64, -18.3, -2.4, '—'],
  ['商品房销售额', '亿元', '—', '—', 25.82, -15.7, -1.9, '—'],
  ['社会消费品零售总额', '亿元', 42.18, 4.2, 205.36, 3.8, 0.2, 6],
  ['　其中：限额以上单位消费品零售额', '亿元', 13.25, 2.9, 64.71, 1.5, -0.4, '—'],
  ['一般公共预算收入', '亿元', 8.64, -6.8, 61.37, -4.2, 1.5, 8],
  ['　其中：税收收入', '亿元', 6.92, -9.1, 49.85, -6.6, 1.2, '—'],
  ['一般公共预算支出', '亿元', 21.45, 5.3, 112.64, 3.1, -0.5, '—'],
  ['金融机构各项存款余额', '亿元', '—', '—', 3186.5, 7.2, -0.3, '—'],
  ['金融机构各项贷款余额', '亿元', '—', '—', 2064.8, 8.5, 0.4, '—'],
];

const places: Line[] = [
  ['全市', -1.6, 3.6, 205.36, 3.8, 61.37, -4.2],
  ['峤东区', 3.2, 8.4, 58.62, 5.1, 9.84, 2.6],
  ['峤西区', 1.8, -2.6, 44.15, 4.6, 7.26, -1.8],
  ['汾崖县', -4.5, 6.1, 18.37, 2.4, 8.93, -9.6],
  ['栎堡县', -3.1, 12.8, 15.46, 3.3, 10.25, -7.2],
  ['霍湄县', 0.6, -5.4, 21.08, 2.9, 6.11, 1.4],
  ['榆圪县', -6.2, 9.3, 12.94, 1.8, 11.62, -12.3],
  ['岢原市', 2.4, 4.7, 34.74, 3.6, 7.36, 3.5],
];

const briefSheet: Cell[][] = [
  titleRow('2024年1—5月全市经济运行简析', 8),
  ...brief.map((p) => noteRow(p, 8)),
  signatureRow('汾峤市统计局综合科　2024年6月20日', 8, 4),
];

const mainSheet: Cell[][] = [
  titleRow('汾峤统计月报（2024年第5期）　全市主要经济指标', 8),
  ...groupedHeaderRows(
    ['指标', '单位'],
    [
      { text: '5月', sub: ['本月', '同比增长（%）'] },
      { text: '1—5月', sub: ['累计', '同比增长（%）', '较1—4月增减（百分点）'] },
      { text: '全省位次', sub: ['累计增速'] },
    ],
  ),
  ...main.map(row),
  noteRow(
    '注：1.全省位次为1—5月累计增速在全省11个市中的位次；2.固定资产投资统计范围为计划总投资500万元及以上项目（不含农户）；3.存贷款为月末余额；4.“—”为不统计或不公布。',
    8,
  ),
  signatureRow('汾峤市统计局　2024年6月20日', 8, 4),
];

const placesSheet: Cell[][] = [
  titleRow('2024年1—5月各县（市、区）主要经济指标', 7),
  [
    headerCell('县（市、区）', { rowSpan: 2 }),
    headerCell('规上工业增加值'),
    headerCell('固定资产投资'),
    headerCell('社会消费品零售总额', { columnSpan: 2 }),
    null,
    headerCell('一般公共预算收入', { columnSpan: 2 }),
    null,
  ],
  [
    null,
    headerCell('增速（%）'),
    headerCell('增速（%）'),
    headerCell('累计（亿元）'),
    headerCell('增速（%）'),
    headerCell('累计（亿元）'),
    headerCell('增速（%）'),
  ],
  ...places.map(row),
  noteRow('注：各县（市、区）数据为初步统计数，全市一般公共预算收入为各县（市、区）合计。', 7),
];

export async function fenqiaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: briefSheet,
      sheet: '简析',
      columns: [{ width: 14 }, ...Array.from({ length: 7 }, () => ({ width: 12 }))],
    },
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [
        { width: 32 },
        { width: 10 },
        { width: 10 },
        { width: 14 },
        { width: 12 },
        { width: 14 },
        { width: 20 },
        { width: 10 },
      ],
    },
    {
      data: placesSheet,
      sheet: '分县区',
      columns: [
        { width: 14 },
        { width: 16 },
        { width: 14 },
        { width: 14 },
        { width: 10 },
        { width: 14 },
        { width: 10 },
      ],
    },
  ]).toBuffer();
}
