// Held-out-395's workbook (.xlsx, session 46, written with write-excel-file through sheets.ts): a Guangxi-style county
// 统计局's 2009年3月统计月报 (桦岜县 under 革宁市, invented), one sheet: 指标 | 单位 | 3月 | 1-3月 | 同比±% | 全市位次,
// with seven section rows (一、国民经济核算 … 七、人民生活), 其中 rows indented with full-width spaces, blank cells where a
// month's figure or a rank is not published, the crisis year's falling industry and trade, a 注 of three lines and the
// bureau's signature. Invented place and figures; its answers are tests/accuracy/huaba-2009-q1-monthly.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const huaba = { name: 'huaba-2009-q1-monthly' };

const dataRow = blankableRowWith('0.00', 6);

const rows: Line[] = [
  ['一、国民经济核算'],
  ['地区生产总值', '万元', '', 268540, 8.6, 7],
  ['　其中：第一产业', '万元', '', 71230, 4.2, ''],
  ['　　　　第二产业', '万元', '', 98460, 9.1, ''],
  ['　　　　第三产业', '万元', '', 98850, 11.3, ''],
  ['二、工业'],
  ['规模以上工业总产值', '万元', 61830, 172460, -6.8, 9],
  ['　其中：轻工业', '万元', 38570, 109240, -3.5, ''],
  ['　　　　重工业', '万元', 23260, 63220, -12.1, ''],
  ['规模以上工业增加值', '万元', 17920, 50370, -4.3, 10],
  ['工业用电量', '万千瓦时', 2140, 6085, -9.6, ''],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '万元', 43260, 96850, 38.4, 4],
  ['　其中：工业投资', '万元', 15840, 32670, 56.2, ''],
  ['　　　　房地产开发投资', '万元', 4210, 11380, -18.5, ''],
  ['商品房销售面积', '万平方米', 0.86, 2.47, -21.3, ''],
  ['四、国内贸易'],
  ['社会消费品零售总额', '万元', 20630, 63480, 16.9, 3],
  ['　其中：批发和零售业', '万元', 17920, 54960, 16.2, ''],
  ['　　　　住宿和餐饮业', '万元', 2710, 8520, 21.8, ''],
  ['五、对外经济'],
  ['外贸进出口总额', '万美元', 412, 1276, -27.4, ''],
  ['　其中：出口', '万美元', 265, 834, -31.6, ''],
  ['实际利用外资', '万美元', '', 386, -12.0, ''],
  ['六、财政金融'],
  ['财政收入', '万元', 3860, 11240, 6.7, 5],
  ['　其中：一般预算收入', '万元', 2270, 6580, 9.3, ''],
  ['一般预算支出', '万元', 9870, 25630, 31.5, ''],
  ['金融机构各项存款余额', '万元', '', 486520, 21.4, ''],
  ['　其中：城乡居民储蓄存款余额', '万元', '', 352170, 18.9, ''],
  ['金融机构各项贷款余额', '万元', '', 213840, 29.6, ''],
  ['七、人民生活'],
  ['城镇居民人均可支配收入', '元', '', 3426, 11.2, ''],
  ['农民人均现金收入', '元', '', 1185, 8.4, 6],
];

const sheet: SheetData = [
  titleRow('桦岜县2009年3月统计月报（主要经济指标）', 6),
  ['指标', '单位', '3月', '1-3月', '同比±%', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为1-3月增速在革宁市11个县（区）中的位次。', 6),
  noteRow(
    '2.地区生产总值为一季度初步核算数，增速按可比价格计算；存贷款余额为3月末数，同比±%为比上年同期末增长。',
    6,
  ),
  noteRow('3.空白为无月度数据或不排位。', 6),
  signatureRow('桦岜县统计局　2009年4月16日', 6, 3),
];

export async function huabaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '3月月报',
      columns: [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 10 }],
    },
  ]).toBuffer();
}
