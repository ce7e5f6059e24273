// The two-hundred-and-twenty-third held-out batch's workbook (.xlsx, session 36): a Fujian-style county 发展和改革局's 2026年
// 重点项目一季度推进情况表 (坵峬县 under 汀嶂市), written with write-excel-file, one sheet: the merged title, the unit line,
// 序号 | 项目名称 | 建设规模及内容 | 总投资 | 2026年计划投资 | 一季度完成 | 完成率（%） | 进展情况 | 责任单位, a 合计 row, the classes
// 一、产业项目, 二、基础设施项目 and 三、社会民生项目 as subtotal rows (project-schedule.ts's sumRow and projectRow, each row
// closed by the 责任单位 cell), ten projects with figures inside names and scale cells, one not started (0 and 0.0), a
// 说明 row with the programme's amounts, 超序时进度 and 开工率, a 注 row with 序时进度按25%计, and the bureau's signature.
// Invented place, projects and figures; the answers are tests/accuracy/qiubu-2026-q1-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const qiubu = { name: 'qiubu-2026-q1-projects' };

const COLUMNS = 9;

/** 项目名称, 建设规模及内容, then 总投资, 2026年计划投资, 一季度完成 (万元), 完成率, then 进展情况 and 责任单位. */
type Project = readonly [string, string, ScheduleFigures, string, string];

const industry: Project[] = [
  [
    '坵峬县锂电池正极材料项目',
    '年产5万吨磷酸铁锂正极材料，建设厂房12万平方米',
    [150000, 36000, 11880, 33.0],
    '2#、3#车间钢结构安装',
    '县工信局',
  ],
  [
    '坵峬经济开发区标准厂房（三期）',
    '建设标准厂房18栋，建筑面积26万平方米',
    [62000, 15000, 4200, 28.0],
    '8栋主体封顶',
    '开发区管委会',
  ],
  [
    '坵峬县茶叶精深加工及仓储物流中心',
    '年加工茶叶3000吨，建设冷链仓储2万平方米',
    [28000, 8000, 1760, 22.0],
    '土建施工',
    '县农业农村局',
  ],
  ['坵峬县50MW农光互补光伏电站', '装机容量50兆瓦', [24000, 18000, 6300, 35.0], '组件安装完成60%', '县发改局'],
];

const infrastructure: Project[] = [
  [
    '汀嶂至坵峬一级公路改造工程',
    '改造一级公路21.6公里',
    [96000, 20000, 5400, 27.0],
    '路基完成45%',
    '县交通运输局',
  ],
  [
    '坵峬县城区污水管网提升工程',
    '新建改造污水管网38公里',
    [18500, 6000, 1260, 21.0],
    '管网铺设9公里',
    '县住建局',
  ],
  [
    '坵峬县金溪防洪堤（二期）工程',
    '新建堤防6.2公里',
    [15600, 5000, 0, 0.0],
    '完成招标，计划4月开工',
    '县水利局',
  ],
];

const livelihood: Project[] = [
  [
    '坵峬县总医院外科综合楼',
    '建筑面积3.8万平方米，床位400张',
    [32000, 10000, 2900, 29.0],
    '主体施工至5层',
    '县卫健局',
  ],
  ['坵峬第二实验小学', '新建校舍2.4万平方米，36个班', [14800, 6000, 1500, 25.0], '基础施工', '县教育局'],
  ['坵峬县城区老旧小区改造', '改造小区21个，惠及2860户', [9600, 4000, 880, 22.0], '12个小区开工', '县住建局'],
];

const rows = (projects: Project[], from: number): Cell[][] =>
  projects.map(([name, scale, figures, stage, office], i) => [
    ...projectRow(from + i, name, { value: scale, wrap: true }, figures, stage),
    { value: office, align: 'center' },
  ]);

const subtotal = (label: string, figures: ScheduleFigures, align?: 'center'): Cell[] => [
  ...sumRow(label, figures, align),
  null,
];

const sheet: Cell[][] = [
  titleRow('坵峬县2026年重点项目一季度推进情况表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设规模及内容',
    '总投资',
    '2026年计划投资',
    '一季度完成',
    '完成率（%）',
    '进展情况',
    '责任单位',
  ].map((h) => headerCell(h)),
  subtotal('合计', [450500, 128000, 36080, 28.2], 'center'),
  subtotal('一、产业项目', [264000, 77000, 24140, 31.4]),
  ...rows(industry, 1),
  subtotal('二、基础设施项目', [130100, 31000, 6660, 21.5]),
  ...rows(infrastructure, 5),
  subtotal('三、社会民生项目', [56400, 20000, 5280, 26.4]),
  ...rows(livelihood, 8),
  noteRow(
    '说明：一季度，全县10个重点项目完成投资3.61亿元，占年度计划投资的28.2%，超序时进度3.2个百分点；已开工9个，开工率90%。其中，产业项目完成投资2.41亿元，完成率31.4%；坵峬县金溪防洪堤（二期）工程尚未开工。',
    COLUMNS,
  ),
  noteRow('注：完成率为一季度完成投资占2026年计划投资的比例，序时进度按25%计。', COLUMNS),
  signatureRow('坵峬县发展和改革局　2026年4月10日', COLUMNS, 3),
];

export async function qiubuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '一季度推进情况',
    columns: [
      { width: 6 },
      { width: 30 },
      { width: 30 },
      { width: 11 },
      { width: 14 },
      { width: 11 },
      { width: 11 },
      { width: 24 },
      { width: 14 },
    ],
  }).toBuffer();
}
