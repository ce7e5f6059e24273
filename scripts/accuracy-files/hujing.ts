// The one-hundred-and-seventy-fifth held-out batch's workbook (.xlsx, session 34): an Anhui-style county's 2024年重点项目
// 1—11月 调度表 (岵泾县), written with write-excel-file, its rows project-schedule.ts's with a 责任单位 column added: the merged
// title, the unit line, the header (序号 | 项目名称 | 建设内容 | 总投资 | 年度计划投资 | 1—11月完成 | 占年度计划% |
// 形象进度 | 责任单位), a 合计 row, the groups 一、省重点项目, 二、市重点项目 and 三、县重点项目 each with its subtotal, eleven projects (one
// cumulative amount in its 形象进度 cell, figures inside the 建设内容 cells), a 说明 row with the programme's amounts, its gap
// to the schedule, counts of projects ahead of and behind it and 序时进度按91.7%计, and the 调度 office's signature.
// Invented place, projects and figures; the answers are tests/accuracy/hujing-2024-m11-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const hujing = { name: 'hujing-2024-m11-projects' };

const COLUMNS = 9;

/** 项目名称, 建设内容, then 总投资, 年度计划投资, 1—11月完成, 占年度计划%, 形象进度 and 责任单位. */
type Project = readonly [string, string, ScheduleFigures, string, string];

const province: Project[] = [
  [
    '岵泾经开区年产20GWh储能电池项目',
    '新建电芯、模组生产线及配套厂房28万平方米',
    [860000, 150000, 148200, 98.8],
    '一期2条生产线投产，二期厂房主体施工',
    '岵泾经开区管委会',
  ],
  [
    'G347岵泾段改建工程',
    '改建一级公路26.8公里',
    [236000, 60000, 52300, 87.2],
    '路基完成85%，桥梁下部结构完成',
    '县交通运输局',
  ],
  [
    '岵泾县新型建材产业园项目',
    '年产300万吨骨料、60万立方米加气砌块',
    [185000, 40000, 41600, 104.0],
    '已建成投产，累计完成投资16.8亿元',
    '县经济和信息化局',
  ],
];

const city: Project[] = [
  [
    '沪岵合作共建产业园标准化厂房（三期）',
    '建设标准化厂房15万平方米',
    [68000, 30000, 27900, 93.0],
    '8栋厂房封顶，4栋交付',
    '县投资促进中心',
  ],
  [
    '岵泾县城乡供水一体化工程',
    '新建日供水5万吨水厂1座，铺设管网212公里',
    [52000, 18000, 14760, 82.0],
    '水厂主体完工，管网铺设160公里',
    '县水利局',
  ],
  [
    '岵泾县中医院迁建项目',
    '建筑面积6.2万平方米，床位600张',
    [48000, 16000, 15360, 96.0],
    '主体封顶，内部装修',
    '县卫生健康委',
  ],
  ['岵泾县冷链物流中心', '冷库库容8万吨', [36000, 12000, 8400, 70.0], '冷库钢结构安装', '县商务局'],
  [
    '泾河流域综合治理工程',
    '治理河道31.5公里',
    [29000, 14000, 13580, 97.0],
    '堤防加固完成，护岸施工',
    '县水利局',
  ],
];

const county: Project[] = [
  [
    '岵泾县老旧小区改造工程',
    '改造小区42个，惠及居民5860户',
    [24000, 10000, 9600, 96.0],
    '已完工31个小区',
    '县住房城乡建设局',
  ],
  [
    '岵泾县第二实验学校',
    '建筑面积5.4万平方米，设48个班',
    [21000, 9000, 7470, 83.0],
    '教学楼主体封顶',
    '县教育体育局',
  ],
  ['岵泾县电商物流产业园', '仓储及分拨中心6万平方米', [15000, 6000, 5700, 95.0], '分拨中心投用', '县商务局'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, content, figures, stage, owner], i) => [
    ...projectRow(from + i, name, { value: content, wrap: true }, figures, stage),
    { value: owner, wrap: true },
  ]);

const data: SheetData = [
  titleRow('岵泾县2024年重点项目1—11月调度情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设内容',
    '总投资',
    '年度计划投资',
    '1—11月完成',
    '占年度计划%',
    '形象进度',
    '责任单位',
  ].map((h) => headerCell(h)),
  [...sumRow('合计', [1574000, 365000, 344870, 94.5], 'center'), null],
  [...sumRow('一、省重点项目', [1281000, 250000, 242100, 96.8]), null],
  ...rows(province, 1),
  [...sumRow('二、市重点项目', [233000, 90000, 80000, 88.9]), null],
  ...rows(city, 4),
  [...sumRow('三、县重点项目', [60000, 25000, 22770, 91.1]), null],
  ...rows(county, 9),
  noteRow(
    '说明：1—11月，全县11个重点项目完成投资34.49亿元，占年度计划的94.5%，超序时进度2.8个百分点；其中7个项目超序时进度，4个项目低于序时进度。序时进度按91.7%计。',
    COLUMNS,
  ),
  signatureRow('岵泾县重点项目建设调度办公室　2024年12月6日', COLUMNS, 4),
];

const columns = [
  { width: 6 },
  { width: 30 },
  { width: 30 },
  { width: 12 },
  { width: 13 },
  { width: 12 },
  { width: 11 },
  { width: 28 },
  { width: 16 },
];

export async function hujingXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '1—11月调度', columns }).toBuffer();
}
