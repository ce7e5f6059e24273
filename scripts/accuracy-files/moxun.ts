// Held-out-452's workbook (.xlsx, session 49, written with write-excel-file through sheets.ts): a Jiangxi-style county
// 统计局's 2024年1—2月主要经济指标 (墨浔县, invented), one sheet: 指标名称 | 单位 | 1—2月 | 同比增长% | 全市排位; growth-only
// rows with unit % and — level cells, 其中 rows indented with full-width spaces, minus signs, trade in 亿元 and power in
// 万千瓦时, a tax share row, ranks with — for the rest, a 注 of two lines and the bureau's signature. Invented place and
// figures; its answers are tests/accuracy/moxun-2024-m1-2-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const moxun = { name: 'moxun-2024-m1-2-indicators' };

const dataRow = dataRowWith('0.00');
const WIDTH = 5;

export const moxunRows: Line[] = [
  ['规模以上工业增加值', '%', '—', 7.6, 4],
  ['　其中：战略性新兴产业增加值', '%', '—', 12.4, 2],
  ['　　　　高新技术产业增加值', '%', '—', 9.8, 3],
  ['规模以上工业企业营业收入', '亿元', 86.42, 6.3, 5],
  ['规模以上工业企业利润总额', '亿元', 4.27, -8.6, '—'],
  ['工业用电量', '万千瓦时', 21356, 8.9, '—'],
  ['固定资产投资', '%', '—', 5.2, 6],
  ['　其中：工业投资', '%', '—', 11.7, 3],
  ['　　　　工业技改投资', '%', '—', 15.3, '—'],
  ['　　　　基础设施投资', '%', '—', -3.4, '—'],
  ['　　　　民间投资', '%', '—', 4.1, '—'],
  ['房地产开发投资', '亿元', 3.18, -12.6, '—'],
  ['商品房销售面积', '万平方米', 6.42, -15.3, '—'],
  ['限额以上单位消费品零售额', '亿元', 7.86, 9.4, 2],
  ['　其中：限额以上批发和零售业零售额', '亿元', 6.95, 8.8, '—'],
  ['　　　　限额以上住宿和餐饮业零售额', '亿元', 0.91, 14.2, '—'],
  ['财政总收入', '亿元', 9.64, 4.8, 5],
  ['　其中：一般公共预算收入', '亿元', 6.12, 3.6, 6],
  ['　　　　其中：税收收入', '亿元', 4.87, 2.9, '—'],
  ['　　　　税收收入占一般公共预算收入比重', '%', 79.6, '—', '—'],
  ['一般公共预算支出', '亿元', 11.35, 6.7, '—'],
  ['进出口总额', '亿元', 5.26, 18.4, 3],
  ['　其中：出口总额', '亿元', 4.71, 21.6, '—'],
  ['实际使用外资', '万美元', 1260, 6.8, '—'],
  ['实际利用省外资金', '亿元', 22.36, 7.2, 4],
  ['金融机构本外币各项存款余额（2月末）', '亿元', 386.45, 9.1, '—'],
  ['金融机构本外币各项贷款余额（2月末）', '亿元', 298.72, 11.8, '—'],
  ['全社会用电量', '万千瓦时', 36842, 7.4, '—'],
  ['城镇新增就业', '人', 860, '—', '—'],
];

const sheet: SheetData = [
  titleRow('墨浔县2024年1—2月主要经济指标', WIDTH),
  titleRow('墨浔县统计局　2024年3月18日', WIDTH),
  ['指标名称', '单位', '1—2月', '同比增长%', '全市排位'].map((text) => headerCell(text)),
  ...moxunRows.map(dataRow),
  noteRow('注：1.全市排位为增速在全市各县（市、区）中的位次，“—”表示无数据或不参与排位。', WIDTH),
  noteRow(
    '2.规模以上工业增加值、固定资产投资及其分项按统计制度只公布增速；规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
    WIDTH,
  ),
  signatureRow('墨浔县统计局', WIDTH, 3),
];

export async function moxunXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—2月主要经济指标',
      columns: [{ width: 40 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 10 }],
    },
  ]).toBuffer();
}
