// The two-hundred-and-sixty-fourth held-out batch's workbook (.xlsx, session 38): a Fujian-style county 发展和改革局's
// 2026年重点项目建设计划 with its 1—9月 progress (汀岙县 under 霞屿市), written with write-excel-file, one sheet per class
// (产业项目, 基础设施, 社会民生), each with the merged title, the unit line, the header 序号 | 项目名称 | 建设规模及内容 |
// 建设起止年限 | 总投资 | 年度计划投资 | 1—9月完成投资 | 形象进度 | 责任单位, a 小计 row whose bold label spans the first four
// columns, four projects, a 说明 row on the class's progress and its laggard, a 注 row (the last sheet's with the whole
// programme) and the bureau's signature. Invented place, projects and figures; the answers are
// tests/accuracy/tingao-2026-q3-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const tingao = { name: 'tingao-2026-q3-projects' };

const SIGNATURE = '汀岙县发展和改革局　2026年10月12日';
const COLUMNS = 9;

/** 项目名称, 建设规模及内容, 建设起止年限, [总投资, 年度计划投资, 1—9月完成投资] in 万元, 形象进度, 责任单位. */
type Project = readonly [string, string, string, readonly [number, number, number], string, string];

const amount = (value: number): Cell => ({ value, format: '0' });

const projectRow = (n: number, [name, scale, years, figures, stage, office]: Project): Cell[] => [
  { value: n, format: '0', align: 'center' },
  { value: name, wrap: true },
  { value: scale, wrap: true },
  { value: years, align: 'center' },
  ...figures.map(amount),
  { value: stage, wrap: true },
  { value: office, wrap: true },
];

const subtotalRow = (figures: readonly [number, number, number]): Cell[] => [
  { value: '小计', fontWeight: 'bold', align: 'center', columnSpan: 4 },
  null,
  null,
  null,
  ...figures.map((v) => ({ ...amount(v), fontWeight: 'bold' as const })),
  null,
  null,
];

const header = [
  '序号',
  '项目名称',
  '建设规模及内容',
  '建设起止年限',
  '总投资',
  '年度计划投资',
  '1—9月完成投资',
  '形象进度',
  '责任单位',
].map((h) => headerCell(h));

const industry: Project[] = [
  [
    '汀岙县高端紧固件智能制造产业园项目',
    '建设标准厂房12万平方米，购置自动化生产线16条',
    '2024—2027',
    [150000, 42000, 33600],
    '3栋厂房主体完工，5条生产线试产',
    '汀岙经济开发区管委会',
  ],
  [
    '汀岙县年产3万吨食品级纸浆模塑项目',
    '新建生产车间及仓库4.6万平方米',
    '2025—2027',
    [56000, 18000, 8640],
    '车间钢结构吊装',
    '县工业和信息化局',
  ],
  [
    '汀岙县茶产业精深加工及交易中心项目',
    '建设茶叶精制车间、交易大厅及冷链仓储3.2万平方米',
    '2025—2026',
    [32000, 15000, 13050],
    '交易大厅装修，计划11月试运营',
    '县农业农村局',
  ],
  [
    '汀岙县200兆瓦渔光互补光伏发电项目',
    '装机容量200兆瓦，配套建设110千伏升压站',
    '2026—2027',
    [88000, 35000, 28210],
    '光伏组件安装完成65%',
    '县发展和改革局',
  ],
];

const infrastructure: Project[] = [
  [
    '霞屿至汀岙快速通道工程',
    '全长18.6公里，按一级公路标准建设',
    '2024—2026',
    [124000, 46000, 30820],
    '路基完成90%，路面施工',
    '县交通运输局',
  ],
  [
    '汀岙县城区排水防涝及管网改造工程',
    '改造雨污管网42公里，新建泵站2座',
    '2025—2026',
    [28600, 14000, 11480],
    '管网完成35公里',
    '县住房和城乡建设局',
  ],
  [
    '汀岙县龙潭水库扩容工程',
    '新增库容860万立方米',
    '2025—2028',
    [67500, 12000, 5160],
    '大坝基础开挖',
    '县水利局',
  ],
  [
    '汀岙港区3号泊位工程',
    '新建5000吨级泊位1个',
    '2026—2027',
    [21800, 8000, 6560],
    '码头桩基施工',
    '汀岙港区管理处',
  ],
];

