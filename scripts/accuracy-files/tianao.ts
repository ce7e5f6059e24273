// The one-hundred-and-eighteenth held-out batch's workbook (session 31): a Liaoning-style county 统计局's 1—9月 主要经济指标
// (沺岙县 under 砬川市, 2025) as the bureau posts it (.xlsx, written with write-excel-file): one sheet. A title row, a
// unit line, one header row (指标 | 单位 | 1—9月 | 同比增长（%） | 全市位次), 其中 rows indented, a balance row marked
// 9月末, a decline written as a negative growth, '—' cells, and a notes row naming the group (砬川市6个县（市、区）).
// Invented place and figures; the answers are tests/accuracy/tianao-2025-q3-indicators.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const tianao = { name: 'tianao-2025-q3-indicators' };

const dataRow = dataRowWith('0.0');
const moneyRow = dataRowWith('0.00');

const header: Cell[] = [
  headerCell('指标'),
  headerCell('单位'),
  headerCell('1—9月'),
  headerCell('同比增长（%）'),
  headerCell('全市位次'),
];

const lines: Line[] = [
  ['地区生产总值', '亿元', 104.63, 5.3, 2],
  ['　第一产业增加值', '亿元', 21.84, 4.1, '—'],
  ['　第二产业增加值', '亿元', 30.52, 6.2, '—'],
  ['　第三产业增加值', '亿元', 52.27, 5.1, '—'],
  ['规模以上工业增加值', '%', '—', 7.6, 3],
  ['规模以上工业总产值', '亿元', 88.15, 8.3, '—'],
  ['固定资产投资', '%', '—', -2.4, 5],
  ['　其中：工业投资', '%', '—', 12.8, '—'],
  ['社会消费品零售总额', '亿元', 37.92, 4.6, 4],
  ['一般公共预算收入', '亿元', 5.21, 3.9, 3],
  ['　其中：税收收入', '亿元', 3.47, 2.7, '—'],
  ['一般公共预算支出', '亿元', 21.36, 1.8, '—'],
  ['城镇居民人均可支配收入', '元', 28416, 4.5, 4],
  ['农村居民人均可支配收入', '元', 15873, 6.1, 1],
  ['金融机构人民币各项存款余额（9月末）', '亿元', 236.48, 7.2, '—'],
  ['金融机构人民币各项贷款余额（9月末）', '亿元', 98.37, 3.4, '—'],
];

const NOTE =
  '注：1.地区生产总值为砬川市统计局统一核算数，增速按可比价格计算。2.规模以上工业增加值、固定资产投资不反馈总量。3.全市位次为增速在砬川市6个县（市、区）中的位次。4.固定资产投资统计范围为计划总投资500万元及以上项目。';

const sheet: SheetData = [
  titleRow('沺岙县2025年1—9月主要经济指标', 5),
  noteRow('单位：亿元、元、%', 5),
  header,
  ...lines.map((line) => (line[1] === '元' || line[1] === '%' ? dataRow(line) : moneyRow(line))),
  noteRow(NOTE, 5),
  signatureRow('沺岙县统计局　2025年10月24日', 5, 3),
];

export async function tianaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 34 }, { width: 8 }, { width: 12 }, { width: 14 }, { width: 12 }],
    },
  ]).toBuffer();
}
