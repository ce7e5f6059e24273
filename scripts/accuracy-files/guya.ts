// Held-out-410's workbook (.xlsx, session 46, written with write-excel-file through sheets.ts): a Shaanxi-style county
// 发改局's 谷崖县2009年7月主要经济指标 (谷崖县, invented), one sheet: 指标 | 单位 | 1-7月 | 同比±% | 年计划 | 完成年计划% | 全市位次,
// eight section rows, 其中 rows indented with full-width spaces, blank cells where no plan or rank is set, two falls, a 注 of
// three lines (the rank's group, the time schedule, the incomes' 1-6月 period) and the signature. Invented place and figures;
// its answers are tests/accuracy/guya-2009-m7-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const guya = { name: 'guya-2009-m7-indicators' };

const dataRow = blankableRowWith('0.00', 7);

const rows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值', '亿元', 18.46, 21.3, 34, 54.3, 4],
  ['规模以上工业增加值', '亿元', 6.12, 17.8, 11.5, 53.2, 5],
  ['工业用电量', '万千瓦时', 8620, 6.4, '', '', ''],
  ['二、投资'],
  ['全社会固定资产投资', '亿元', 21.38, 62.4, 38, 56.3, 2],
  ['　其中：工业投资', '亿元', 7.26, 84.5, '', '', ''],
  ['　　　　房地产开发投资', '亿元', 1.64, -8.2, '', '', ''],
  ['三、消费'],
  ['社会消费品零售总额', '亿元', 9.27, 18.6, 16.5, 56.2, 3],
  ['四、财政'],
  ['财政总收入', '万元', 13260, 9.8, 22000, 60.3, 4],
  ['　其中：地方财政收入', '万元', 6480, 12.5, 10800, 60.0, 3],
  ['一般预算支出', '万元', 38650, 35.2, '', '', ''],
  ['五、金融'],
  ['金融机构各项存款余额', '亿元', 36.82, 21.7, '', '', ''],
  ['金融机构各项贷款余额', '亿元', 15.43, 28.9, '', '', ''],
  ['六、城乡居民收入'],
  ['城镇居民人均可支配收入', '元', 6385, 12.6, 13600, '', 6],
  ['农民人均现金收入', '元', 2036, 13.4, '', '', 5],
  ['七、开放招商'],
  ['招商引资到位资金', '亿元', 12.64, 45.2, 20, 63.2, 2],
  ['外贸进出口总额', '万美元', 1240, -18.5, 2000, 62.0, ''],
  ['八、就业'],
  ['城镇新增就业', '人', 1860, '', 3000, 62.0, ''],
];

const sheet: SheetData = [
  titleRow('谷崖县2009年7月主要经济指标', 7),
  ['指标', '单位', '1-7月', '同比±%', '年计划', '完成年计划%', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为1-7月增速在全市11个县区中的排位。', 7),
  noteRow('2.时间进度按58.3%计；空白为未下达计划或不排位。', 7),
  noteRow('3.城镇居民人均可支配收入、农民人均现金收入为1-6月数据；存贷款余额为7月末数。', 7),
  signatureRow('谷崖县发展和改革局　2009年8月10日', 7, 3),
];

export async function guyaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '7月指标',
      columns: [
        { width: 30 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 10 },
      ],
    },
  ]).toBuffer();
}
