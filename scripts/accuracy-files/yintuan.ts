// The one-hundred-and-eighty-eighth held-out batch's workbook (.xlsx, session 34): a Henan-style county's 2026年重点项目
// 1—9月 进度表 (溵湍县), written with write-excel-file from project-schedule.ts's rows: the merged title, the unit line, the
// header (序号 | 项目名称 | 项目类别 | 总投资 | 年度计划 | 1—9月完成 | 完成率（%） | 形象进度), a 合计 row, the groups 一、省重点项目,
// 二、市重点项目 and 三、县重点项目 with their subtotals, nine projects (one running total in its 形象进度 cell), a 说明 row
// with the programme's amounts, its gap to the schedule and 序时进度按75%计, and the 项目办's signature. Invented place,
// projects and figures; the answers are tests/accuracy/yintuan-2026-m9-projects.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const yintuan = { name: 'yintuan-2026-m9-projects' };

const COLUMNS = 8;

/** 项目名称, 项目类别, then 总投资, 年度计划, 1—9月完成, 完成率 and 形象进度. */
type Project = readonly [string, string, ScheduleFigures, string];

const province: Project[] = [
  ['溵湍县年产10万吨锂电池负极材料项目', '产业类', [420000, 90000, 78300, 87.0], '一期投产，二期设备安装'],
  [
    '溵湍县新能源装备产业园项目',
    '产业类',
    [265000, 60000, 51600, 86.0],
    '6栋厂房主体完工，累计完成投资12.4亿元',
  ],
];

const city: Project[] = [
  ['溵湍县城乡供水一体化工程', '基础设施类', [58000, 20000, 16800, 84.0], '水厂主体完工'],
  ['溵湍县人民医院新院区', '社会事业类', [76000, 25000, 19500, 78.0], '门诊楼封顶'],
  ['溵湍县冷链物流园项目', '产业类', [32000, 12000, 10440, 87.0], '冷库钢结构完成'],
  ['湍河生态综合治理工程', '生态环保类', [41000, 15000, 9750, 65.0], '堤防加固完成60%'],
];

const county: Project[] = [
  ['溵湍县老旧小区改造项目', '民生类', [18000, 8000, 6960, 87.0], '已完工23个小区'],
  ['溵湍县职业教育中心扩建项目', '社会事业类', [15000, 6000, 4200, 70.0], '实训楼主体施工'],
  ['溵湍县农产品加工园标准化厂房', '产业类', [12000, 5000, 4750, 95.0], '4栋厂房交付'],
];

const rows = (projects: Project[], from: number) =>
  projects.map(([name, kind, figures, stage], i) =>
    projectRow(from + i, name, { value: kind, align: 'center' }, figures, stage),
  );

const data: SheetData = [
  titleRow('溵湍县2026年重点项目1—9月建设进度表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  ['序号', '项目名称', '项目类别', '总投资', '年度计划', '1—9月完成', '完成率（%）', '形象进度'].map((h) =>
    headerCell(h),
  ),
  sumRow('合计', [937000, 241000, 202300, 83.9], 'center'),
  sumRow('一、省重点项目', [685000, 150000, 129900, 86.6]),
  ...rows(province, 1),
  sumRow('二、市重点项目', [207000, 72000, 56490, 78.5]),
  ...rows(city, 3),
  sumRow('三、县重点项目', [45000, 19000, 15910, 83.7]),
  ...rows(county, 7),
  noteRow(
    '说明：1—9月，全县9个重点项目完成投资20.23亿元，完成率83.9%，超序时进度8.9个百分点；其中7个项目完成率超过序时进度，2个项目低于序时进度。序时进度按75%计。',
    COLUMNS,
  ),
  signatureRow('溵湍县重点项目建设办公室　2026年10月9日', COLUMNS, 4),
];

const columns = [
  { width: 6 },
  { width: 34 },
  { width: 12 },
  { width: 11 },
  { width: 11 },
  { width: 11 },
  { width: 11 },
  { width: 30 },
];

export async function yintuanXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '1—9月进度', columns }).toBuffer();
}
