// The forty-first held-out batch's workbook: a Liaoning county statistics bureau's 前三季度 (1-9月) indicators as
// the bureau attaches them (.xlsx, written with write-excel-file; 麦桥县 under 辽岙市, 2023): a first sheet of the
// county's indicators (指标 | 单位 | 绝对值 | 增速（%） | 全市位次) with 其中 rows (#工业投资, #税收收入), — cells and a
// negative growth, and a second sheet of the city's seven counties side by side (地区 then a growth and its 位次
// for four indicators), a 全市 row first. Invented places and figures; the answers are
// tests/accuracy/maiqiao-2023-q3-analysis.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const maiqiao = { name: 'maiqiao-2023-q3-analysis' };

const row = dataRowWith('0.0');

const indicators: Line[] = [
  ['地区生产总值', '亿元', 86.47, 5.3, 3],
  ['  第一产业', '亿元', 18.62, 4.1, '—'],
  ['  第二产业', '亿元', 27.35, 6.8, '—'],
  ['  第三产业', '亿元', 40.5, 4.9, '—'],
  ['规模以上工业增加值', '—', '—', 7.6, 2],
  ['固定资产投资', '—', '—', -4.2, 6],
  ['  #工业投资', '—', '—', 12.8, '—'],
  ['社会消费品零售总额', '亿元', 31.84, 6.5, 4],
  ['一般公共预算收入', '亿元', 4.96, 9.7, 1],
  ['  #税收收入', '亿元', 3.42, 11.3, '—'],
  ['城镇常住居民人均可支配收入', '元', 30256, 4.8, 5],
  ['农村常住居民人均可支配收入', '元', 14872, 7.2, 2],
  ['金融机构人民币存款余额', '亿元', 212.6, 8.4, '—'],
];

const counties: Line[] = [
  ['全市', 5.0, '—', 6.9, '—', 1.8, '—', 6.2, '—'],
  ['岙东区', 6.1, 1, 8.3, 1, 5.6, 1, 7.3, 1],
  ['岙西区', 4.2, 6, 5.2, 5, 2.1, 3, 6.8, 2],
  ['麦桥县', 5.3, 3, 7.6, 2, -4.2, 6, 6.5, 4],
  ['青崖县', 5.8, 2, 6.4, 3, -1.7, 5, 6.6, 3],
  ['杉沟县', 3.9, 7, 3.1, 7, -8.9, 7, 5.2, 7],
  ['白岭市', 5.1, 4, 4.7, 6, 3.4, 2, 6.1, 5],
  ['柳渠县', 4.6, 5, 5.9, 4, 0.6, 4, 5.7, 6],
];

const first: Cell[][] = [
  titleRow('麦桥县2023年1-9月主要经济指标', 5),
  [
    headerCell('指标'),
    headerCell('单位'),
    headerCell('绝对值'),
    headerCell('增速（%）'),
    headerCell('全市位次'),
  ],
  ...indicators.map(row),
  noteRow('注：地区生产总值为辽岙市统一核算数，增速按不变价格计算；位次为在全市7个县（市）区中的位次。', 5),
  signatureRow('麦桥县统计局  2023年10月25日', 5, 3),
];

const second: Cell[][] = [
  titleRow('2023年1-9月辽岙市各县（市）区主要指标增速及位次', 9),
  [
    headerCell('地区'),
    headerCell('地区生产总值增速（%）'),
    headerCell('位次'),
    headerCell('规上工业增加值增速（%）'),
    headerCell('位次'),
    headerCell('固定资产投资增速（%）'),
    headerCell('位次'),
    headerCell('社会消费品零售总额增速（%）'),
    headerCell('位次'),
  ],
  ...counties.map(row),
  noteRow('资料来源：辽岙市统计局。', 9),
];

export async function maiqiaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: first,
      sheet: '主要指标',
      columns: [{ width: 30 }, { width: 8 }, { width: 12 }, { width: 12 }, { width: 10 }],
    },
    {
      data: second,
      sheet: '各县区对比',
      columns: [{ width: 10 }, ...Array.from({ length: 8 }, () => ({ width: 12 }))],
    },
  ]).toBuffer();
}
