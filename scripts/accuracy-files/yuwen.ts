// Held-out-402's workbook (.xlsx, session 46, written with write-excel-file through sheets.ts): a Shandong-style county
// 统计局's 2015年1—11月主要经济指标 (雩汶县 under 泺沂市, invented), one sheet: 指标 | 单位 | 1-11月 | 同比±% | 比1-10月增减 |
// 全市位次, with six section rows (一、工业 … 六、金融), 其中 rows indented with full-width spaces, 万元 for the budget rows and
// 万美元 for trade as the province's county sheets keep them, falling rows (利润, 用电, 房地产, 商品房, 进出口, 出口), blank
// change and rank cells, a 注 of three lines (the ranks' group, the 规模以上 threshold, the 11月末 balances) and the signature.
// Invented place and figures; its answers are tests/accuracy/yuwen-2015-m11-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const yuwen = { name: 'yuwen-2015-m11-indicators' };

const dataRow = blankableRowWith('0.0', 6);

const rows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值', '亿元', 486.35, 8.7, 0.3, 4],
  ['　其中：高新技术产业产值', '亿元', 152.18, 11.6, 0.8, ''],
  ['规模以上工业增加值', '亿元', 112.46, 9.2, 0.2, 3],
  ['规模以上工业主营业务收入', '亿元', 472.61, 6.9, -0.4, 5],
  ['规模以上工业利润总额', '亿元', 31.42, -3.6, -1.5, 6],
  ['全社会用电量', '万千瓦时', 152340, -0.8, 0.5, ''],
  ['　其中：工业用电量', '万千瓦时', 98765, -2.4, 0.6, ''],
  ['建筑业总产值', '亿元', 45.28, 5.6, 0.7, ''],
  ['二、投资'],
  ['固定资产投资（不含农户）', '亿元', 268.53, 14.2, -0.5, 5],
  ['　其中：工业投资', '亿元', 142.36, 16.8, 0.9, ''],
  ['　　　　民间投资', '亿元', 221.64, 12.9, -0.8, ''],
  ['　　　　房地产开发投资', '亿元', 21.47, -8.3, -2.1, ''],
  ['商品房销售面积', '万平方米', 58.63, -5.4, 2.3, ''],
  ['三、消费'],
  ['社会消费品零售总额', '亿元', 132.84, 11.3, 0.1, 4],
  ['　其中：限额以上企业消费品零售额', '亿元', 38.65, 7.2, -0.3, ''],
  ['规模以上服务业营业收入', '亿元', 18.36, 9.8, -0.6, ''],
  ['四、财政'],
  ['公共财政预算收入', '万元', 142658, 9.6, -0.7, 3],
  ['　其中：税收收入', '万元', 108427, 6.4, -1.1, ''],
  ['公共财政预算支出', '万元', 236814, 15.8, 1.2, ''],
  ['五、外经外贸'],
  ['进出口总额', '万美元', 42563, -12.6, -1.8, 6],
  ['　其中：出口总额', '万美元', 31247, -7.9, -0.9, ''],
  ['实际使用外资', '万美元', 4820, 21.5, '', 2],
  ['六、金融'],
  ['金融机构本外币各项存款余额', '亿元', 286.42, 10.8, 0.4, ''],
  ['　其中：城乡居民储蓄存款余额', '亿元', 187.35, 12.1, 0.2, ''],
  ['金融机构本外币各项贷款余额', '亿元', 193.76, 8.5, -0.2, ''],
];

const sheet: SheetData = [
  titleRow('雩汶县2015年1—11月主要经济指标', 6),
  ['指标', '单位', '1-11月', '同比±%', '比1-10月增减', '全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市位次为1-11月增速在泺沂市12个县（区）中的位次；比1-10月增减为增速增减的百分点。', 6),
  noteRow('2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。', 6),
  noteRow('3.存贷款余额为11月末数；空白为不发布或不排位。', 6),
  signatureRow('雩汶县统计局　2015年12月14日', 6, 3),
];

export async function yuwenXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 14 }, { width: 10 }],
    },
  ]).toBuffer();
}
