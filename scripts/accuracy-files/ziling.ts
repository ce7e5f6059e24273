// The one-hundred-and-thirty-fifth held-out batch's workbook (.xlsx, session 32): a Jilin-style county 发展和改革局's 2025
// key-project progress in 1—6月 (澬岭县 under 洙嶂市), written with write-excel-file, two sheets: 汇总 (the programme by
// 建设性质 and by class: 类别 | 项目个数 | 总投资 | 年度计划投资 | 1—6月完成投资 | 完成率, a 合计 row first, a 说明 row with
// the programme's amounts, 超序时进度 and the class's share, a 注 row with 序时进度按50%计) and 项目明细 (project-schedule.ts's
// rows: 序号 | 项目名称 | 建设性质 | 总投资 | 年度计划 | 1—6月完成 | 完成率（%） | 形象进度, the classes 一、产业项目,
// 二、基础设施项目 and 三、民生项目 with their subtotal rows, ten projects, figures inside names and progress cells), each
// with the merged title, the unit line and the bureau's signature. Invented place, projects and figures; the answers are
// tests/accuracy/ziling-2025-h1-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { dataRowWith, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const ziling = { name: 'ziling-2025-h1-projects' };

const SIGNATURE = '澬岭县发展和改革局　2025年7月10日';

/** 项目名称, 建设性质, then 总投资, 年度计划, 1—6月完成, 完成率 and 形象进度. */
type Project = readonly [string, '新建' | '续建', ScheduleFigures, string];

const industry: Project[] = [
  ['澬岭县人参精深加工产业园项目', '续建', [128000, 32000, 17600, 55.0], '2号车间设备安装完成'],
  ['澬岭县年产20万吨生物有机肥项目', '新建', [36500, 18000, 8460, 47.0], '厂房钢结构安装'],
  ['澬岭县肉牛屠宰及冷链仓储项目', '新建', [52000, 20000, 12400, 62.0], '屠宰车间主体完工'],
  ['澬岭县100兆瓦风电项目', '续建', [68000, 40000, 23200, 58.0], '风机吊装完成18台'],
];

const infrastructure: Project[] = [
  ['澬岭县城区供热管网改造工程', '续建', [21500, 9000, 4050, 45.0], '管网铺设完成12公里'],
  ['洙嶂至澬岭公路改扩建工程', '新建', [86000, 25000, 11250, 45.0], '路基施工'],
  ['澬岭县污水处理厂提标改造项目', '续建', [12800, 6000, 3960, 66.0], '设备调试'],
];

const livelihood: Project[] = [
  ['澬岭县人民医院传染病楼项目', '新建', [15600, 8000, 3120, 39.0], '基础施工'],
  ['澬岭县第三中学教学楼项目', '续建', [9800, 5000, 3350, 67.0], '主体封顶，内部装修'],
  ['澬岭县老旧小区改造项目', '新建', [18400, 12000, 5040, 42.0], '完成外墙保温3.6万平方米'],
];

const DETAIL_COLUMNS = 8;

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, kind, figures, stage], i) =>
    projectRow(from + i, name, { value: kind, align: 'center' }, figures, stage),
  );

const detailSheet: Cell[][] = [
  titleRow('澬岭县2025年重点项目建设进展情况表（1—6月）', DETAIL_COLUMNS),
  unitRow('单位：万元', DETAIL_COLUMNS),
  ['序号', '项目名称', '建设性质', '总投资', '年度计划', '1—6月完成', '完成率（%）', '形象进度'].map((h) =>
    headerCell(h),
  ),
  sumRow('合计', [448600, 175000, 92430, 52.8], 'center'),
  sumRow('一、产业项目', [284500, 110000, 61660, 56.1]),
  ...rows(industry, 1),
  sumRow('二、基础设施项目', [120300, 40000, 19260, 48.2]),
  ...rows(infrastructure, 5),
  sumRow('三、民生项目', [43800, 25000, 11510, 46.0]),
  ...rows(livelihood, 8),
  signatureRow(SIGNATURE, DETAIL_COLUMNS, 3),
];

const SUMMARY_COLUMNS = 6;
const summaryRow = dataRowWith('0.0');

const summarySheet: Cell[][] = [
  titleRow('澬岭县2025年重点项目建设进展情况汇总表', SUMMARY_COLUMNS),
  unitRow('单位：万元', SUMMARY_COLUMNS),
  ['类别', '项目个数（个）', '总投资', '年度计划投资', '1—6月完成投资', '完成率（%）'].map((h) =>
    headerCell(h),
  ),
  summaryRow(['合计', 10, 448600, 175000, 92430, 52.8]),
  summaryRow(['（一）按建设性质分', '', '', '', '', '']),
  summaryRow(['新建项目', 5, 208500, 83000, 40270, 48.5]),
  summaryRow(['续建项目', 5, 240100, 92000, 52170, 56.7]),
  summaryRow(['（二）按项目类别分', '', '', '', '', '']),
  summaryRow(['产业项目', 4, 284500, 110000, 61660, 56.1]),
  summaryRow(['基础设施项目', 3, 120300, 40000, 19260, 48.2]),
  summaryRow(['民生项目', 3, 43800, 25000, 11510, 46.0]),
  noteRow(
    '说明：1—6月，全县10个重点项目完成投资9.24亿元，占年度计划投资的52.8%，超序时进度2.8个百分点；已开复工10个，开复工率100%。其中，产业项目完成投资6.17亿元，占全县重点项目完成投资的66.7%。',
    SUMMARY_COLUMNS,
  ),
  noteRow('注：完成率为1—6月完成投资占年度计划投资的比例，序时进度按50%计。', SUMMARY_COLUMNS),
  signatureRow(SIGNATURE, SUMMARY_COLUMNS, 3),
];

export async function zilingXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: summarySheet,
      sheet: '汇总',
      columns: [{ width: 24 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 12 }],
    },
    {
      data: detailSheet,
      sheet: '项目明细',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 10 },
        { width: 12 },
        { width: 12 },
        { width: 12 },
        { width: 11 },
        { width: 26 },
      ],
    },
  ]).toBuffer();
}
