// The thirty-second held-out batch (ho32): a Heilongjiang district development and reform bureau's key-project
// schedule for 1—8月 (格浍区, 2023) as the bureau attaches it (.xlsx, written with write-excel-file as baitan's
// is, its rows project-schedule.ts's) with ONE SHEET PER CATEGORY: 产业项目, 基础设施项目 and 社会民生项目, each
// with its merged title row, unit line, header row (序号 | 项目名称 | 建设阶段 | 总投资 | 2023年计划投资 | 1—8月完成投资 |
// 占年度计划% | 形象进度), 小计 row, 注 row and signature. Invented place, projects and figures; the answers are
// tests/accuracy/gehui-2023-m8-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const gehui = { name: 'gehui-2023-m8-projects' };

const COLUMNS = 8;

/** 序号, 项目名称, 建设阶段, 总投资, 2023年计划投资, 1—8月完成投资, 占年度计划%, 形象进度. */
type Project = readonly [number, string, string, number, number, number, number, string];

const industry: Project[] = [
  [1, '格浍区石墨新材料产业园（二期）', '续建', 58600, 18000, 13420, 74.6, '4号车间设备安装调试'],
  [2, '浍北绿色食品加工项目', '新建', 23500, 9000, 6150, 68.3, '主厂房钢结构完成'],
  [3, '格浍区冷链物流园', '新建', 16800, 7000, 3960, 56.6, '冷库基础施工'],
];
const industryTotal: ScheduleFigures = [98900, 34000, 23530, 69.2];

const infrastructure: Project[] = [
  [1, '浍河大道西延工程', '续建', 32400, 12000, 10260, 85.5, '沥青面层摊铺完成80%'],
  [2, '格浍区老旧小区供热管网改造', '新建', 14600, 8000, 5840, 73.0, '更换管网21公里'],
  [3, '格浍区污水处理厂提标改造', '续建', 9800, 4500, 4080, 90.7, '设备安装完成，进入调试'],
];
const infrastructureTotal: ScheduleFigures = [56800, 24500, 20180, 82.4];

const welfare: Project[] = [
  [1, '格浍区第一中学新校区', '续建', 26500, 10000, 7350, 73.5, '教学楼主体封顶'],
  [2, '格浍区社区养老服务中心', '新建', 6200, 3000, 1140, 38.0, '完成地下基础'],
  [3, '格浍区全民健身中心', '前期', 12800, 2000, 0, 0, '完成可研批复，正在办理用地手续'],
];
const welfareTotal: ScheduleFigures = [45500, 15000, 8490, 56.6];

const row = ([n, name, stage, planned, year, done, share, progress]: Project): Cell[] =>
  projectRow(n, name, { value: stage, align: 'center' }, [planned, year, done, share], progress);

const schedule = (title: string, projects: Project[], total: ScheduleFigures): SheetData => [
  titleRow(title, COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设阶段',
    '总投资',
    '2023年计划投资',
    '1—8月完成投资',
    '占年度计划%',
    '形象进度',
  ].map((h) => headerCell(h)),
  sumRow('小计', total, 'center'),
  ...projects.map(row),
  noteRow('注：占年度计划%为1—8月完成投资占2023年计划投资的比例；形象进度截至8月31日。', COLUMNS),
  signatureRow('格浍区发展和改革局　2023年9月8日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 34 },
  { width: 10 },
  { width: 12 },
  { width: 14 },
  { width: 14 },
  { width: 12 },
  { width: 30 },
];

export async function gehuiXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: schedule('格浍区2023年重点产业项目1—8月进展情况表', industry, industryTotal),
      sheet: '产业项目',
      columns,
    },
    {
      data: schedule('格浍区2023年重点基础设施项目1—8月进展情况表', infrastructure, infrastructureTotal),
      sheet: '基础设施项目',
      columns,
    },
    {
      data: schedule('格浍区2023年重点社会民生项目1—8月进展情况表', welfare, welfareTotal),
      sheet: '社会民生项目',
      columns,
    },
  ]).toBuffer();
}
