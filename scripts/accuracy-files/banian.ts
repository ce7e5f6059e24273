// The one-hundred-and-sixty-eighth held-out batch's workbook (.xlsx, session 34): a Guangxi-style county 发展和改革局's table
// of the 2025 key projects' progress in 1—6月 (岜淰县 under 沭州市), written with write-excel-file, its rows project-schedule.ts's:
// the merged title, the unit line, the header (序号 | 项目名称 | 建设规模及内容 | 总投资 | 2025年计划投资 | 1—6月完成投资 |
// 完成率（%） | 形象进度), a 合计 row, the groups 一、自治区层面统筹推进重大项目, 二、市级重点项目 and 三、县级重点项目 each with
// its subtotal row, seven projects (figures inside the 规模 and 形象进度 cells), a 说明 row with the programme's amounts and
// its gaps to the schedule either way, a 注 row with 序时进度按50%计, and the bureau's signature. Invented place, projects
// and figures; the answers are tests/accuracy/banian-2025-h1-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const banian = { name: 'banian-2025-h1-projects' };

const COLUMNS = 8;

/** 项目名称, 建设规模及内容, then 总投资, 2025年计划投资, 1—6月完成投资, 完成率 and 形象进度. */
type Project = readonly [string, string, ScheduleFigures, string];

const region: Project[] = [
  [
    '岜淰县甘蔗糖业技改扩能项目',
    '日榨甘蔗1.2万吨生产线技术改造',
    [185000, 42000, 23520, 56.0],
    '压榨车间设备安装完成80%',
  ],
  [
    '岜淰至沭州高速公路（岜淰段）',
    '全长34.5公里，双向四车道',
    [512000, 96000, 45120, 47.0],
    '路基完成62%，隧道掘进中',
  ],
];

const city: Project[] = [
  [
    '岜淰县林产品精深加工产业园',
    '年产30万立方米人造板',
    [96000, 28000, 16240, 58.0],
    '1号厂房投产，2号厂房钢结构吊装',
  ],
  ['岜淰县城乡供水一体化工程', '新建水厂2座，管网186公里', [42000, 15000, 6750, 45.0], '1号水厂主体完工'],
];

const county: Project[] = [
  [
    '岜淰县人民医院住院综合楼',
    '建筑面积4.6万平方米，床位500张',
    [38500, 12000, 7080, 59.0],
    '主体结构封顶，进入装修',
  ],
  ['岜淰县边贸物流园', '仓储面积8万平方米', [26000, 9000, 2520, 28.0], '场地平整'],
  ['岜淰县乡村振兴示范带', '覆盖3个乡镇12个村', [18000, 6000, 3300, 55.0], '道路硬化完成70%'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, scale, figures, stage], i) =>
    projectRow(from + i, name, { value: scale, wrap: true }, figures, stage),
  );

const data: SheetData = [
  titleRow('岜淰县2025年重点项目1—6月推进情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设规模及内容',
    '总投资',
    '2025年计划投资',
    '1—6月完成投资',
    '完成率（%）',
    '形象进度',
  ].map((h) => headerCell(h)),
  sumRow('合计', [917500, 208000, 104530, 50.3], 'center'),
  sumRow('一、自治区层面统筹推进重大项目', [697000, 138000, 68640, 49.7]),
  ...rows(region, 1),
  sumRow('二、市级重点项目', [138000, 43000, 22990, 53.5]),
  ...rows(city, 3),
  sumRow('三、县级重点项目', [82500, 27000, 12900, 47.8]),
  ...rows(county, 5),
  noteRow(
    '说明：1—6月，全县7个重点项目完成投资10.45亿元，完成年度计划的50.3%，超序时进度0.3个百分点；其中自治区层面统筹推进重大项目2个，完成投资6.86亿元，完成率49.7%，低于序时进度0.3个百分点。',
    COLUMNS,
  ),
  noteRow('注：序时进度按50%计；完成率为1—6月完成投资占2025年计划投资的比例。', COLUMNS),
  signatureRow('岜淰县发展和改革局　2025年7月10日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 30 },
  { width: 30 },
  { width: 12 },
  { width: 14 },
  { width: 14 },
  { width: 11 },
  { width: 28 },
];

export async function banianXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '重点项目推进情况', columns }).toBuffer();
}
