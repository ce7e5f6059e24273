// The twenty-fifth held-out batch (ho25): a Hunan county development and reform bureau's key-project schedule for
// 1-10月 (白滩县, 2020) as the bureau attaches it (.xlsx, written with write-excel-file, built as heshao's is, its rows project-schedule.ts's) with
// TWO sheets, 市级重点项目 and 县级重点项目, each with its own merged title row, unit line, header row (序号 |
// 项目名称 | 建设性质 | 总投资 | 2020年计划投资 | 1-10月完成投资 | 占年度计划% | 建设进展), 合计 row, 注 row
// and signature. Invented place, projects and figures; the answers are
// tests/accuracy/baitan-2020-m10-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const baitan = { name: 'baitan-2020-m10-projects' };

const COLUMNS = 8;

/** 序号, 项目名称, 建设性质, 总投资, 2020年计划投资, 1-10月完成投资, 占年度计划%, 建设进展. */
type Project = readonly [number, string, string, number, number, number, number, string];

/** The 合计 row: 总投资, 计划投资, 完成投资, 占年度计划%. */
type Total = ScheduleFigures;

const cityLevel: Project[] = [
  [1, '白滩至澧岚高速公路连接线', '续建', 68500, 15000, 12860, 85.7, '路基完成90%，路面施工中'],
  [2, '白滩经济开发区电子信息产业园（二期）', '续建', 42000, 12000, 10150, 84.6, '3栋厂房主体封顶'],
  [3, '白滩县人民医院门急诊综合楼', '新建', 26800, 8000, 5920, 74.0, '主体施工至8层'],
  [4, '白滩县城乡供水一体化工程', '新建', 31500, 9000, 6480, 72.0, '铺设管网46公里'],
];
const cityTotal: Total = [168800, 44000, 35410, 80.5];

const countyLevel: Project[] = [
  [1, '白滩县城东片区棚户区改造项目', '续建', 35600, 10000, 8720, 87.2, '安置房主体完工'],
  [2, '白滩县农产品冷链物流中心', '新建', 12400, 6000, 4380, 73.0, '冷库钢结构安装中'],
  [3, '白滩县第三中学扩建工程', '续建', 9800, 4500, 4120, 91.6, '教学楼内部装修'],
  [4, '白滩县高标准农田建设项目', '新建', 8600, 8600, 6950, 80.8, '完成土地平整2.1万亩'],
  [5, '白滩县滨河公园', '新建', 6200, 3000, 1260, 42.0, '完成场地清表'],
];
const countyTotal: Total = [72600, 32100, 25440, 79.3];

const row = ([n, name, kind, planned, year, done, share, stage]: Project): Cell[] =>
  projectRow(n, name, { value: kind, align: 'center' }, [planned, year, done, share], stage);

const schedule = (title: string, projects: Project[], total: Total): SheetData => [
  titleRow(title, COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设性质',
    '总投资',
    '2020年计划投资',
    '1-10月完成投资',
    '占年度计划%',
    '建设进展',
  ].map((h) => headerCell(h)),
  sumRow('合计', total, 'center'),
  ...projects.map(row),
  noteRow('注：占年度计划%为1-10月完成投资占2020年计划投资的比例；建设进展截至10月31日。', COLUMNS),
  signatureRow('白滩县发展和改革局　2020年11月6日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 36 },
  { width: 10 },
  { width: 12 },
  { width: 14 },
  { width: 14 },
  { width: 12 },
  { width: 24 },
];

export async function baitanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: schedule('白滩县2020年市级重点项目1-10月建设进展情况表', cityLevel, cityTotal),
      sheet: '市级重点项目',
      columns,
    },
    {
      data: schedule('白滩县2020年县级重点项目1-10月建设进展情况表', countyLevel, countyTotal),
      sheet: '县级重点项目',
      columns,
    },
  ]).toBuffer();
}
