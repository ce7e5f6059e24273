// Held-out-413's workbook (.xlsx, session 47, written with write-excel-file through sheets.ts): a Hebei-style county 统计局's
// 坪槐县2006年3月统计月报 (坪槐县, invented), three sheets — 主要指标, 工业, 固定资产投资 — each with a title, the header
// 指标 | 单位 | 1-3月 | 同比±% | 年计划 | 完成计划%, section rows, 其中 rows indented with full-width spaces, blank cells where no
// plan is set, one fall; the first sheet ends with a 注 of two lines and the bureau's signature. Invented place and figures;
// its answers are tests/accuracy/pinghuai-2006-q1-monthly.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const pinghuai = { name: 'pinghuai-2006-q1-monthly' };

const WIDTH = 6;
const dataRow = blankableRowWith('0.00', WIDTH);
const header = ['指标', '单位', '1-3月', '同比±%', '年计划', '完成计划%'].map((h) => headerCell(h));

const main: Line[] = [
  ['一、国民经济核算'],
  ['生产总值', '亿元', 9.86, 12.8, 42, 23.5],
  ['二、工业'],
  ['规模以上工业总产值', '亿元', 12.68, 21.3, 56, 22.6],
  ['规模以上工业增加值', '亿元', 3.42, 19.6, 15.2, 22.5],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '亿元', 3.74, 35.2, 19.5, 19.2],
  ['四、国内贸易'],
  ['社会消费品零售总额', '亿元', 4.27, 13.8, 17.6, 24.3],
  ['五、财政'],
  ['全部财政收入', '万元', 6240, 18.4, 24500, 25.5],
  ['　其中：一般预算收入', '万元', 3560, 16.2, 14000, 25.4],
  ['一般预算支出', '万元', 8930, 24.7, '', ''],
  ['六、金融'],
  ['金融机构各项存款余额', '亿元', 38.62, 14.3, '', ''],
  ['金融机构各项贷款余额', '亿元', 19.45, 8.6, '', ''],
  ['七、对外经济'],
  ['外贸出口总额', '万美元', 1286, 27.4, 5000, 25.7],
  ['实际利用外资', '万美元', 356, -12.1, 1500, 23.7],
  ['八、人民生活'],
  ['农民人均现金收入', '元', 1125, 10.6, '', ''],
];

const industry: Line[] = [
  ['规模以上工业总产值', '亿元', 12.68, 21.3, 56, 22.6],
  ['规模以上工业增加值', '亿元', 3.42, 19.6, 15.2, 22.5],
  ['工业销售产值', '亿元', 12.31, 20.8, '', ''],
  ['产品销售率', '%', 97.1, '', '', ''],
  ['利税总额', '万元', 8650, 17.2, '', ''],
  ['规模以上工业企业利润总额', '万元', 4120, 25.6, '', ''],
  ['工业用电量', '万千瓦时', 5860, 11.4, '', ''],
  ['主要产品产量'],
  ['水泥', '万吨', 18.6, 9.8, '', ''],
  ['机制纸及纸板', '万吨', 2.35, 15.2, '', ''],
];

const investment: Line[] = [
  ['全社会固定资产投资', '亿元', 3.74, 35.2, 19.5, 19.2],
  ['　城镇固定资产投资', '亿元', 2.96, 41.5, '', ''],
  ['　　其中：工业投资', '亿元', 1.68, 52.3, '', ''],
  ['　　　　　房地产开发投资', '亿元', 0.64, 28.4, '', ''],
  ['　农村固定资产投资', '亿元', 0.78, 15.6, '', ''],
  ['商品房销售面积', '万平方米', 3.26, 18.5, '', ''],
];

const sheet = (title: string, lines: Line[], closing: SheetData = []): SheetData => [
  titleRow(title, WIDTH),
  header,
  ...lines.map(dataRow),
  ...closing,
];

const columns = [{ width: 28 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 12 }];

export async function pinghuaiXlsx(): Promise<Buffer> {
  return writeXlsxFile(
    [
      sheet('坪槐县2006年3月统计月报　主要指标', main, [
        noteRow('注：1.完成计划%为1-3月累计数占年计划的比重，时间进度按25%计。', WIDTH),
        noteRow('2.存贷款余额为3月末数；农民人均现金收入为抽样调查数。', WIDTH),
        signatureRow('坪槐县统计局　2006年4月10日', WIDTH, 3),
      ]),
      sheet('坪槐县2006年3月统计月报　工业', industry),
      sheet('坪槐县2006年3月统计月报　固定资产投资', investment),
    ].map((data, i) => ({ data, sheet: ['主要指标', '工业', '固定资产投资'][i] as string, columns })),
  ).toBuffer();
}
