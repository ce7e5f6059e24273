// Held-out-438's workbook (.xlsx, session 48, written with write-excel-file): a Fujian-style county-level city
// 发展和改革局's 2010年重点项目1—11月进展情况表 (宁浦市, invented), one sheet: the merged title, 单位：万元, the header
// 序号 | 项目名称 | 建设规模及内容 | 总投资 | 2010年计划 | 1—11月完成 | 完成年计划% | 进展情况, a 合计 row, the classes
// 一、续建项目, 二、新开工项目 and 三、预备项目 as subtotal rows (project-schedule.ts's sumRow and projectRow), twelve
// projects (figures inside the 规模 and 进展 cells; the 预备 ones with small 前期 amounts, one at 0 and 0.0), a 说明 row with
// the programme's amounts and its gap to the schedule, a 注 row with 序时进度按91.7%计, and the bureau's signature.
// Invented place, projects and figures; the answers are tests/accuracy/ningpu-2010-m11-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const ningpu = { name: 'ningpu-2010-m11-projects' };

const COLUMNS = 8;

/** 项目名称, 建设规模及内容, then 总投资, 2010年计划, 1—11月完成 (万元), 完成年计划%, then 进展情况. */
type Project = readonly [string, string, ScheduleFigures, string];

const continuing: Project[] = [
  [
    '宁浦市城区污水处理厂及配套管网工程',
    '日处理污水4万吨，配套管网32公里',
    [18600, 6500, 6120, 94.2],
    '一期建成试运行，管网完成28公里',
  ],
  ['宁浦经济开发区鞋业产业园', '建设标准厂房22万平方米', [86000, 24000, 22650, 94.4], '14栋厂房主体完工'],
  [
    '宁浦至漳溪二级公路改建工程',
    '改建二级公路28.6公里',
    [52000, 15000, 14280, 95.2],
    '路基完成90%，路面铺设12公里',
  ],
  ['宁浦市医院门诊综合楼', '建筑面积2.6万平方米', [12800, 5000, 4850, 97.0], '主体封顶，内外装修'],
  ['宁浦市竹木制品精深加工项目', '年加工竹材8万立方米', [23500, 8000, 7260, 90.8], '2条生产线试产'],
];

const started: Project[] = [
  ['宁浦市滨江新区安置房工程', '安置房1200套，建筑面积15万平方米', [42000, 12000, 9860, 82.2], '8栋主体施工'],
  ['宁浦市220千伏变电站工程', '主变容量2×18万千伏安', [16500, 9000, 7820, 86.9], '土建完成，设备安装'],
  ['宁浦市第二中学新校区', '新建校舍4.2万平方米，60个班', [15600, 6000, 4380, 73.0], '教学楼主体施工'],
  ['宁浦市茶叶交易市场', '建设交易区和仓储区3.5万平方米', [9800, 4000, 2860, 71.5], '基础工程完成'],
];

const prepared: Project[] = [
  [
    '宁浦市水库除险加固及灌区配套工程',
    '加固水库3座，配套渠系45公里',
    [26000, 500, 420, 84.0],
    '完成可研报告编制，正在报批',
  ],
  ['宁浦市物流园区', '规划用地800亩，建设仓储物流设施', [65000, 1000, 560, 56.0], '完成规划设计，开展征地'],
  ['宁浦市旅游集散中心', '建筑面积1.8万平方米', [11000, 300, 0, 0.0], '完成项目建议书'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, scale, figures, stage], i) =>
    projectRow(from + i, name, { value: scale, wrap: true }, figures, stage),
  );

const sheet: Cell[][] = [
  titleRow('宁浦市2010年重点项目1—11月进展情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  ['序号', '项目名称', '建设规模及内容', '总投资', '2010年计划', '1—11月完成', '完成年计划%', '进展情况'].map(
    (h) => headerCell(h),
  ),
  sumRow('合计', [378800, 91300, 81060, 88.8], 'center'),
  sumRow('一、续建项目', [192900, 58500, 55160, 94.3]),
  ...rows(continuing, 1),
  sumRow('二、新开工项目', [83900, 31000, 24920, 80.4]),
  ...rows(started, 6),
  sumRow('三、预备项目', [102000, 1800, 980, 54.4]),
  ...rows(prepared, 10),
  noteRow(
    '说明：1—11月，全市12个重点项目完成投资8.11亿元，占年度计划的88.8%，低于序时进度2.9个百分点。其中，续建项目完成年计划的94.3%；新开工项目4个，已全部开工；预备项目完成前期工作投入980万元。',
    COLUMNS,
  ),
  noteRow('注：完成年计划%为1—11月完成投资占2010年计划投资的比例，序时进度按91.7%计。', COLUMNS),
  signatureRow('宁浦市发展和改革局　2010年12月8日', COLUMNS, 3),
];

export async function ningpuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—11月进展情况',
    columns: [
      { width: 6 },
      { width: 32 },
      { width: 30 },
      { width: 11 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 28 },
    ],
  }).toBuffer();
}
