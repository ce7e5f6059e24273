// The two-hundred-and-eighty-third held-out batch (session 39): a Tianjin-style district 发展和改革委员会's 重点项目推进
// 月报 for 1—10月 2026 (澄沽区, invented) as the workbook it attaches (.xlsx, written with write-excel-file): a merged
// title, a 说明 row with the whole programme's figures (a key-project programme: facts only), 单位：万元 at the right,
// one header row 序号 | 项目名称 | 项目类别 | 建设内容 | 总投资 | 2026年计划投资 | 1—10月完成投资 | 完成年度计划% |
// 形象进度, ten projects in 万元 with their progress in words, a 小计 row of the listed projects, a 注 row and the
// commission's signature. Invented place, projects and figures; answers in tests/accuracy/chenggu-2026-m10-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { blanks, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const chenggu = { name: 'chenggu-2026-m10-projects' };

const COLUMNS = 9;

/** 项目名称, 项目类别, 建设内容, 总投资, 2026年计划投资, 1—10月完成投资 (万元), 形象进度. */
type Project = readonly [string, string, string, number, number, number, string];

const projects: Project[] = [
  [
    '澄沽区高端装备智造产业园项目',
    '产业类',
    '建设标准厂房28万平方米及研发楼',
    386000,
    62000,
    55180,
    '12栋厂房主体完工，正在进行内部装修',
  ],
  [
    '澄沽港区冷链物流枢纽项目',
    '产业类',
    '建设冷库及分拣中心',
    245000,
    48000,
    36720,
    '冷库主体结构施工至第四层',
  ],
  [
    '澄沽区氢能装备制造基地项目',
    '产业类',
    '年产氢能储运装备5000台套',
    128000,
    35000,
    37450,
    '一期已投产，二期设备安装中',
  ],
  ['澄沽新城东片区安置房项目', '民生类', '建设安置房3600套', 312000, 56000, 47600, '9栋楼主体封顶'],
  [
    '澄沽区滨河大道提升改造工程',
    '基础设施类',
    '道路全长6.8公里',
    86000,
    32000,
    22080,
    '管网铺设完成，路面摊铺中',
  ],
  [
    '澄沽区第二污水处理厂扩建工程',
    '基础设施类',
    '新增处理规模5万吨/日',
    54000,
    24000,
    21600,
    '生化池、二沉池主体完工',
  ],
  ['澄沽区人民医院新院区', '民生类', '设置床位800张', 168000, 30000, 18300, '门诊楼主体施工至第六层'],
  [
    '澄沽区海洋生物医药产业园项目',
    '产业类',
    '建设研发中试楼及GMP厂房',
    96000,
    26000,
    2340,
    '已完成土地摘牌，正在办理施工许可，进度滞后',
  ],
  ['澄沽区九年一贯制学校', '民生类', '建设36个教学班', 42000, 21000, 21000, '已竣工，9月投入使用'],
  ['澄沽区分布式光伏发电项目', '产业类', '装机容量60兆瓦', 28000, 22000, 19580, '已全容量并网发电'],
];

const wan = (value: number): Cell => ({ value, format: '0' });
const pct = (done: number, year: number): Cell => ({
  value: Math.round((done / year) * 1000) / 10,
  format: '0.0',
});

const row = ([name, kind, content, total, year, done, stage]: Project, n: number): Cell[] => [
  { value: n + 1, format: '0', align: 'center' },
  { value: name, wrap: true },
  { value: kind, align: 'center' },
  { value: content, wrap: true },
  wan(total),
  wan(year),
  wan(done),
  pct(done, year),
  { value: stage, wrap: true },
];

const sum = (i: 3 | 4 | 5): number => projects.reduce((s, p) => s + p[i], 0);

const lead =
  '说明：1—10月，全区82个市区重点建设项目完成投资186.35亿元，占年度计划投资228.6亿元的81.5%，低于序时进度1.8个百分点。其中，新开工项目26个，已开工21个，开工率80.8%；续建项目56个，完成投资141.27亿元。12个项目已完成年度计划投资，9个项目进度滞后。';

const sheet: SheetData = [
  titleRow('澄沽区2026年重点项目推进情况月报（1—10月）', COLUMNS),
  [{ value: lead, columnSpan: COLUMNS, wrap: true, height: 48 }, ...blanks(COLUMNS - 1)],
  [...blanks(COLUMNS - 1), { value: '单位：万元', align: 'right' }],
  [
    '序号',
    '项目名称',
    '项目类别',
    '建设内容',
    '总投资',
    '2026年计划投资',
    '1—10月完成投资',
    '完成年度计划%',
    '形象进度',
  ].map((h) => headerCell(h)),
  ...projects.map(row),
  [
    { value: '小计（列示项目）', fontWeight: 'bold', columnSpan: 4, align: 'center' },
    ...blanks(3),
    wan(sum(3)),
    wan(sum(4)),
    wan(sum(5)),
    pct(sum(5), sum(4)),
    null,
  ],
  noteRow(
    '注：1.本表列示2026年计划投资2亿元及以上的市区重点项目；2.完成年度计划%为1—10月完成投资占2026年计划投资的比例；3.序时进度按83.3%计。',
    COLUMNS,
  ),
  signatureRow('澄沽区发展和改革委员会　2026年11月6日', COLUMNS, 3),
];

export async function chengguXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—10月',
      columns: [
        { width: 6 },
        { width: 30 },
        { width: 10 },
        { width: 26 },
        { width: 10 },
        { width: 14 },
        { width: 14 },
        { width: 12 },
        { width: 30 },
      ],
    },
  ]).toBuffer();
}
