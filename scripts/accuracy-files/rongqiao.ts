// Held-out-435's workbook (.xlsx, session 48, written with write-excel-file through sheets.ts): a Guangdong-style
// district 统计局's 2026年1—4月主要经济指标 (蓉峤区, invented), two sheets: 主要指标 (指标 | 单位 | 1—4月 | 同比增长% |
// 比1—3月±百分点 | 全市排名; blank cells where a level is not published or a row is not ranked, 其中 rows indented with
// full-width spaces, minus signs for falls, a 1—3月 services row and 4月末 balances marked in their names, a 注 of four
// lines) and 工业投资分项 (指标 | 1—4月同比增长% | 比1—3月±百分点 | 占工业投资比重%). No towns. A merged title and the
// bureau's signature on each sheet. Invented place and figures; its answers are
// tests/accuracy/rongqiao-2026-m4-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const rongqiao = { name: 'rongqiao-2026-m4-indicators' };

const dataRow = blankableRowWith('0.00');
const SIGNATURE = '蓉峤区统计局　2026年5月21日';

const rows: Line[] = [
  ['规模以上工业增加值', '亿元', 186.42, 6.8, 1.2, 3],
  ['规模以上工业总产值', '亿元', 742.35, 7.4, 0.9, ''],
  ['　其中：先进制造业增加值', '亿元', 112.6, 9.1, 1.5, ''],
  ['　　　　高技术制造业增加值', '亿元', 58.37, 12.3, 2.1, ''],
  ['固定资产投资', '%', '', 5.2, -1.3, 6],
  ['　其中：工业投资', '%', '', 18.6, 3.4, 2],
  ['　　　　房地产开发投资', '%', '', -9.7, 1.8, ''],
  ['　　　　基础设施投资', '%', '', 4.1, -2.6, ''],
  ['社会消费品零售总额', '亿元', 98.64, 4.3, 0.5, 5],
  ['　其中：限额以上单位消费品零售额', '亿元', 46.18, 3.6, 0.7, ''],
  ['外贸进出口总额', '亿元', 325.8, 8.9, -1.6, 4],
  ['　其中：出口总额', '亿元', 214.3, 11.2, -0.8, ''],
  ['实际使用外资', '万美元', 12680, 15.4, 6.2, 7],
  ['一般公共预算收入', '亿元', 24.56, 3.8, 0.4, 6],
  ['　其中：税收收入', '亿元', 19.87, 4.5, 0.6, ''],
  ['一般公共预算支出', '亿元', 31.42, 2.1, -1.1, ''],
  ['规模以上服务业营业收入（1—3月）', '亿元', 86.9, 7.6, '', ''],
  ['全社会用电量', '亿千瓦时', 28.64, 6.2, 1.0, ''],
  ['　其中：工业用电量', '亿千瓦时', 18.92, 7.8, 1.3, ''],
  ['商品房销售面积', '万平方米', 38.6, -12.4, 3.5, ''],
  ['金融机构本外币各项存款余额（4月末）', '亿元', 1286.5, 6.9, 0.3, ''],
  ['金融机构本外币各项贷款余额（4月末）', '亿元', 968.2, 8.4, -0.2, ''],
];

const sheet: SheetData = [
  titleRow('蓉峤区2026年1—4月主要经济指标', 6),
  ['指标', '单位', '1—4月', '同比增长%', '比1—3月±百分点', '全市排名'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.全市排名为增速在全市各区（县级市）中的排名。', 6),
  noteRow('2.固定资产投资及其分项按统计制度只发布增速。', 6),
  noteRow('3.规模以上服务业营业收入为1—3月数据，存贷款余额为4月末数据，增速为比上年同期。', 6),
  noteRow('4.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

const parts: Line[] = [
  ['工业投资', 18.6, 3.4, ''],
  ['　其中：制造业投资', 21.3, 4.1, 86.4],
  ['　　　　工业技改投资', 25.7, 5.2, 38.5],
  ['　　　　高技术制造业投资', 31.2, 6.8, 27.9],
  ['　　　　电力、热力、燃气及水生产和供应业投资', -6.3, -2.4, 13.6],
  ['　　　　新开工工业项目投资', 42.5, 8.6, 21.7],
];

const partSheet: SheetData = [
  titleRow('蓉峤区2026年1—4月工业投资分项情况', 4),
  ['指标', '1—4月同比增长%', '比1—3月±百分点', '占工业投资比重%'].map((h) => headerCell(h)),
  ...parts.map(dataRow),
  noteRow('注：各分项之间存在交叉，比重按占全区工业投资计算。', 4),
  signatureRow(SIGNATURE, 4, 2),
];

export async function rongqiaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [{ width: 38 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 10 }],
    },
    {
      data: partSheet,
      sheet: '工业投资分项',
      columns: [{ width: 40 }, { width: 16 }, { width: 16 }, { width: 18 }],
    },
  ]).toBuffer();
}
