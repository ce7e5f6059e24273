// Held-out-444's workbook (.xlsx, session 48, written with write-excel-file through sheets.ts): a Hubei-style county
// 统计局's 2022年12月统计月报 (阜汊县, invented), two sheets: 主要指标 (指标 | 单位 | 1—12月 | 同比增长% | 比1—11月±百分点 |
// 全市位次; blank level cells where only a growth is published, blank change cells for quarterly and yearly rows, 其中 rows
// indented with full-width spaces, a 注 of four lines) and 规上工业分行业 (行业 | 企业个数（个） | 增加值同比增长% |
// 比1—11月±百分点 | 占规上工业增加值比重%). No towns. Invented place and figures; its answers are
// tests/accuracy/fucha-2022-fy-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const fucha = { name: 'fucha-2022-fy-indicators' };

const dataRow = blankableRowWith('0.00');
const SIGNATURE = '阜汊县统计局　2023年1月18日';

export const fuchaRows: Line[] = [
  ['地区生产总值', '亿元', 286.45, 4.6, '', 5],
  ['　第一产业增加值', '亿元', 48.62, 4.1, '', ''],
  ['　第二产业增加值', '亿元', 112.37, 6.2, '', ''],
  ['　第三产业增加值', '亿元', 125.46, 3.4, '', ''],
  ['规模以上工业增加值', '%', '', 7.8, 0.6, 4],
  ['规模以上工业总产值', '亿元', 356.82, 12.4, 0.9, ''],
  ['规模以上工业企业营业收入', '亿元', 342.15, 11.6, -0.4, ''],
  ['规模以上工业企业利润总额', '亿元', 18.36, 6.9, 1.8, ''],
  ['固定资产投资', '%', '', 15.8, -1.2, 3],
  ['　其中：工业投资', '%', '', 22.4, -0.7, 2],
  ['　　　　技改投资', '%', '', 18.1, 1.5, ''],
  ['　　　　基础设施投资', '%', '', 9.6, -2.3, ''],
  ['　　　　房地产开发投资', '%', '', -12.5, 1.4, ''],
  ['商品房销售面积', '万平方米', 36.82, -18.4, 2.6, ''],
  ['社会消费品零售总额', '亿元', 132.58, 3.2, 0.3, 6],
  ['　其中：限额以上单位消费品零售额', '亿元', 41.26, 6.5, 0.8, ''],
  ['外贸进出口总额', '万美元', 28650, 21.3, -3.6, 3],
  ['　其中：出口总额', '万美元', 21480, 25.7, -2.9, ''],
  ['财政总收入', '亿元', 16.84, 5.2, -0.6, ''],
  ['　地方一般公共预算收入', '亿元', 9.72, 8.4, -0.3, 4],
  ['　　其中：税收收入', '亿元', 6.58, 3.7, 0.2, ''],
  ['一般公共预算支出', '亿元', 38.45, 6.1, -1.9, ''],
  ['金融机构本外币各项存款余额', '亿元', 412.63, 12.8, 0.4, ''],
  ['金融机构本外币各项贷款余额', '亿元', 268.94, 14.2, -0.5, ''],
  ['全社会用电量', '亿千瓦时', 14.26, 7.3, 0.8, ''],
  ['全体居民人均可支配收入', '元', 27856, 6.3, '', ''],
  ['　城镇常住居民人均可支配收入', '元', 38642, 5.4, '', ''],
  ['　农村常住居民人均可支配收入', '元', 19865, 7.2, '', 2],
];

const sheet: SheetData = [
  titleRow('阜汊县2022年12月统计月报　主要经济指标（1—12月）', 6),
  ['指标', '单位', '1—12月', '同比增长%', '比1—11月±百分点', '全市位次'].map((h) => headerCell(h)),
  ...fuchaRows.map(dataRow),
  noteRow('注：1.全市位次为增速在全市各县（市、区）中的位次。', 6),
  noteRow(
    '2.地区生产总值及三次产业增加值为初步核算数，增速按不变价格计算；规模以上工业增加值、固定资产投资及其分项只发布增速。',
    6,
  ),
  noteRow(
    '3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位，固定资产投资统计范围为计划总投资500万元及以上的项目。',
    6,
  ),
  noteRow('4.存贷款余额为12月末数，居民收入为全年数。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

export const fuchaIndustries: Line[] = [
  ['规模以上工业', 126, 7.8, 0.6, ''],
  ['　农副食品加工业', 18, 9.4, 1.1, 16.8],
  ['　食品制造业', 7, 5.2, -0.8, 6.3],
  ['　纺织业', 11, -4.6, 1.9, 7.5],
  ['　化学原料和化学制品制造业', 14, 12.7, 0.4, 15.2],
  ['　医药制造业', 6, 15.3, 2.2, 8.9],
  ['　非金属矿物制品业', 19, -2.1, -1.4, 12.4],
  ['　金属制品业', 9, 6.8, 0.5, 5.1],
  ['　通用设备制造业', 8, 10.5, 1.6, 6.7],
  ['　汽车制造业', 12, 18.2, 3.1, 11.8],
  ['　电力、热力生产和供应业', 4, 3.6, -0.9, 4.2],
];

const industrySheet: SheetData = [
  titleRow('阜汊县2022年1—12月规模以上工业分行业增加值', 5),
  ['行业', '企业个数（个）', '增加值同比增长%', '比1—11月±百分点', '占规上工业增加值比重%'].map((h) =>
    headerCell(h),
  ),
  ...fuchaIndustries.map(blankableRowWith('0.0')),
  noteRow('注：规模以上工业企业共126家，表列行业合计占规上工业增加值的94.9%。', 5),
  signatureRow(SIGNATURE, 5, 2),
];

export async function fuchaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 10 }],
    },
    {
      data: industrySheet,
      sheet: '规上工业分行业',
      columns: [{ width: 32 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 20 }],
    },
  ]).toBuffer();
}
