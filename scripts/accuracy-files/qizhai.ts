// The eightieth held-out batch's workbook: a Henan-style county development and reform commission's 2025年重点项目计划
// (淇砦县 under 滍州市) as the county issues it with its notice (.xlsx, written with write-excel-file). One sheet: a title
// row, one header row (序号 | 项目名称 | 建设性质 | 建设内容及规模 | 起止年限 | 总投资（万元） | 2025年计划投资（万元） |
// 责任单位), a 合计 row first, then three class rows (一、产业项目（6个） …) merged over the first five columns with their
// subtotals, thirteen numbered projects (新建, 续建, 改扩建; one 一期, one section in brackets, one single-year project), a
// notes row with the plan's counts and totals in 亿元, and the commission's signature. Invented place and figures; the
// answers are tests/accuracy/qizhai-2025-fy-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { blanks, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const qizhai = { name: 'qizhai-2025-fy-projects' };

const WIDTH = 8;

type Project = readonly [number, string, string, string, string, number, number, string];

/** A 合计 or class row: its label merged over the first five columns, then the two sums. */
const sumRow = (label: string, total: number, plan: number): Cell[] => [
  { value: label, columnSpan: 5, fontWeight: 'bold' },
  ...blanks(4),
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: '' },
];

const projectRow = (p: Project): Cell[] =>
  p.map((value) => (typeof value === 'number' ? { value, format: '0' } : { value, wrap: true }));

const industry: Project[] = [
  [
    1,
    '淇砦经济技术开发区年产20万吨功能性食品项目',
    '新建',
    '新建生产车间、仓储及配套用房12.6万平方米，购置自动化生产线8条',
    '2025—2027',
    86000,
    32000,
    '淇砦经济技术开发区管委会',
  ],
  [
    2,
    '滍州华锦新材料有限公司高性能碳纤维复合材料项目（一期）',
    '续建',
    '建设碳纤维原丝及复合材料生产线，一期形成年产3000吨产能',
    '2024—2026',
    125000,
    48000,
    '县工业和信息化局',
  ],
  [
    3,
    '淇砦县智能装备制造产业园标准化厂房',
    '续建',
    '建设标准化厂房及配套设施21万平方米',
    '2024—2025',
    42500,
    18500,
    '淇砦经济技术开发区管委会',
  ],
  [
    4,
    '淇砦县冷链物流园',
    '新建',
    '建设冷库4.5万吨及分拣中心、配送中心',
    '2025—2026',
    36800,
    15000,
    '县商务局',
  ],
  [
    5,
    '淇砦县农产品精深加工产业园',
    '改扩建',
    '改造提升加工车间5.2万平方米，新上果蔬深加工生产线4条',
    '2025—2026',
    28600,
    12600,
    '县农业农村局',
  ],
  [
    6,
    '淇砦县30兆瓦分布式光伏发电项目',
    '新建',
    '利用工业厂房及公共建筑屋顶建设分布式光伏30兆瓦',
    '2025',
    15400,
    15400,
    '县发展和改革委员会',
  ],
];

const infrastructure: Project[] = [
  [
    7,
    '淇砦至滍州快速通道（淇砦段）',
    '续建',
    '全长28.4公里，按一级公路标准建设',
    '2023—2026',
    168000,
    52000,
    '县交通运输局',
  ],
  [
    8,
    '淇砦县城区雨污分流改造工程',
    '续建',
    '改造雨污管网46公里，新建泵站2座',
    '2024—2025',
    23700,
    11200,
    '县住房和城乡建设局',
  ],
  [
    9,
    '砦河流域综合治理工程',
    '新建',
    '治理河道32公里，新建堤防、生态护岸及拦河闸3座',
    '2025—2027',
    64500,
    21000,
    '县水利局',
  ],
  [
    10,
    '淇砦县城乡供水一体化工程',
    '新建',
    '新建水厂1座，日供水能力5万立方米，铺设供水管网210公里',
    '2025—2026',
    31200,
    16000,
    '县水利局',
  ],
];

const livelihood: Project[] = [
  [
    11,
    '淇砦县人民医院门急诊综合楼',
    '续建',
    '建筑面积4.8万平方米，新增床位400张',
    '2024—2026',
    38600,
    14500,
    '县卫生健康委员会',
  ],
  [
    12,
    '淇砦县第三高级中学',
    '新建',
    '总建筑面积6.2万平方米，设置教学班60个',
    '2025—2026',
    27500,
    13000,
    '县教育局',
  ],
  [
    13,
    '淇砦县老旧小区改造（2025年）',
    '新建',
    '改造老旧小区26个，涉及居民3160户',
    '2025',
    9860,
    9860,
    '县住房和城乡建设局',
  ],
];

const sum = (ps: Project[], i: 5 | 6) => ps.reduce((s, p) => s + p[i], 0);
const classes: [string, Project[]][] = [
  ['一、产业项目（6个）', industry],
  ['二、基础设施项目（4个）', infrastructure],
  ['三、社会民生项目（3个）', livelihood],
];
const all = classes.flatMap(([, ps]) => ps);

const NOTE =
  '注：1.本计划共安排县重点项目13个，总投资69.77亿元，2025年计划投资27.91亿元；其中新建项目7个，续建项目5个，改扩建项目1个。2.总投资、年度计划投资单位均为万元。3.列入省、市重点项目计划的项目按上级下达计划执行，本表不重复统计。4.各责任单位每月5日前报送项目进展情况。';

const sheet: SheetData = [
  titleRow('淇砦县2025年重点项目计划表', WIDTH),
  [
    headerCell('序号'),
    headerCell('项目名称'),
    headerCell('建设性质'),
    headerCell('建设内容及规模'),
    headerCell('起止年限'),
    headerCell('总投资（万元）'),
    headerCell('2025年计划投资（万元）'),
    headerCell('责任单位'),
  ],
  sumRow('合计（13个）', sum(all, 5), sum(all, 6)),
  ...classes.flatMap(([label, ps]) => [sumRow(label, sum(ps, 5), sum(ps, 6)), ...ps.map(projectRow)]),
  noteRow(NOTE, WIDTH),
  signatureRow('淇砦县发展和改革委员会　2025年2月18日', WIDTH, 4),
];

export async function qizhaiXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '2025年重点项目',
    columns: [
      { width: 6 },
      { width: 40 },
      { width: 10 },
      { width: 44 },
      { width: 12 },
      { width: 14 },
      { width: 18 },
      { width: 24 },
    ],
  }).toBuffer();
}
