// Held-out-491's workbook (.xlsx, session 51, written with write-excel-file through sheets.ts): a Qinghai-style county
// 统计局's 菊湟县2009年1—9月主要经济指标 (菊湟县, invented), one sheet: a header of two rows (指标名称 | 计量单位 | 全年计划
// merged down, then 1—9月 over 完成数 | 同比±% | 完成计划%), a 全年计划 column beside the actual, section rows 一、…七、,
// 其中 rows, a 农牧业 block in 万亩/吨/万头（只）, starred balances explained in a four-point 注, and the bureau's signature.
// Invented place and figures; its answers are tests/accuracy/juhuang-2009-m1-9-monthly.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  blankableRowWith,
  blanks,
  groupedHeaderRows,
  type Line,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const juhuang = { name: 'juhuang-2009-m1-9-monthly' };

const WIDTH = 6;
const row = blankableRowWith('0.0', WIDTH);

/** 指标名称, 计量单位, 全年计划, 1—9月完成数, 同比±%, 完成计划%; a row of one cell is a section heading. */
export const juhuangRows: Line[] = [
  ['一、综合'],
  ['地区生产总值', '万元', 98000, 71250, 12.6, 72.7],
  ['　其中：第一产业增加值', '万元', '—', 14860, 5.1, '—'],
  ['　　　　第二产业增加值', '万元', '—', 37420, 16.8, '—'],
  ['　　　　第三产业增加值', '万元', '—', 18970, 11.2, '—'],
  ['二、工业'],
  ['规模以上工业总产值', '万元', 86000, 64320, 18.9, 74.8],
  ['规模以上工业增加值', '万元', 31000, 23150, 17.4, 74.7],
  ['工业用电量', '万千瓦时', '—', 12860, 9.6, '—'],
  ['三、固定资产投资'],
  ['全社会固定资产投资', '万元', 120000, 96480, 38.5, 80.4],
  ['　其中：城镇固定资产投资', '万元', '—', 78260, 42.1, '—'],
  ['　　　　农村牧区固定资产投资', '万元', '—', 18220, 24.6, '—'],
  ['四、国内贸易'],
  ['社会消费品零售总额', '万元', 42000, 30870, 17.2, 73.5],
  ['五、财政金融'],
  ['地方财政一般预算收入', '万元', 9800, 7460, 21.3, 76.1],
  ['一般预算支出', '万元', '—', 58630, 31.6, '—'],
  ['金融机构各项存款余额*', '万元', '—', 186500, 19.8, '—'],
  ['金融机构各项贷款余额*', '万元', '—', 96300, 24.2, '—'],
  ['六、农牧业'],
  ['农作物播种面积', '万亩', '—', 32.6, 2.8, '—'],
  ['粮食总产量', '吨', 68000, 70500, 3.7, 103.7],
  ['油菜籽产量', '吨', '—', 21600, 5.4, '—'],
  ['牲畜存栏*', '万头（只）', '—', 86.4, 3.2, '—'],
  ['牲畜出栏', '万头（只）', '—', 42.7, 6.5, '—'],
  ['七、人民生活'],
  ['城镇居民人均可支配收入', '元', 12600, 9320, 10.6, 74.0],
  ['农牧民人均现金收入', '元', '—', 3260, 11.8, '—'],
];

const sheet: SheetData = [
  titleRow('菊湟县2009年1—9月主要经济指标', WIDTH),
  titleRow('菊湟县统计局　　　　2009年10月20日', WIDTH),
  ...groupedHeaderRows(
    ['指标名称', '计量单位', '全年计划'],
    [{ text: '1—9月', sub: ['完成数', '同比±%', '完成计划%'] }],
  ),
  ...juhuangRows.map(row),
  noteRow('注：1.带*号的指标为9月末数，同比为比上年同期末增减；', WIDTH),
  noteRow('2.完成计划%为1—9月完成数占县十五届人大三次会议确定的全年计划的比例，时间进度为75%；', WIDTH),
  noteRow('3.规模以上工业指年主营业务收入500万元及以上的工业企业；', WIDTH),
  noteRow('4.粮食、油菜籽产量为夏秋粮预计数。', WIDTH),
  blanks(WIDTH),
  signatureRow('菊湟县统计局综合统计股', WIDTH, 3),
];

export async function juhuangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1-9月',
      columns: [{ width: 30 }, { width: 11 }, { width: 10 }, { width: 11 }, { width: 10 }, { width: 11 }],
    },
  ]).toBuffer();
}
