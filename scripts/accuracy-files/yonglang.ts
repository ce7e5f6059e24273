// The one-hundred-and-fifty-ninth held-out batch's workbook (session 33): a Guangdong-style district 统计局's
// 2026年1—10月 主要统计指标 (涌塱区 under 曦州市) as the bureau attaches it (.xlsx, written with write-excel-file
// through sheets.ts's rows): 主要指标 with 1—10月 累计 | 同比增长(%) | 全市位次 under one merged head, an indented
// 其中 row and — cells, and 分镇街 with each town's 规上工业增加值 and 固定资产投资 growths and their 位次 among the
// district's towns, each sheet closed by a 注 list. Invented place and figures; the answers are
// tests/accuracy/yonglang-2026-m10-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const yonglang = { name: 'yonglang-2026-m10-indicators' };

const dataRow = dataRowWith('0.00');
const SIGNATURE = '曦州市涌塱区统计局　2026年11月18日';

const main: Line[] = [
  ['规模以上工业增加值', '亿元', 412.36, 5.6, 2],
  ['　其中：先进制造业增加值', '亿元', 231.84, 7.9, '—'],
  ['规模以上工业总产值', '亿元', 1826.45, 4.8, 3],
  ['固定资产投资', '亿元', '—', -3.4, 4],
  ['　其中：工业投资', '亿元', '—', 12.7, 2],
  ['社会消费品零售总额', '亿元', 286.72, 3.1, 5],
  ['外贸进出口总额', '亿元', 624.18, 8.2, 1],
  ['　其中：出口', '亿元', 452.63, 9.6, '—'],
  ['一般公共预算收入', '亿元', 48.35, 2.7, 3],
];

const mainSheet: SheetData = [
  titleRow('涌塱区2026年1—10月主要统计指标', 5),
  ...groupedHeaderRows(
    ['指标名称', '计量单位'],
    [{ text: '1—10月', sub: ['累计', '同比增长(%)', '全市位次'] }],
  ),
  ...main.map(dataRow),
  noteRow(
    '注：1.规模以上工业增加值增速按可比价计算；2.全市位次为在曦州市7个区中的位次；3.固定资产投资不含农户。',
    5,
  ),
  signatureRow(SIGNATURE, 5, 3),
];

const towns: Line[] = [
  ['曦岸街道', 86.42, 6.8, 2, 4.6, 3],
  ['塱头镇', 124.15, 8.3, 1, 15.2, 1],
  ['涌北镇', 97.36, 4.1, 4, -6.8, 5],
  ['沙滘镇', 61.28, 5.2, 3, 9.7, 2],
  ['石塘街道', 43.15, -1.6, 5, -12.3, 6],
  ['南坑镇', '—', '—', '—', 2.4, 4],
];

const townSheet: SheetData = [
  titleRow('涌塱区2026年1—10月分镇街主要指标', 6),
  ...groupedHeaderRows(
    ['镇街'],
    [
      { text: '规模以上工业增加值', sub: ['累计（亿元）', '同比增长(%)', '位次'] },
      { text: '固定资产投资', sub: ['同比增长(%)', '位次'] },
    ],
  ),
  ...towns.map(dataRow),
  noteRow('注：1.位次按增速在全区6个镇街中排列；2.南坑镇无规模以上工业企业，以“—”表示。', 6),
];

export async function yonglangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, {}],
    },
    {
      data: townSheet,
      sheet: '分镇街',
      columns: [{ width: 14 }, { width: 14 }, { width: 12 }, {}, { width: 12 }, {}],
    },
  ]).toBuffer();
}
