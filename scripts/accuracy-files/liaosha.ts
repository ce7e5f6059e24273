// The four-hundred-and-eighth held-out batch's workbook (.xlsx, session 46, written with write-excel-file through
// sheets.ts): a Jilin-style county 统计局's 蓼沙县2016年1—8月主要经济指标 (蓼沙县 under the invented 柳榆市), one sheet:
// 指标 | 单位 | 8月 | 1-8月 | 同比±% | 比1-7月增减 | 全市位次, seven section rows (一、工业 … 七、就业), 其中 rows indented with
// full-width spaces, blank 8月 cells for the cumulative-only rows, falling industry, profits, power, real estate,
// revenue and trade, blank change and rank cells, a 注 of four lines and the signature. Invented place and figures; its
// answers are tests/accuracy/liaosha-2016-m8-indicators.answers.json, written by hand from the rows below.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { blankableRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const liaosha = { name: 'liaosha-2016-m8-indicators' };

const dataRow = blankableRowWith('0.0', 7);

/** 指标, 单位, 8月, 1-8月, 同比±%, 比1-7月增减, 全市位次. */
export const liaoshaRows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值', '万元', 86240, 672350, -3.8, -0.6, 5],
  ['　其中：农产品加工业产值', '万元', 31260, 248710, 2.4, 0.3, ''],
  ['　　　　医药产业产值', '万元', 9870, 76420, 6.1, -0.4, ''],
  ['规模以上工业增加值', '万元', 21480, 168920, -2.9, -0.5, 5],
  ['规模以上工业企业主营业务收入', '万元', '', 641280, -4.6, -0.8, ''],
  ['规模以上工业企业利润总额', '万元', '', 28640, -12.3, -2.1, ''],
  ['全社会用电量', '万千瓦时', 6840, 54120, -2.7, 0.2, ''],
  ['　其中：工业用电量', '万千瓦时', 3120, 25860, -5.2, 0.4, ''],
  ['二、固定资产投资'],
  ['固定资产投资（不含农户）', '万元', '', 596430, 8.6, -1.2, 3],
  ['　其中：工业投资', '万元', '', 274860, 12.4, -0.9, ''],
  ['　　　　基础设施投资', '万元', '', 186250, 15.7, 1.3, ''],
  ['　　　　房地产开发投资', '万元', '', 62180, -18.6, -3.4, ''],
  ['商品房销售面积', '万平方米', '', 9.86, -11.2, 2.5, ''],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 48620, 372150, 9.4, -0.1, 4],
  ['　其中：限额以上单位消费品零售额', '万元', 14260, 108730, 4.2, -0.6, ''],
  ['四、财政'],
  ['地方级财政收入', '万元', 5860, 48260, -6.4, -1.8, 6],
  ['　其中：税收收入', '万元', 3920, 31480, -9.7, -2.3, ''],
  ['一般公共预算支出', '万元', 21350, 186420, 7.8, 0.6, ''],
  ['五、对外经济'],
  ['进出口总额', '万美元', 620, 4860, -21.4, -3.6, ''],
  ['　其中：出口', '万美元', 410, 3250, -15.8, 1.9, ''],
  ['实际利用外资', '万美元', '', 1860, 3.2, '', ''],
  ['实际利用内资', '万元', '', 412600, 9.8, 0.7, 2],
  ['六、金融（8月末）'],
  ['金融机构人民币各项存款余额', '万元', '', 1286430, 8.2, 0.3, ''],
  ['　其中：住户存款余额', '万元', '', 942180, 10.6, 0.2, ''],
  ['金融机构人民币各项贷款余额', '万元', '', 784260, 5.4, -0.4, ''],
  ['七、就业'],
  ['城镇新增就业', '人', 312, 2860, '', '', ''],
];

const sheet: SheetData = [
  titleRow('蓼沙县2016年1—8月主要经济指标', 7),
  ['指标', '单位', '8月', '1-8月', '同比±%', '比1-7月增减', '全市位次'].map((h) => headerCell(h)),
  ...liaoshaRows.map(dataRow),
  noteRow('注：1.全市位次为1-8月增速在柳榆市7个县（市、区）中的位次，空白为不参与排位。', 7),
  noteRow('2.比1-7月增减为1-8月累计增速与1-7月累计增速相比增减的百分点。', 7),
  noteRow(
    '3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；固定资产投资统计范围为计划总投资500万元及以上项目。',
    7,
  ),
  noteRow('4.存贷款余额为8月末数，增速为比上年同月末增长；本表数据为快报数。', 7),
  signatureRow('蓼沙县统计局　2016年9月14日', 7, 3),
];

export async function liaoshaXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '主要指标',
      columns: [
        { width: 36 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 10 },
        { width: 14 },
        { width: 10 },
      ],
    },
  ]).toBuffer();
}
