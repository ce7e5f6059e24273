// The one-hundred-and-twentieth held-out batch's workbook (.xlsx, session 31): a Fujian-style county 发展和改革局's table of
// the 2025 province and city key projects' progress in 1—6月 (垵硋县 under 汀岈市), written with write-excel-file, its rows
// project-schedule.ts's: the merged title, the unit line, the header (序号 | 项目名称 | 建设内容及规模 | 总投资 | 年度计划 |
// 1—6月完成 | 完成率（%） | 形象进度), a 合计 row, the groups 一、省重点项目 and 二、市重点项目 each with its subtotal row,
// seven projects (figures inside the names and the 规模 cells), a 说明 row with the programme's amounts and 超序时进度,
// a 注 row with 序时进度按50%计, and the bureau's signature. Invented place, projects and figures; the answers are
// tests/accuracy/anai-2025-h1-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const anai = { name: 'anai-2025-h1-projects' };

const COLUMNS = 8;

/** 项目名称, 建设内容及规模, then 总投资, 年度计划, 1—6月完成, 完成率 and 形象进度. */
type Project = readonly [string, string, ScheduleFigures, string];

const province: Project[] = [
  [
    '垵硋县锂电新材料产业园一期',
    '建设年产5万吨正极材料生产线及配套设施',
    [356000, 86000, 49880, 58.0],
    '3号厂房主体封顶，设备安装中',
  ],
  [
    '汀岈至垵硋高速公路垵硋段',
    '全长21.6公里，双向四车道',
    [428000, 72000, 36720, 51.0],
    '路基完成85%，桥梁施工中',
  ],
  ['垵硋县抽水蓄能电站', '装机容量120万千瓦', [786000, 65000, 30550, 47.0], '地下厂房开挖中'],
];

const city: Project[] = [
  ['垵硋县城南片区棚户区改造项目', '建设安置房1860套', [126000, 38000, 22420, 59.0], '12栋主体封顶'],
  ['垵硋县第二实验小学', '48个班，建筑面积3.2万平方米', [23600, 12000, 7560, 63.0], '教学楼进入装修'],
  ['垵硋港综合物流园', '仓储面积12万平方米', [68000, 20000, 8200, 41.0], '1号仓库基础施工'],
  ['垵硋县茶产业数字化加工中心', '年加工茶叶3000吨', [15800, 8000, 960, 12.0], '土方开挖'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, scale, figures, stage], i) =>
    projectRow(from + i, name, { value: scale, wrap: true }, figures, stage),
  );

const data: SheetData = [
  titleRow('垵硋县2025年1—6月省市重点项目建设进展情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  ['序号', '项目名称', '建设内容及规模', '总投资', '年度计划', '1—6月完成', '完成率（%）', '形象进度'].map(
    (h) => headerCell(h),
  ),
  sumRow('合计', [1803400, 301000, 156290, 51.9], 'center'),
  sumRow('一、省重点项目', [1570000, 223000, 117150, 52.5]),
  ...rows(province, 1),
  sumRow('二、市重点项目', [233400, 78000, 39140, 50.2]),
  ...rows(city, 4),
  noteRow(
    '说明：1—6月，全县7个省市重点项目完成投资15.63亿元，占年度计划的51.9%，超序时进度1.9个百分点；其中3个省重点项目完成投资11.72亿元，占年度计划的52.5%。',
    COLUMNS,
  ),
  noteRow('注：完成率为1—6月完成投资占年度计划的比例，序时进度按50%计。', COLUMNS),
  signatureRow('垵硋县发展和改革局　2025年7月8日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 32 },
  { width: 28 },
  { width: 12 },
  { width: 12 },
  { width: 12 },
  { width: 11 },
  { width: 26 },
];

export async function anaiXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '重点项目', columns }).toBuffer();
}
