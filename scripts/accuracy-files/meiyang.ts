// Held-out-476's workbook (.xlsx, session 50, written with write-excel-file through sheets.ts): a Fujian-style county
// 统计局's 2003年2月统计月报 (湄洋县, invented), one sheet: a header of two rows (指标名称 | 计量单位 merged down, then 2月 and
// 1—2月累计 each over 绝对数 | 比去年同期±%), section rows 一、…六、 merged across, 其中 rows, — cells for figures only kept
// cumulatively, then a second block on the same sheet, 分乡镇规模以上工业总产值, with two sub-totals and a 全县合计, a 注 of
// three items and the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/meiyang-2003-m1-2-monthly.answers.json.

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

export const meiyang = { name: 'meiyang-2003-m1-2-monthly' };

const WIDTH = 6;
const row = blankableRowWith('0.0', WIDTH);

const GROUPS = [
  { text: '2月', sub: ['绝对数', '比去年同月±%'] },
  { text: '1—2月累计', sub: ['绝对数', '比去年同期±%'] },
];

/** 指标名称, 计量单位, 2月, ±%, 1—2月, ±%; a row of one cell is a section heading. */
export const meiyangRows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值（现价）', '万元', 31260, 8.4, 72580, 21.6],
  ['　其中：轻工业', '万元', 17840, 6.2, 41360, 19.8],
  ['　　　　重工业', '万元', 13420, 11.5, 31220, 24.1],
  ['规模以上工业增加值', '万元', 8620, 7.9, 20150, 20.3],
  ['工业产品销售率', '%', 96.8, '—', 97.4, '—'],
  ['出口交货值', '万元', 12460, 15.3, 28940, 33.6],
  ['工业用电量', '万千瓦时', 2680, 5.2, 6140, 16.8],
  ['二、固定资产投资'],
  ['城镇固定资产投资', '万元', '—', '—', 18620, 14.7],
  ['　其中：基本建设投资', '万元', '—', '—', 9860, 10.2],
  ['　　　　更新改造投资', '万元', '—', '—', 4120, 28.6],
  ['　　　　房地产开发投资', '万元', '—', '—', 3580, 22.4],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 19860, 13.8, 41250, 11.6],
  ['　其中：城市消费品零售额', '万元', 8420, 15.1, 17360, 12.9],
  ['　　　　县及县以下消费品零售额', '万元', 11440, 12.9, 23890, 10.7],
  ['四、对外经济'],
  ['外贸出口', '万美元', 1286, 18.4, 2752, 26.3],
  ['合同利用外资', '万美元', '—', '—', 1680, -12.5],
  ['实际利用外资', '万美元', '—', '—', 1126, 9.8],
  ['五、财政金融'],
  ['财政总收入', '万元', 3860, 16.2, 9740, 18.9],
  ['　其中：地方级财政收入', '万元', 2140, 14.8, 5420, 17.3],
  ['一般预算支出', '万元', 4180, 9.6, 8950, 12.4],
  ['金融机构各项存款余额（2月末）', '万元', '—', '—', 286450, 15.6],
  ['　其中：城乡居民储蓄存款余额', '万元', '—', '—', 198620, 17.2],
  ['金融机构各项贷款余额（2月末）', '万元', '—', '—', 174380, 19.4],
  ['六、其他'],
  ['邮电业务总量', '万元', 1420, 12.6, 3010, 14.2],
];

/** 乡（镇）, 计量单位, 2月, ±%, 1—2月, ±%: the towns sum to their sub-totals and to the county's first row. */
export const meiyangTowns: Line[] = [
  ['湄城镇', '万元', 9860, 7.6, 23160, 19.4],
  ['港尾镇', '万元', 7420, 12.3, 17240, 27.8],
  ['湄头镇', '万元', 5180, 9.1, 12050, 22.5],
  ['沿海乡镇小计', '万元', 22460, 9.3, 52450, 22.6],
  ['梅林乡', '万元', 3960, 4.8, 9130, 18.2],
  ['岭下乡', '万元', 2890, 6.5, 6620, 20.7],
  ['上洋乡', '万元', 1950, 8.9, 4380, 17.9],
  ['山区乡镇小计', '万元', 8800, 6.3, 20130, 19.0],
  ['全县合计', '万元', 31260, 8.4, 72580, 21.6],
];

const sheet: SheetData = [
  titleRow('湄洋县2003年2月统计月报', WIDTH),
  titleRow('湄洋县统计局编印　　2003年3月10日', WIDTH),
  ...groupedHeaderRows(['指标名称', '计量单位'], GROUPS),
  ...meiyangRows.map(row),
  blanks(WIDTH),
  titleRow('分乡镇规模以上工业总产值', WIDTH),
  ...groupedHeaderRows(['乡（镇）', '计量单位'], GROUPS),
  ...meiyangTowns.map(row),
  noteRow('注：1.规模以上工业指全部国有及年销售收入500万元以上非国有工业企业；', WIDTH),
  noteRow('2.城镇固定资产投资统计范围为计划总投资50万元以上项目，按月只统计累计数；', WIDTH),
  noteRow('3.“—”表示该指标本月无数据或不计算增幅。', WIDTH),
  signatureRow('湄洋县统计局综合股', WIDTH, 3),
];

export async function meiyangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '2月月报',
      columns: [{ width: 34 }, { width: 10 }, { width: 11 }, { width: 13 }, { width: 11 }, { width: 13 }],
    },
  ]).toBuffer();
}
