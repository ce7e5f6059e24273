// Held-out-391's workbook (.xlsx, session 46, written with write-excel-file through sheets.ts): a Fujian-style county
// 统计局's 2010年1-2月主要经济指标 (曲澜县 under 闽漳市, invented), one sheet: 指标 | 单位 | 1-2月 | 同比增长% | 全市位次,
// with six section rows (一、工业 … 六、金融), 其中 rows indented with full-width spaces, figures in 万元 and 万美元 as the
// province's county sheets keep them, 地方级财政收入 under 财政总收入, blank rank cells, negative growths of the trade rows
// and of 合同外资, a 注 of three lines (the ranks' group, the 2月末 balances, the 规模以上 threshold) and the signature.
// Invented place and figures; its answers are tests/accuracy/qulan-2010-m2-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const qulan = { name: 'qulan-2010-m2-indicators' };

const dataRow = blankableRowWith('0.0', 5);

const rows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值（现价）', '万元', 386420, 24.6, 5],
  ['　其中：轻工业', '万元', 214380, 21.3, ''],
  ['　　　　重工业', '万元', 172040, 28.9, ''],
  ['规模以上工业增加值', '万元', 104260, 19.8, 4],
  ['全社会用电量', '万千瓦时', 34518, 22.7, ''],
  ['　其中：工业用电量', '万千瓦时', 18642, 31.2, ''],
  ['二、投资'],
  ['固定资产投资', '万元', 152360, 36.3, 3],
  ['　其中：项目投资', '万元', 118750, 41.2, ''],
  ['　　　　房地产开发投资', '万元', 33610, 21.5, ''],
  ['商品房销售面积', '平方米', 68420, 52.3, ''],
  ['三、消费'],
  ['社会消费品零售总额', '万元', 98540, 18.2, 6],
  ['　其中：限额以上企业消费品零售额', '万元', 31270, 23.6, ''],
  ['四、外经外贸'],
  ['外贸进出口总额', '万美元', 11350, -3.6, ''],
  ['　其中：出口', '万美元', 8426, -6.3, 7],
  ['　　　　进口', '万美元', 2924, 5.1, ''],
  ['合同外资', '万美元', 3260, -18.5, ''],
  ['实际利用外资', '万美元', 1850, 12.4, 8],
  ['五、财政'],
  ['财政总收入', '万元', 41280, 15.6, 5],
  ['　其中：地方级财政收入', '万元', 24960, 17.9, 6],
  ['地方财政一般预算支出', '万元', 35170, 26.8, ''],
  ['六、金融'],
  ['金融机构人民币存款余额', '万元', 1286400, 19.6, ''],
  ['　其中：城乡居民储蓄存款余额', '万元', 812300, 16.4, ''],
  ['金融机构人民币贷款余额', '万元', 836500, 24.3, ''],
];

const sheet: SheetData = [
  titleRow('曲澜县2010年1-2月主要经济指标', 5),
  ['指标', '单位', '1-2月', '同比增长%', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为增速在闽漳市11个县（市、区）中的位次，空白为不排位。', 5),
  noteRow('2.存贷款余额为2月末数，同比增长为比上年同期末增长。', 5),
  noteRow('3.规模以上工业统计范围为年主营业务收入500万元及以上的工业企业。', 5),
  signatureRow('曲澜县统计局　2010年3月15日', 5, 3),
];

export async function qulanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 10 }],
    },
  ]).toBuffer();
}
