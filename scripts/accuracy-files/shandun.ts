// The two-hundred-and-fifth held-out batch's workbook (session 35): a Xinjiang-style county 统计局's 2023年1—6月主要经济指标
// (鄯墩县 under 喀峪地区) as the bureau posts it (.xlsx, written with write-excel-file): one sheet. A title row, a unit line,
// one header row (指标 | 单位 | 1—6月 | 增速（%） | 全地区位次 | 较一季度位次变化), 其中 rows indented, balances marked
// 6月末, '—' cells for the levels the 地区 does not return, rank moves written in words (上升2位, 下降1位, 持平), a notes
// row naming the group (喀峪地区9个县市) and saying how the moves read, and the bureau's signature with the date.
// Invented place and figures; the answers are tests/accuracy/shandun-2023-h1-indicators.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const shandun = { name: 'shandun-2023-h1-indicators' };

const dataRow = dataRowWith('0.0');
const moneyRow = dataRowWith('0.00');

const header: Cell[] = [
  headerCell('指标'),
  headerCell('单位'),
  headerCell('1—6月'),
  headerCell('增速（%）'),
  headerCell('全地区位次'),
  headerCell('较一季度位次变化'),
];

const lines: Line[] = [
  ['地区生产总值', '亿元', 68.45, 5.6, 4, '上升1位'],
  ['　第一产业增加值', '亿元', 12.36, 5.9, '—', '—'],
  ['　第二产业增加值', '亿元', 27.84, 7.2, '—', '—'],
  ['　第三产业增加值', '亿元', 28.25, 4.1, '—', '—'],
  ['规模以上工业增加值', '%', '—', 9.8, 3, '上升2位'],
  ['规模以上工业总产值', '亿元', 46.72, 11.3, '—', '—'],
  ['固定资产投资（不含农户）', '%', '—', 18.6, 2, '持平'],
  ['　其中：工业投资', '%', '—', 35.2, '—', '—'],
  ['社会消费品零售总额', '亿元', 9.84, 7.5, 6, '下降1位'],
  ['一般公共预算收入', '亿元', 3.18, 12.4, 5, '上升1位'],
  ['　其中：税收收入', '亿元', 2.26, 15.8, '—', '—'],
  ['一般公共预算支出', '亿元', 21.57, 6.2, '—', '—'],
  ['城镇居民人均可支配收入', '元', 17826, 4.8, 7, '持平'],
  ['农村居民人均可支配收入', '元', 8315, 8.2, 3, '上升2位'],
  ['金融机构各项存款余额（6月末）', '亿元', 142.36, 9.1, '—', '—'],
  ['金融机构各项贷款余额（6月末）', '亿元', 118.72, 13.4, '—', '—'],
];

const NOTE =
  '注：1.地区生产总值为喀峪地区统计局统一核算数，增速按可比价格计算。2.全地区位次为增速在喀峪地区9个县市中的位次；较一季度位次变化中“上升”为位次前移，“下降”为位次后移。3.规模以上工业增加值、固定资产投资不反馈总量。4.固定资产投资统计范围为计划总投资500万元及以上项目。';

const WIDTH = 6;

const sheet: SheetData = [
  titleRow('鄯墩县2023年1—6月主要经济指标', WIDTH),
  noteRow('单位：亿元、元、%', WIDTH),
  header,
  ...lines.map((line) => (line[1] === '元' || line[1] === '%' ? dataRow(line) : moneyRow(line))),
  noteRow(NOTE, WIDTH),
  signatureRow('鄯墩县统计局　2023年7月21日', WIDTH, 3),
];

export async function shandunXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 32 }, { width: 8 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 18 }],
    },
  ]).toBuffer();
}
