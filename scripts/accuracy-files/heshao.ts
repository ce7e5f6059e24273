// The seventeenth held-out batch (ho17): a district development and reform bureau's key-project schedule for
// 1-8月 (禾邵区 under 朔澜市, 2024) as the bureau attaches it (.xlsx, written with write-excel-file): a title row
// merged across the sheet, a unit line, one header row (序号 | 项目名称 | 建设内容及规模 | 总投资(万元) |
// 年度计划投资(万元) | 1-8月完成投资(万元) | 占年度计划% | 形象进度), a 合计 row, projects grouped under
// 一、续建项目 / 二、新开工项目 rows that carry their group's subtotals, a 注 row and the bureau's signature.
// Invented place, projects and figures; the answers are tests/accuracy/heshao-2024-m8-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const heshao = { name: 'heshao-2024-m8-projects' };

const COLUMNS = 8;

/** 序号, 项目名称, 建设内容及规模, 总投资, 年度计划投资, 1-8月完成投资, 占年度计划%, 形象进度. */
type Project = readonly [number, string, string, number, number, number, number, string];

/** A group row (一、续建项目) with the group's sums, or the 合计 row. */
type Group = readonly [string, number, number, number, number];

const continuing: Project[] = [
  [
    1,
    '禾邵区黄河东岸生态修复工程',
    '治理河岸12公里，营造生态林带3200亩',
    86500,
    21000,
    15870,
    75.6,
    '护岸工程完成80%，林带栽植完成',
  ],
  [
    2,
    '禾邵经济技术开发区污水处理厂二期',
    '新增日处理污水2万吨及配套管网',
    24600,
    9800,
    7420,
    75.7,
    '主体完工，设备安装中',
  ],
  [
    3,
    '朔禾大道（禾邵段）改造工程',
    '改造城市主干道8.6公里',
    38200,
    12500,
    8310,
    66.5,
    '路基完成，正在铺设沥青面层',
  ],
  [
    4,
    '禾邵区人民医院综合住院楼',
    '建筑面积4.2万平方米，床位600张',
    52800,
    16000,
    12960,
    81.0,
    '主体封顶，内部装修',
  ],
  [
    5,
    '禾邵区10万吨枸杞精深加工项目',
    '建设枸杞原浆、果干及籽油生产线',
    31500,
    11200,
    6840,
    61.1,
    '厂房封顶，设备采购中',
  ],
  [
    6,
    '禾邵光伏治沙复合项目（一期）',
    '装机容量20万千瓦，治沙1.2万亩',
    96000,
    42000,
    35280,
    84.0,
    '组件安装完成85%',
  ],
  [
    7,
    '禾邵区第三中学建设项目',
    '建筑面积3.6万平方米，学位2400个',
    18900,
    8500,
    7650,
    90.0,
    '主体完工，9月交付使用',
  ],
];

const starting: Project[] = [
  [
    8,
    '禾邵区冷链物流园',
    '冷库库容5万吨，交易区2万平方米',
    42000,
    15000,
    5250,
    35.0,
    '土方开挖完成，基础施工',
  ],
  [
    9,
    '禾邵经济技术开发区标准化厂房（三期）',
    '建设标准化厂房12万平方米',
    36000,
    14000,
    6160,
    44.0,
    '3栋厂房主体施工',
  ],
  [
    10,
    '禾邵区老旧小区改造工程',
    '改造老旧小区28个，惠及居民4600户',
    12800,
    12800,
    7940,
    62.0,
    '已完成16个小区',
  ],
  [
    11,
    '禾邵区智慧城市建设项目',
    '建设城市运行管理中心及感知平台',
    15600,
    6000,
    1620,
    27.0,
    '完成招标，进场施工',
  ],
  [12, '禾邵区高标准农田建设项目', '建设高标准农田5万亩', 10500, 10500, 8820, 84.0, '完成土地平整3.8万亩'],
];

const total: Group = ['合计', 465400, 179300, 124120, 69.2];
const continuingGroup: Group = ['一、续建项目（7个）', 348500, 121000, 94330, 78.0];
const startingGroup: Group = ['二、新开工项目（5个）', 116900, 58300, 29790, 51.1];

const groupRow = ([label, ...figures]: Group): Cell[] => sumRow(label, figures);

const row = ([n, name, scope, planned, year, done, share, stage]: Project): Cell[] =>
  projectRow(n, name, { value: scope, wrap: true }, [planned, year, done, share], stage);

const sheet: SheetData = [
  titleRow('禾邵区2024年重点项目1-8月建设进展情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设内容及规模',
    '总投资(万元)',
    '年度计划投资(万元)',
    '1-8月完成投资(万元)',
    '占年度计划%',
    '形象进度',
  ].map((h) => headerCell(h)),
  groupRow(total),
  groupRow(continuingGroup),
  ...continuing.map(row),
  groupRow(startingGroup),
  ...starting.map(row),
  noteRow('注：形象进度截至8月31日；占年度计划%为1-8月完成投资占年度计划投资的比例。', COLUMNS),
  signatureRow('禾邵区发展和改革局　2024年9月6日', COLUMNS, 3),
];

export async function heshaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1-8月进展',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 30 },
        { width: 12 },
        { width: 14 },
        { width: 14 },
        { width: 10 },
        { width: 26 },
      ],
    },
  ]).toBuffer();
}
