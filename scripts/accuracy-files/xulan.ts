// Held-out-483's workbook (.xlsx, session 50, written with write-excel-file through sheets.ts): a Sichuan-style county
// 统计局's 叙岚县2003年11月统计月报 (叙岚县, invented), one sheet: a header of two rows (指标名称 | 计量单位 merged down, then
// 本月 over 绝对数 | 同比±% and 1—11月累计 over 绝对数 | 同比±% | 占年计划%), section rows 一、…七、 merged across, 其中 rows,
// — cells, a footnote mark (*) on one row name explained in the 注, four 注 items and the bureau's signature. Invented place
// and figures; its answers are tests/accuracy/xulan-2003-m1-11-monthly.answers.json.

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

export const xulan = { name: 'xulan-2003-m1-11-monthly' };

const WIDTH = 7;
const row = blankableRowWith('0.0', WIDTH);

const GROUPS = [
  { text: '本月', sub: ['绝对数', '同比±%'] },
  { text: '1—11月累计', sub: ['绝对数', '同比±%', '占年计划%'] },
];

/** 指标名称, 计量单位, 本月, ±%, 1—11月, ±%, 占年计划%; a row of one cell is a section heading. */
export const xulanRows: Line[] = [
  ['一、工业'],
  ['规模以上工业总产值（现价）', '万元', 8460, 19.6, 86240, 17.8, 93.5],
  ['　其中：轻工业', '万元', 3460, 15.2, 35180, 14.6, '—'],
  ['　　　　重工业', '万元', 5000, 22.8, 51060, 20.1, '—'],
  ['规模以上工业增加值', '万元', 2680, 18.2, 27350, 16.9, 94.3],
  ['规模以上工业产品销售收入', '万元', 8120, 21.4, 83460, 19.2, '—'],
  ['规模以上工业企业利润总额', '万元', '—', '—', 3260, 22.8, '—'],
  ['工业产品销售率', '%', 97.2, '—', 96.8, '—', '—'],
  ['工业用电量', '万千瓦时', 1860, 9.8, 19640, 11.2, '—'],
  ['二、固定资产投资'],
  ['全社会固定资产投资*', '万元', '—', '—', 92460, 28.6, 96.3],
  ['　其中：基本建设投资', '万元', '—', '—', 54280, 33.2, '—'],
  ['　　　　更新改造投资', '万元', '—', '—', 18630, 21.5, '—'],
  ['　　　　房地产开发投资', '万元', '—', '—', 11240, -6.8, '—'],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 5340, 12.1, 54620, 11.4, 91.2],
  ['　其中：城市消费品零售额', '万元', 2210, 13.6, 22380, 12.8, '—'],
  ['　　　　县及县以下消费品零售额', '万元', 3130, 11.0, 32240, 10.4, '—'],
  ['四、对外经济'],
  ['外贸出口', '万美元', 86, 15.2, 942, 18.6, 95.1],
  ['实际利用外资', '万美元', '—', '—', 615, 12.4, 87.9],
  ['招商引资到位资金', '万元', '—', '—', 38650, 24.2, 104.6],
  ['五、财政'],
  ['财政总收入', '万元', 1260, 16.8, 14280, 15.4, 95.2],
  ['　其中：地方财政收入', '万元', 710, 14.2, 8160, 13.8, 93.6],
  ['财政支出', '万元', 2460, 10.6, 25840, 12.2, 88.4],
  ['六、金融（11月末余额）'],
  ['金融机构各项存款余额', '万元', '—', '—', 246800, 15.8, '—'],
  ['　其中：城乡居民储蓄存款余额', '万元', '—', '—', 182450, 17.4, '—'],
  ['金融机构各项贷款余额', '万元', '—', '—', 158620, 9.6, '—'],
  ['七、其他'],
  ['邮电业务总量', '万元', 520, 18.4, 5460, 16.2, '—'],
  ['全社会用电量', '万千瓦时', 2840, 8.6, 30250, 9.4, '—'],
  ['生猪出栏', '万头', '—', '—', 48.6, 4.2, '—'],
];

const sheet: SheetData = [
  titleRow('叙岚县2003年11月统计月报', WIDTH),
  titleRow('叙岚县统计局编　　　　2003年12月8日', WIDTH),
  ...groupedHeaderRows(['指标名称', '计量单位'], GROUPS),
  ...xulanRows.map(row),
  noteRow('注：1.规模以上工业指全部国有及年产品销售收入500万元以上的非国有工业企业；', WIDTH),
  noteRow('2.*全社会固定资产投资含城镇50万元以上项目、房地产开发和农村投资，按月只统计累计数；', WIDTH),
  noteRow('3.存、贷款为11月末余额，同比为比上年同期末增减；', WIDTH),
  noteRow('4.占年计划%为1—11月累计数占县人大批准的年度计划的比例，时间进度为91.7%。', WIDTH),
  blanks(WIDTH),
  signatureRow('叙岚县统计局综合统计股', WIDTH, 3),
];

export async function xulanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '11月月报',
      columns: [
        { width: 34 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 11 },
        { width: 10 },
        { width: 11 },
      ],
    },
  ]).toBuffer();
}