const livelihood: Project[] = [
  [
    '汀岙县医院综合楼项目',
    '建筑面积4.2万平方米，新增床位500张',
    '2024—2026',
    [36000, 13000, 11180],
    '内部装修，年底投用',
    '县卫生健康局',
  ],
  [
    '汀岙县第二实验小学项目',
    '建筑面积2.8万平方米，办学规模48个班',
    '2025—2026',
    [18500, 9000, 7920],
    '主体封顶',
    '县教育局',
  ],
  [
    '汀岙县城东片区保障性租赁住房项目',
    '建设保障性租赁住房860套',
    '2025—2027',
    [26000, 10000, 6300],
    '3栋主体施工至12层',
    '县住房和城乡建设局',
  ],
  ['汀岙县养老服务中心项目', '设置养老床位300张', '2026—2027', [9600, 4000, 1480], '基础施工', '县民政局'],
];

const NOTE = '注：建设起止年限为计划开工至竣工年份；序时进度按75%计。';

const sheet = (
  title: string,
  projects: Project[],
  from: number,
  subtotal: readonly [number, number, number],
  notes: readonly string[],
): Cell[][] => [
  titleRow(title, COLUMNS),
  unitRow('单位：万元', COLUMNS),
  header,
  subtotalRow(subtotal),
  ...projects.map((p, i) => projectRow(from + i, p)),
  ...notes.map((n) => noteRow(n, COLUMNS)),
  signatureRow(SIGNATURE, COLUMNS, 3),
];

export const tingaoSheets: Cell[][][] = [
  sheet(
    '汀岙县2026年重点项目建设计划（产业项目）',
    industry,
    1,
    [326000, 110000, 83500],
    [
      '说明：1—9月，产业项目完成投资8.35亿元，占年度计划投资的75.9%，超序时进度0.9个百分点；其中汀岙县年产3万吨食品级纸浆模塑项目因设备到货推迟，仅完成年度计划的48.0%。',
      NOTE,
    ],
  ),
  sheet(
    '汀岙县2026年重点项目建设计划（基础设施）',
    infrastructure,
    5,
    [241900, 80000, 54020],
    [
      '说明：1—9月，基础设施项目完成投资5.40亿元，完成年度计划的67.5%，低于序时进度7.5个百分点；汀岙县龙潭水库扩容工程受征地影响，仅完成年度计划的43.0%，力争年底前完成大坝基础工程。',
      NOTE,
    ],
  ),
  sheet(
    '汀岙县2026年重点项目建设计划（社会民生）',
    livelihood,
    9,
    [90100, 36000, 26880],
    [
      '说明：1—9月，社会民生项目完成投资2.69亿元，完成年度计划的74.7%，低于序时进度0.3个百分点；汀岙县养老服务中心项目开工较晚，完成年度计划的37.0%。',
      '注：全县2026年重点项目共12个，总投资65.8亿元，年度计划投资22.6亿元，1—9月完成投资16.44亿元，完成年度计划的72.7%，低于序时进度2.3个百分点；建设起止年限为计划开工至竣工年份，序时进度按75%计。',
    ],
  ),
];

const widths = [6, 30, 30, 12, 10, 12, 13, 22, 16].map((width) => ({ width }));

export async function tingaoXlsx(): Promise<Buffer> {
  return writeXlsxFile(
    tingaoSheets.map((data, i) => ({
      data,
      sheet: ['产业项目', '基础设施', '社会民生'][i] as string,
      columns: widths,
    })),
  ).toBuffer();
}
