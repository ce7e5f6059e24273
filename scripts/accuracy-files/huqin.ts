// The one-hundred-and-eightieth held-out batch's workbook (.xlsx, session 34, written with write-excel-file through sheets.ts
// as mingba.ts and tianao.ts write theirs): a Hebei-style county 统计局's 2026年1—9月主要经济指标 (滹芩县 under 滏岑市), two
// sheets: 主要指标 (指标名称 | 单位 | 1—9月 over 累计 and 同比增长(%) | 全市位次; 其中 rows indented with full-width spaces,
// growth-only rows with — cells, balances marked （9月末）, a 注 of four lines with the group of the ranks and the thresholds)
// and 分乡镇 (乡镇 | 规模以上工业增加值 增速 | 固定资产投资 完成（万元） and 增速 | 一般公共预算收入 完成（万元） and 增速, eight
// towns, a 注 on where the towns' figures come from). A merged title, the date line and the bureau's signature on each sheet.
// Invented places and figures; its answers are tests/accuracy/huqin-2026-q3-indicators.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, groupedHeaderRows, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const huqin = { name: 'huqin-2026-q3-indicators' };

const dataRow = dataRowWith('0.00');
const townRow = dataRowWith('0.0');
const SIGNATURE = '滹芩县统计局　2026年10月24日';

const main: Line[] = [
  ['地区生产总值', '亿元', 142.68, 5.9, 3],
  ['　第一产业增加值', '亿元', 18.42, 3.6, '—'],
  ['　第二产业增加值', '亿元', 56.37, 6.8, '—'],
  ['　第三产业增加值', '亿元', 67.89, 5.7, '—'],
  ['规模以上工业增加值', '%', '—', 7.9, 2],
  ['规模以上工业企业营业收入', '亿元', 186.53, 6.2, '—'],
  ['固定资产投资', '%', '—', 8.4, 4],
  ['　其中：工业投资', '%', '—', 15.6, '—'],
  ['　　　　房地产开发投资', '亿元', 9.84, -11.3, '—'],
  ['社会消费品零售总额', '亿元', 61.27, 4.8, 5],
  ['一般公共预算收入', '亿元', 9.36, 5.4, 6],
  ['　其中：税收收入', '亿元', 6.52, 3.9, '—'],
  ['一般公共预算支出', '亿元', 24.18, 2.7, '—'],
  ['城镇居民人均可支配收入', '元', 32456, 4.5, 7],
  ['农村居民人均可支配收入', '元', 16824, 6.6, 2],
  ['金融机构人民币各项存款余额（9月末）', '亿元', 386.42, 7.1, '—'],
  ['金融机构人民币各项贷款余额（9月末）', '亿元', 248.15, 9.3, '—'],
];

const mainSheet: SheetData = [
  titleRow('滹芩县2026年1—9月主要经济指标', 5),
  ...groupedHeaderRows(['指标名称', '单位'], [{ text: '1—9月', sub: ['累计', '同比增长(%)', '全市位次'] }]),
  ...main.map(dataRow),
  noteRow('注：1.全市位次为增速在滏岑市9个县（市、区）中的位次。', 5),
  noteRow(
    '2.地区生产总值为滏岑市统计局统一核算数，规模以上工业增加值、固定资产投资、工业投资按统计制度只公布增速。',
    5,
  ),
  noteRow(
    '3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；固定资产投资统计范围为计划总投资500万元及以上项目。',
    5,
  ),
  noteRow('4.存贷款余额数据来源于中国人民银行滹芩县支行。', 5),
  signatureRow(SIGNATURE, 5, 3),
];

const towns: Line[] = [
  ['芩城镇', 9.2, 68420, 12.6, 8624, 6.8],
  ['滹阳镇', 8.1, 52310, 9.4, 5937, 4.2],
  ['北芩镇', 6.7, 31850, -3.8, 3218, 2.6],
  ['滹口镇', 10.4, 44760, 15.1, 4386, 7.9],
  ['东岑乡', 5.3, 12640, 4.7, 1125, -2.4],
  ['西滹乡', 7.6, 18930, 6.2, 1468, 3.1],
  ['芩山乡', 4.8, 9870, -6.5, 862, 1.7],
  ['南湾乡', 6.9, 15240, 8.8, 1306, 5.5],
];

const townSheet: SheetData = [
  titleRow('滹芩县2026年1—9月分乡镇主要指标', 6),
  ...groupedHeaderRows(
    ['乡镇'],
    [
      { text: '规模以上工业增加值', sub: ['增速(%)'] },
      { text: '固定资产投资', sub: ['完成（万元）', '增速(%)'] },
      { text: '一般公共预算收入', sub: ['完成（万元）', '增速(%)'] },
    ],
  ),
  ...towns.map(townRow),
  noteRow('注：乡镇数据由各乡镇统计站上报，一般公共预算收入为乡镇级收入，固定资产投资不含跨乡镇项目。', 6),
  signatureRow(SIGNATURE, 6, 3),
];

export async function huqinXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 36 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 10 }],
    },
    {
      data: townSheet,
      sheet: '分乡镇',
      columns: [{ width: 12 }, { width: 12 }, { width: 14 }, { width: 10 }, { width: 14 }, { width: 10 }],
    },
  ]).toBuffer();
}
