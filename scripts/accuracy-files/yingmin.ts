// The one-hundred-and-fifty-fifth held-out batch's workbook (.xlsx, session 33): a Yunnan-style county 发展和改革局's 2021年
// 重点项目投资计划表 (滢岷县 under 澜岈州), written with write-excel-file, one sheet 2021年重点项目: the merged title, the unit
// line, the header 序号 | 项目名称 | 建设性质 | 总投资 | 截至2020年底累计完成投资 | 2021年计划投资 | 建设内容及规模, a 合计 row,
// the classes 一、产业项目, 二、基础设施项目 and 三、社会民生项目 with their subtotal rows, seven projects (新建 ones with '—'
// for the running total, figures inside names and in the 建设内容 cells), a 说明 row with the programme's amounts in 亿元
// and the 新建/续建 split, a 注 row and the bureau's signature. Invented place, projects and figures; the answers are
// tests/accuracy/yingmin-2021-fy-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { unitRow } from './project-schedule.js';
import { dataRowWith, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const yingmin = { name: 'yingmin-2021-fy-projects' };

const COLUMNS = 7;
const row = dataRowWith('0');

/** 项目名称, 建设性质, 总投资, 截至2020年底累计完成 ('—' for a new project), 2021年计划投资, 建设内容及规模. */
type Project = readonly [string, '新建' | '续建', number, number | '—', number, string];

const industry: Project[] = [
  [
    '滢岷县生物医药产业园标准厂房建设项目',
    '续建',
    48600,
    21300,
    15000,
    '新建标准厂房12万平方米及配套道路、管网',
  ],
  ['滢岷县20万千瓦光伏发电项目', '新建', 86000, '—', 42000, '建设光伏电站1座，装机容量20万千瓦'],
  ['滢岷县咖啡精深加工项目', '新建', 12500, '—', 8000, '建设年产5000吨速溶咖啡生产线'],
];

const infrastructure: Project[] = [
  ['滢岷县城南片区路网建设工程', '续建', 35800, 18600, 9500, '新建城市道路6条，总长8.4公里'],
  ['滢岷县龙潭中型水库工程', '续建', 62400, 38900, 12000, '总库容1260万立方米，配套输水干渠22公里'],
];

const livelihood: Project[] = [
  ['滢岷县人民医院住院综合楼项目', '续建', 24500, 13200, 8500, '新建住院综合楼3.2万平方米，设置床位500张'],
  ['滢岷县职业高级中学迁建项目', '新建', 16800, '—', 6000, '新建教学楼、实训楼及宿舍4.6万平方米'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, kind, total, done, plan, content], i) =>
    row([from + i, name, kind, total, done, plan, content]),
  );

const sheet: Cell[][] = [
  titleRow('滢岷县2021年重点项目投资计划表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设性质',
    '总投资',
    '截至2020年底累计完成投资',
    '2021年计划投资',
    '建设内容及规模',
  ].map((h) => headerCell(h)),
  row(['', '合计', '', 286600, 92000, 101000, '']),
  row(['', '一、产业项目', '', 147100, 21300, 65000, '']),
  ...rows(industry, 1),
  row(['', '二、基础设施项目', '', 98200, 57500, 21500, '']),
  ...rows(infrastructure, 4),
  row(['', '三、社会民生项目', '', 41300, 13200, 14500, '']),
  ...rows(livelihood, 6),
  noteRow(
    '说明：2021年全县安排重点项目7个，总投资28.66亿元，截至2020年底累计完成投资9.2亿元，2021年计划投资10.1亿元。其中，续建项目4个，2021年计划投资4.5亿元；新建项目3个，2021年计划投资5.6亿元。受新冠肺炎疫情影响，2020年部分项目开工推迟，2021年计划投资比上年增长18.5%。',
    COLUMNS,
  ),
  noteRow('注：累计完成投资截至2020年12月31日；新建项目以“—”表示。', COLUMNS),
  signatureRow('滢岷县发展和改革局　2021年3月5日', COLUMNS, 3),
];

export async function yingminXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '2021年重点项目',
      columns: [
        { width: 6 },
        { width: 36 },
        { width: 10 },
        { width: 12 },
        { width: 16 },
        { width: 14 },
        { width: 40 },
      ],
    },
  ]).toBuffer();
}
