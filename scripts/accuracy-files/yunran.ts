// The one-hundred-and-fifty-first held-out batch's workbook (.xlsx, session 33, written with write-excel-file through
// sheets.ts): a Hubei-style county 发展和改革局's 2018年重点建设项目计划 (涢苒县 under 溇郗市). One sheet: a title row, a unit
// line (单位：万元), one header row 序号 | 项目名称 | 建设内容 | 总投资 | 2018年计划投资 | 开工时间 | 责任单位, a 合计（10个） row,
// then three class rows 一、续建项目（4个）, 二、新开工项目（4个）, 三、前期项目（2个） merged over the first three columns with
// their subtotals, ten numbered projects (开工时间 as 2016年10月 or a bare year for 前期 projects), a notes row with the plan's
// counts and totals in 亿元, and the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/yunran-2018-fy-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { blanks, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const yunran = { name: 'yunran-2018-fy-projects' };

const WIDTH = 7;

/** 序号, 项目名称, 建设内容, 总投资, 2018年计划投资, 开工时间, 责任单位. */
type Project = readonly [number, string, string, number, number, string, string];

/** A 合计 or class row: its label merged over the first three columns, then the two sums. */
const sumRow = (label: string, total: number, plan: number): Cell[] => [
  { value: label, columnSpan: 3, fontWeight: 'bold' },
  ...blanks(2),
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: '' },
  { value: '' },
];

const projectRow = (p: Project): Cell[] =>
  p.map((value) => (typeof value === 'number' ? { value, format: '0' } : { value, wrap: true }));

const continuing: Project[] = [
  [
    1,
    '涢苒经济开发区标准化厂房二期',
    '新建厂房12栋18万平方米及配套道路',
    48000,
    15000,
    '2016年10月',
    '县经开区管委会',
  ],
  [
    2,
    '涢苒县城区污水处理厂提标扩建工程',
    '新增日处理污水2万吨，出水达到一级A标准',
    12600,
    6800,
    '2017年3月',
    '县住建局',
  ],
  [3, '苒溪至涢川二级公路改建工程', '改建二级公路26.4公里', 35200, 12000, '2017年6月', '县交通运输局'],
  [
    4,
    '涢苒县中医医院整体搬迁项目',
    '新建业务用房4.2万平方米，床位500张',
    28500,
    9500,
    '2017年9月',
    '县卫计局',
  ],
];

const starting: Project[] = [
  [
    5,
    '湖北涢源农业科技有限公司年产10万吨有机肥项目',
    '新建生产线3条及配套设施',
    15000,
    8000,
    '2018年3月',
    '县农业局',
  ],
  [6, '涢苒县城乡供水一体化工程', '新建水厂1座，铺设供水管网186公里', 32800, 10500, '2018年5月', '县水利局'],
  [
    7,
    '涢苒县第二实验小学',
    '新建教学楼及附属用房2.6万平方米，办学规模48个班',
    11200,
    6000,
    '2018年4月',
    '县教育局',
  ],
  [8, '涢苒县电商物流产业园', '新建仓储物流用房6.5万平方米', 22000, 7500, '2018年7月', '县商务局'],
];

const preparing: Project[] = [
  [9, '涢苒县抽水蓄能电站', '装机容量120万千瓦，开展可研及选址工作', 780000, 1200, '2019年', '县发改局'],
  [10, '涢苒县全域旅游集散中心', '新建游客服务中心及生态停车场', 18500, 800, '2019年', '县文体旅游局'],
];

const sheet: SheetData = [
  titleRow('涢苒县2018年重点建设项目计划表', WIDTH),
  [...blanks(WIDTH - 1), { value: '单位：万元', align: 'right' }],
  ['序号', '项目名称', '建设内容', '总投资', '2018年计划投资', '开工时间', '责任单位'].map((t) =>
    headerCell(t),
  ),
  sumRow('合计（10个）', 1003800, 77300),
  sumRow('一、续建项目（4个）', 124300, 43300),
  ...continuing.map(projectRow),
  sumRow('二、新开工项目（4个）', 81000, 32000),
  ...starting.map(projectRow),
  sumRow('三、前期项目（2个）', 798500, 2000),
  ...preparing.map(projectRow),
  noteRow(
    '注：2018年全县安排重点建设项目10个，总投资100.38亿元，年度计划投资7.73亿元；其中续建项目4个、新开工项目4个、前期项目2个。',
    WIDTH,
  ),
  signatureRow('涢苒县发展和改革局　2018年2月8日', WIDTH, 3),
];

const columns = [
  { width: 6 },
  { width: 36 },
  { width: 34 },
  { width: 12 },
  { width: 14 },
  { width: 12 },
  { width: 16 },
];

export async function yunranXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, { columns, sheet: '2018年重点项目' }).toBuffer();
}
