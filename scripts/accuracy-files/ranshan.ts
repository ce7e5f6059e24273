// The forty-third held-out batch's workbook: a Fujian county's 1-8月 key-project progress table (冉山县 under
// 溪屏市, 2022) as the project service centre attaches it (.xlsx, written with write-excel-file): a merged title,
// the notice's lead paragraph merged across the sheet above the table (a programme's figures, 完成年度计划投资X亿元的
// A%，超序时进度B个百分点, each class's completion rate, 8个项目达到或超过序时进度，6个项目滞后), 单位：万元, a header
// of two rows (序号 | 项目名称 | 建设性质 | 总投资 merged down, 2022年 over 年度计划投资 | 1-8月完成 | 完成率（%）, and
// 形象进度 merged down), the 合计 row first, then each class as a subtotal row (一、产业项目（5个）) over its
// projects, a 注 row with the 序时进度 and the centre's signature. Invented place and figures; the answers are
// tests/accuracy/ranshan-2022-m8-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const ranshan = { name: 'ranshan-2022-m8-projects' };

const width = 8;
const row = dataRowWith('0.0');

/** A subtotal or total row: bold text and figures. */
const boldRow = (line: Line): Cell[] =>
  row(line).map((cell) => (cell === null ? cell : { ...cell, fontWeight: 'bold' as const }));

const lines: { bold?: boolean; line: Line }[] = [
  { bold: true, line: ['', '合计（14个）', '', 692300, 175500, 123200, 70.2, ''] },
  { bold: true, line: ['一', '产业项目（5个）', '', 316900, 80000, 57550, 71.9, ''] },
  {
    line: [
      1,
      '冉山经济开发区新能源电池材料项目（一期）',
      '新建',
      186000,
      42000,
      31500,
      75.0,
      '主体厂房封顶，设备进场安装',
    ],
  },
  { line: [2, '溪屏冉山食品产业园标准厂房', '续建', 54000, 15000, 11200, 74.7, '12栋厂房完成主体'] },
  { line: [3, '冉山县竹木精深加工产业园', '续建', 32600, 9000, 5400, 60.0, '3号车间钢结构吊装'] },
  { line: [4, '冉山冷链物流园', '新建', 28500, 8000, 6350, 79.4, '冷库基础施工'] },
  { line: [5, '冉丰纺织智能化技术改造项目', '续建', 15800, 6000, 3100, 51.7, '部分设备完成调试'] },
  { bold: true, line: ['二', '基础设施项目（5个）', '', 287300, 66000, 46150, 69.9, ''] },
  {
    line: [
      6,
      '冉山至溪屏快速通道（冉山段）',
      '续建',
      168000,
      30000,
      21800,
      72.7,
      '路基完成85%，桥梁下部结构完成',
    ],
  },
  { line: [7, '冉江流域综合治理工程', '续建', 46500, 12000, 7400, 61.7, '完成堤防4.2公里'] },
  { line: [8, '县城供水管网改造工程', '新建', 12800, 5000, 3650, 73.0, '铺设管网18公里'] },
  { line: [9, '冉山县城东片区路网工程', '新建', 39000, 10000, 5200, 52.0, '完成征迁，路基施工'] },
  { line: [10, '冉山县220千伏输变电工程', '续建', 21000, 9000, 8100, 90.0, '进入设备调试'] },
  { bold: true, line: ['三', '社会民生项目（4个）', '', 88100, 29500, 19500, 66.1, ''] },
  { line: [11, '冉山县医院综合楼', '续建', 36000, 11000, 8300, 75.5, '主体结构封顶'] },
  { line: [12, '冉山第二中学扩建工程', '新建', 18500, 7000, 4100, 58.6, '教学楼主体施工至四层'] },
  { line: [13, '县城保障性租赁住房项目', '新建', 24000, 8000, 5600, 70.0, '3栋主体施工'] },
  { line: [14, '冉山县殡仪馆迁建工程', '续建', 9600, 3500, 1500, 42.9, '完成土地平整'] },
];

const lead =
  '1-8月，全县14个县级以上重点项目完成投资12.32亿元，完成年度计划投资17.55亿元的70.2%，超序时进度3.5个百分点。分类看，产业项目、基础设施项目完成年度计划的71.9%和69.9%，社会民生项目完成66.1%，低于序时进度0.6个百分点。14个项目中，8个项目达到或超过序时进度，6个项目滞后，请各责任单位加快推进。';

const header: Cell[][] = [
  [
    headerCell('序号', { rowSpan: 2 }),
    headerCell('项目名称', { rowSpan: 2 }),
    headerCell('建设性质', { rowSpan: 2 }),
    headerCell('总投资', { rowSpan: 2 }),
    headerCell('2022年', { columnSpan: 3 }),
    ...blanks(2),
    headerCell('形象进度', { rowSpan: 2 }),
  ],
  [...blanks(4), headerCell('年度计划投资'), headerCell('1-8月完成'), headerCell('完成率（%）'), null],
];

const data: Cell[][] = [
  titleRow('冉山县2022年1-8月重点项目建设进展情况表', width),
  noteRow(lead, width),
  [...blanks(width - 1), { value: '单位：万元', align: 'right' }],
  ...header,
  ...lines.map((l) => (l.bold ? boldRow(l.line) : row(l.line))),
  noteRow('注：序时进度按66.7%计；完成率为1-8月完成投资占年度计划投资的比例。', width),
  signatureRow('冉山县重点项目建设服务中心　2022年9月8日', width, 4),
];

export async function ranshanXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, {
    sheet: '1-8月',
    columns: [
      { width: 6 },
      { width: 40 },
      { width: 9 },
      { width: 11 },
      { width: 12 },
      { width: 11 },
      { width: 11 },
      { width: 30 },
    ],
  }).toBuffer();
}
