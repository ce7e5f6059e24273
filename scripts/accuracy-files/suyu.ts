// Held-out-356's monthly workbook (.xlsx, session 43): a Beijing-style district 统计局's 2023年1—6月主要经济指标 (苏峪区,
// invented) as the bureau posts it, written with write-excel-file through sheets.ts: a merged title row, the unit line,
// one header row 指标 | 单位 | 1—6月 | 同比增长% | 增速比一季度± (points), sections 一、二、三 as text-only rows, indented
// 其中 rows, negative growths and moves, '—' where a level is not published (investment growth only), five 注 rows and the
// bureau's signature. Invented place and figures; the answers are tests/accuracy/suyu-2023-m6-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const suyu = { name: 'suyu-2023-m6-indicators' };

const WIDTH = 5;

const rows: Line[] = [
  ['一、地区生产总值'],
  ['地区生产总值', '亿元', 1246.38, 5.8, 1.2],
  ['　第一产业', '亿元', 2.16, -3.5, -1.8],
  ['　第二产业', '亿元', 186.45, 7.2, 2.6],
  ['　第三产业', '亿元', 1057.77, 5.6, 0.9],
  ['二、生产、投资和消费'],
  ['规模以上工业总产值', '亿元', 612.35, 8.4, 3.1],
  ['规模以上工业增加值', '亿元', 158.27, 7.9, 2.4],
  ['建筑业总产值', '亿元', 245.6, -2.4, -5.1],
  ['规模以上服务业企业营业收入', '亿元', 2856.4, 12.3, -1.5],
  ['固定资产投资（不含农户）', '亿元', '—', -6.3, 4.5],
  ['　其中：房地产开发投资', '亿元', '—', -12.8, -3.6],
  ['商品房销售面积', '万平方米', 46.28, -18.5, 6.7],
  ['社会消费品零售总额', '亿元', 326.84, 9.6, 4.2],
  ['进出口总额', '亿元', 312.5, -4.6, 2.1],
  ['　其中：出口', '亿元', 98.4, 6.8, -1.2],
  ['三、财政、收入和能源'],
  ['一般公共预算收入', '亿元', 68.94, 11.2, -2.3],
  ['　其中：税收收入', '亿元', 59.37, 13.5, -1.4],
  ['一般公共预算支出', '亿元', 92.16, 4.8, 1.7],
  ['居民人均可支配收入', '元', 41235, 5.2, 0.6],
  ['　城镇居民人均可支配收入', '元', 45872, 5.1, 0.5],
  ['　农村居民人均可支配收入', '元', 26418, 6.9, 0.8],
  ['金融机构本外币存款余额（6月末）', '亿元', 5862.3, 7.4, -0.6],
  ['全社会用电量', '万千瓦时', 186534, 3.7, -0.8],
];

/** A section heading (一、…) is a bold text cell merged across the sheet; a data row shows its level with two decimals. */
const row = (line: Line) => {
  if (line.length === 1)
    return [{ value: String(line[0]), fontWeight: 'bold' as const, columnSpan: WIDTH }, ...blanks(WIDTH - 1)];
  const level = dataRowWith('0.00')(line);
  const rest = dataRowWith('0.0')(line);
  return line.map((_, i) => (i === 2 ? level[i] : rest[i]) ?? null);
};

const sheet: SheetData = [
  titleRow('苏峪区2023年1—6月主要经济指标', WIDTH),
  [null, null, null, null, { value: '单位：亿元、万平方米、元、万千瓦时、%', align: 'right' }],
  ['指标', '单位', '1—6月', '同比增长%', '增速比一季度±'].map((h) => headerCell(h)),
  ...rows.map(row),
  noteRow('注：1.地区生产总值及三次产业增加值、规模以上工业增加值增速按不变价格计算。', WIDTH),
  noteRow('2.固定资产投资不含农户，按规定只公布增速，“—”表示不公布总量。', WIDTH),
  noteRow('3.增速比一季度±为本期累计增速与一季度累计增速之差，单位为百分点。', WIDTH),
  noteRow('4.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', WIDTH),
  noteRow('5.存款余额为6月末数，增速为比上年同期增长。', WIDTH),
  signatureRow('苏峪区统计局　2023年7月21日', WIDTH, 2),
];

export async function suyuXlsx(): Promise<Buffer> {
  return await writeXlsxFile([
    {
      data: sheet,
      sheet: '1-6月',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 16 }],
    },
  ]).toBuffer();
}
