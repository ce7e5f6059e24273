// The eighty-fifth held-out batch's workbook (session 27): a Xinjiang-style county development and reform commission's
// 通报 on the first three quarters of 2025's key projects as an .xlsx attachment (托玛苏县 under 阿勒巴哈地区;
// write-excel-file): the commission's head, the document number 托发改〔2025〕47号 and the notice's title on rows of their
// own, 单位：万元 beside the table's title, a one-row header (序号, 项目名称, 建设内容, 总投资, 2025年计划投资, 1—9月完成投资,
// 完成率（%）, 形象进度, 责任单位), class rows 一、产业类/二、基础设施类/三、社会民生类 carrying their counts and subtotals,
// eleven projects one a row with 形象进度 as words (已并网发电, 已完工, 未开工（规划方案调整中） with — cells), the 合计
// row LAST, then a four-point 说明 with the programme in 亿元, 高于时序进度, 开工率, a class 低于60%的项目 and the fourth
// quarter's goal, and the commission's signature. Numbers inside names and cells (20万吨/年, 3万吨, 10万千瓦, G217,
// （2025年度）, 24.6公里, 600套). Invented place and figures; the answers are
// tests/accuracy/tuomasu-2025-q3-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const tuomasu = { name: 'tuomasu-2025-q3-projects' };

const WIDTH = 9;
const row = dataRowWith('0.0');
const group = (text: string, total: number, plan: number, done: number, share: number): Cell[] => [
  { value: text, fontWeight: 'bold', columnSpan: 3 },
  ...blanks(2),
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: done, format: '0', fontWeight: 'bold' },
  { value: share, format: '0.0', fontWeight: 'bold' },
  ...blanks(2),
];

const industry: Line[] = [
  [
    1,
    '托玛苏县20万吨/年煤制甲醇配套氢能项目',
    '建设电解水制氢装置及甲醇合成装置各1套',
    286000,
    60000,
    45600,
    76,
    '主体装置安装完成70%',
    '县发改委',
  ],
  [
    2,
    '托玛苏县年产3万吨高端纺纱项目',
    '新建纺纱厂房6万平方米，购置环锭纺设备',
    42000,
    18000,
    15300,
    85,
    '厂房封顶，设备进场安装',
    '县工信局',
  ],
  [
    3,
    '托玛苏县10万千瓦光伏治沙项目',
    '建设光伏阵列及35千伏集电线路',
    45000,
    45000,
    39600,
    88,
    '已并网发电',
    '县发改委',
  ],
  [
    4,
    '托玛苏县红枣精深加工产业园',
    '建设冷链仓储、分拣车间及枣制品生产线',
    16000,
    8000,
    3200,
    40,
    '冷库基础施工',
    '县农业农村局',
  ],
];

const infrastructure: Line[] = [
  [
    5,
    'G217线托玛苏过境段改建工程',
    '按一级公路标准改建24.6公里',
    98000,
    30000,
    24900,
    83,
    '路基完成，路面摊铺45%',
    '县交通运输局',
  ],
  [
    6,
    '托玛苏县城区供热管网改造工程',
    '改造供热管网32公里，新建换热站9座',
    12500,
    12500,
    10600,
    84.8,
    '管网铺设完成，换热站调试',
    '县住建局',
  ],
  [
    7,
    '托玛苏河城区段防洪治理工程',
    '新建堤防11.2公里及配套排涝设施',
    23000,
    9000,
    5100,
    56.7,
    '完成堤防6.3公里',
    '县水利局',
  ],
  [
    8,
    '托玛苏县农村饮水安全巩固提升工程（2025年度）',
    '改造供水管网145公里',
    6800,
    6800,
    6800,
    100,
    '已完工',
    '县水利局',
  ],
];

const livelihood: Line[] = [
  [
    9,
    '托玛苏县人民医院传染病区建设项目',
    '建筑面积1.8万平方米，床位120张',
    14500,
    7000,
    5950,
    85,
    '主体封顶，内部装修',
    '县卫健委',
  ],
  [10, '托玛苏县第二中学新建工程', '办学规模48个班', 21000, 10000, 6300, 63, '主体施工至4层', '县教育局'],
  [
    11,
    '托玛苏县保障性租赁住房项目',
    '新建保障性租赁住房600套',
    9600,
    5000,
    '—',
    '—',
    '未开工（规划方案调整中）',
    '县住建局',
  ],
];

const sheet: Cell[][] = [
  titleRow('托玛苏县发展和改革委员会', WIDTH),
  noteRow('托发改〔2025〕47号', WIDTH),
  titleRow('关于2025年前三季度全县重点项目建设进展情况的通报', WIDTH),
  noteRow(
    '各乡镇人民政府，县直有关单位：现将2025年1—9月全县重点项目建设进展情况通报如下，请各责任单位对照进度抓好落实。',
    WIDTH,
  ),
  [
    { value: '托玛苏县2025年重点项目1—9月建设进展情况表', fontWeight: 'bold', columnSpan: 7 },
    ...blanks(6),
    { value: '单位：万元', columnSpan: 2 },
    null,
  ],
  [
    headerCell('序号'),
    headerCell('项目名称'),
    headerCell('建设内容'),
    headerCell('总投资'),
    headerCell('2025年计划投资'),
    headerCell('1—9月完成投资'),
    headerCell('完成率（%）'),
    headerCell('形象进度'),
    headerCell('责任单位'),
  ],
  group('一、产业类（4个）', 389000, 131000, 103700, 79.2),
  ...industry.map(row),
  group('二、基础设施类（4个）', 140300, 58300, 47400, 81.3),
  ...infrastructure.map(row),
  group('三、社会民生类（3个）', 45100, 22000, 12250, 55.7),
  ...livelihood.map(row),
  row(['', '合计（11个）', '', 574400, 211300, 163350, 77.3, '', '']),
  noteRow(
    '说明：1.全县2025年确定县级以上重点项目11个，总投资57.44亿元，年度计划投资21.13亿元。1—9月累计完成投资16.34亿元，完成年度计划的77.3%，高于时序进度2.3个百分点。',
    WIDTH,
  ),
  noteRow(
    '2.分类别看，产业类项目完成投资10.37亿元，完成率79.2%；基础设施类项目完成投资4.74亿元，完成率81.3%；社会民生类项目完成投资1.23亿元，完成率55.7%，低于时序进度19.3个百分点。',
    WIDTH,
  ),
  noteRow(
    '3.已开工项目10个，开工率90.9%；已建成投用项目2个。完成率低于60%的项目2个（不含未开工项目），未开工项目1个。',
    WIDTH,
  ),
  noteRow(
    '4.四季度各责任单位要倒排工期、挂图作战，确保全年完成投资21.13亿元以上，保障性租赁住房项目10月底前开工建设。',
    WIDTH,
  ),
  signatureRow('托玛苏县发展和改革委员会　2025年10月11日', WIDTH, 4),
];

export async function tuomasuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—9月进展',
    columns: [
      { width: 6 },
      { width: 38 },
      { width: 34 },
      { width: 10 },
      { width: 13 },
      { width: 13 },
      { width: 11 },
      { width: 26 },
      { width: 14 },
    ],
  }).toBuffer();
}
