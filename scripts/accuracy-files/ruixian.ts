// The sixty-ninth held-out batch (session 24): a Liaoning county statistics bureau's 前三季度 主要经济指标
// workbook (汭岘县 under 鞍榆市, 2024) as the bureau attaches it (.xlsx, written with write-excel-file): two
// sheets. 主要指标: a title row merged across the sheet, a unit line (单位：亿元、元、万美元、%), a header of
// two rows (指标名称/单位 merged down; 1—9月 over 绝对值 | 同比增长（%） | 全市位次; 上半年增速（%） and
// 增速变化（百分点） merged down), indented 其中 rows and the three industries under GDP, — cells, a 注 row of
// 口径 remarks (the group size in it) and the bureau's signature. 分行业: 规模以上工业 by industry with light
// and heavy industry, the 1—9月 growth, the half-year growth, their difference and each industry's share, and a
// note. Invented place and figures; the answers are tests/accuracy/ruixian-2024-q3-analysis.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const ruixian = { name: 'ruixian-2024-q3-analysis' };

const dataRow = dataRowWith('0.0');
const moneyRow = dataRowWith('0.00');

const SIGNATURE = '汭岘县统计局　2024年10月23日';

const mainHeader: Cell[][] = [
  [
    headerCell('指标名称', { rowSpan: 2 }),
    headerCell('单位', { rowSpan: 2 }),
    headerCell('1—9月', { columnSpan: 3 }),
    ...blanks(2),
    headerCell('上半年增速（%）', { rowSpan: 2 }),
    headerCell('增速变化（百分点）', { rowSpan: 2 }),
  ],
  [...blanks(2), headerCell('绝对值'), headerCell('同比增长（%）'), headerCell('全市位次'), ...blanks(2)],
];

const main: Line[] = [
  ['地区生产总值', '亿元', 168.42, 5.3, 3, 5.0, 0.3],
  ['　第一产业增加值', '亿元', 24.16, 4.1, '—', 3.8, 0.3],
  ['　第二产业增加值', '亿元', 61.85, 6.4, '—', 5.9, 0.5],
  ['　第三产业增加值', '亿元', 82.41, 4.8, '—', 4.7, 0.1],
  ['规模以上工业增加值', '亿元', '—', 7.6, 2, 6.8, 0.8],
  ['固定资产投资', '亿元', '—', -4.2, 6, -6.5, 2.3],
  ['　其中：工业投资', '亿元', '—', 12.8, '—', 9.4, 3.4],
  ['　　　　房地产开发投资', '亿元', 6.38, -18.6, '—', -21.3, 2.7],
  ['社会消费品零售总额', '亿元', 58.27, 3.9, 4, 4.3, -0.4],
  ['一般公共预算收入', '亿元', 9.64, 2.7, 5, 3.5, -0.8],
  ['　其中：税收收入', '亿元', 6.12, -1.8, '—', -2.4, 0.6],
  ['一般公共预算支出', '亿元', 27.35, 5.6, '—', 8.1, -2.5],
  ['金融机构人民币各项存款余额', '亿元', 312.58, 7.4, '—', 6.9, 0.5],
  ['金融机构人民币各项贷款余额', '亿元', 186.73, 3.2, '—', 2.8, 0.4],
  ['城镇常住居民人均可支配收入', '元', 32146, 4.6, 3, 4.5, 0.1],
  ['农村常住居民人均可支配收入', '元', 18537, 6.2, 2, 6.0, 0.2],
  ['外贸进出口总额', '万美元', 8642, -9.3, 5, -12.6, 3.3],
];

const MAIN_NOTE =
  '注：1.地区生产总值及三次产业增加值为市统一核算结果，绝对值按现价计算，增速按可比价格计算。2.固定资产投资统计口径为计划总投资500万元及以上项目（不含农户）。3.全市位次为增速在鞍榆市7个县（市、区）中的位次，“—”为市未排位。4.增速变化为1—9月增速与上半年增速之差。5.存贷款余额为9月末数，增速为比上年同期增长。';

const mainSheet: SheetData = [
  titleRow('汭岘县2024年1—9月主要经济指标', 7),
  noteRow('单位：亿元、元、万美元、%', 7),
  ...mainHeader,
  ...main.map((line) => (line[1] === '元' || line[1] === '万美元' ? dataRow(line) : moneyRow(line))),
  noteRow(MAIN_NOTE, 7),
  signatureRow(SIGNATURE, 7, 3),
];

const industryHeader: Cell[] = [
  headerCell('行业'),
  headerCell('1—9月增加值增速（%）'),
  headerCell('上半年增速（%）'),
  headerCell('增速变化（百分点）'),
  headerCell('占规上工业增加值比重（%）'),
];

const industry: Line[] = [
  ['规模以上工业', 7.6, 6.8, 0.8, '—'],
  ['　其中：轻工业', 5.2, 4.6, 0.6, 31.4],
  ['　　　　重工业', 8.7, 7.8, 0.9, 68.6],
  ['分行业', '', '', '', ''],
  ['　农副食品加工业', 6.9, 5.8, 1.1, 18.2],
  ['　酒、饮料和精制茶制造业', -3.4, -5.1, 1.7, 4.6],
  ['　化学原料和化学制品制造业', 11.8, 10.2, 1.6, 14.3],
  ['　非金属矿物制品业', -6.7, -8.2, 1.5, 9.8],
  ['　黑色金属冶炼和压延加工业', 9.4, 8.9, 0.5, 21.5],
  ['　通用设备制造业', 15.2, 13.6, 1.6, 7.2],
  ['　电力、热力生产和供应业', 3.1, 4.4, -1.3, 12.1],
];

const INDUSTRY_NOTE =
  '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；分行业增速按可比价格计算，比重按现价计算；表中仅列主要行业，比重合计不等于100%。';

const industrySheet: SheetData = [
  titleRow('汭岘县2024年1—9月规模以上工业分行业增加值', 5),
  industryHeader,
  ...industry.map(dataRow),
  noteRow(INDUSTRY_NOTE, 5),
  signatureRow(SIGNATURE, 5, 2),
];

export async function ruixianXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [
        { width: 30 },
        { width: 8 },
        { width: 12 },
        { width: 14 },
        { width: 10 },
        { width: 16 },
        { width: 18 },
      ],
    },
    {
      data: industrySheet,
      sheet: '分行业',
      columns: [{ width: 30 }, { width: 22 }, { width: 16 }, { width: 18 }, { width: 26 }],
    },
  ]).toBuffer();
}
