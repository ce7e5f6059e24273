// Held-out-332's monthly workbook (.xlsx, session 42): a Jiangsu-style county 统计局's 2011年1—6月主要经济指标 (繁沚县 under
// 枫潆市, invented) as the bureau posts it, written with write-excel-file through sheets.ts: a merged title row, the unit
// line, one header row 指标 | 单位 | 1—6月 | 同比增长% | 增幅全市位次 | 总量全市位次 (two rank columns: the growth's and the
// level's), indented 其中 rows, a negative growth, '—' for ranks not given, 6月末 balances, four 注 rows (the ranks' group,
// 可比价, the balances, the 2011 规上 threshold) and the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/fanzhi-2011-m6-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const fanzhi = { name: 'fanzhi-2011-m6-indicators' };

const rows: Line[] = [
  ['地区生产总值', '亿元', 158.63, 12.4, 4, 5],
  ['规模以上工业增加值', '亿元', 62.18, 16.3, 3, 5],
  ['规模以上工业总产值', '亿元', 286.45, 27.6, 3, 4],
  ['工业应税销售收入', '亿元', 241.37, 24.8, 2, 4],
  ['全社会固定资产投资', '亿元', 96.52, 23.1, 6, 5],
  ['　其中：工业投资', '亿元', 58.74, 26.9, 5, '—'],
  ['　　　　房地产开发投资', '亿元', 14.26, -8.3, 7, '—'],
  ['社会消费品零售总额', '亿元', 41.38, 17.9, 5, 5],
  ['公共财政预算收入', '亿元', 12.65, 31.2, 2, 6],
  ['　其中：税收收入', '亿元', 10.18, 28.7, '—', '—'],
  ['公共财政预算支出', '亿元', 15.42, 22.5, '—', '—'],
  ['进出口总额', '万美元', 48625, 26.4, 4, 5],
  ['　其中：出口', '万美元', 36218, 29.1, 3, 5],
  ['实际到账注册外资', '万美元', 9860, -12.6, 6, 6],
  ['城镇居民人均可支配收入', '元', 11583, 14.8, 5, '—'],
  ['农民人均现金收入', '元', 6927, 17.2, 4, '—'],
  ['金融机构人民币存款余额（6月末）', '亿元', 268.35, 16.5, '—', '—'],
  ['金融机构人民币贷款余额（6月末）', '亿元', 176.92, 18.1, '—', '—'],
  ['全社会用电量', '万千瓦时', 58246, 11.3, '—', '—'],
];

const WIDTH = 6;

/** A row whose level column (the third) shows two decimals and whose growth shows one, as the bureau formats them. */
const dataRow = (line: Line) => {
  const level = dataRowWith('0.00')(line);
  const rest = dataRowWith('0.0')(line);
  return line.map((_, i) => (i === 2 ? level[i] : rest[i]) ?? null);
};

const sheet: SheetData = [
  titleRow('繁沚县2011年1—6月主要经济指标', WIDTH),
  [null, null, null, null, null, { value: '单位：亿元、万美元、元、万千瓦时、%', align: 'right' }],
  ['指标', '单位', '1—6月', '同比增长%', '增幅全市位次', '总量全市位次'].map((h) => headerCell(h)),
  ...rows.map(dataRow),
  noteRow('注：1.增幅全市位次、总量全市位次为在枫潆市7个县（市、区）中的排位，“—”表示未参与排位。', WIDTH),
  noteRow('2.地区生产总值、规模以上工业增加值增速按可比价计算。', WIDTH),
  noteRow('3.存贷款为6月末余额，增速为比上年同期增长。', WIDTH),
  noteRow('4.规模以上工业统计口径自2011年起调整为年主营业务收入2000万元及以上。', WIDTH),
  signatureRow('繁沚县统计局　2011年7月20日', WIDTH, 2),
];

export async function fanzhiXlsx(): Promise<Buffer> {
  return await writeXlsxFile([
    {
      data: sheet,
      sheet: '1-6月',
      columns: [{ width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 14 }],
    },
  ]).toBuffer();
}
