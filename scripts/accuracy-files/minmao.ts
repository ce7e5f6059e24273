// The one-hundred-and-eighth held-out batch's workbook (session 31): a Gansu-style county 发展和改革局's
// 2025年1—8月 key-project progress report as the .xlsx it attaches (written with write-excel-file, as zhichuan's
// is), of three sheets: 汇总 (the programme by level: 项目数, 总投资, 年度计划投资, 1—8月完成投资, 占年计划%, a 合计
// row, a second block by field (分领域), then a 说明 note in prose with the schedule, the lagging projects and the
// county's investment growth, a 下一步 note and the signature), 市列重点项目 (序号, 项目名称, 建设性质, 总投资,
// 年度计划, 1—8月完成, 占年计划%, 形象进度 and 责任单位 for twelve projects in 万元, a 合计 row) and 未开工项目 (three
// projects planned to start and not started, with 总投资, 年度计划, 未开工原因 and 计划开工时间). Invented place
// (岷峁县 under 陇崟市), projects and figures; the answers are tests/accuracy/minmao-2025-m8-projects.answers.json,
// written by hand.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const minmao = { name: 'minmao-2025-m8-projects' };

const dataRow = dataRowWith('0.0');
const dataRow2 = dataRowWith('0.00');

const levels: Line[] = [
  ['省列重大项目', 5, 38.62, 10.35, 7.28, 70.3],
  ['市列重点项目', 12, 46.78, 17.92, 11.82, 66.0],
  ['县列重点项目', 31, 28.45, 12.68, 7.74, 61.0],
];
const levelsTotal: Line = ['合计', 48, 113.85, 40.95, 26.84, 65.5];

const fields: Line[] = [
  ['产业项目', 16, 52.36, 17.48, 12.05, 68.9],
  ['基础设施项目', 14, 38.74, 12.86, 8.02, 62.4],
  ['社会民生项目', 12, 14.28, 6.42, 4.23, 65.9],
  ['生态环保项目', 6, 8.47, 4.19, 2.54, 60.6],
];

const notStarted: Line[] = [
  [1, '岷峁县全域旅游集散中心', '新建', 8600, 3000, '用地预审未完成', '2025年10月'],
  [2, '岷峁县再生资源回收利用项目', '新建', 5200, 2500, '企业融资未落实', '2025年11月'],
  [3, '岷峁县老旧小区改造（三期）', '新建', 3900, 3900, '中央预算内资金未下达', '2025年9月'],
];

const projects: Line[] = [
  [
    1,
    '岷峁县30万千瓦风光储一体化项目',
    '续建',
    168000,
    52000,
    38600,
    74.2,
    '风机基础完成40台，光伏组件安装完成65%',
    '县发改局',
  ],
  [
    2,
    '岷峁县中药材精深加工产业园',
    '续建',
    45000,
    15000,
    10850,
    72.3,
    '3栋厂房主体完工，设备进场',
    '县工信局',
  ],
  [
    3,
    '陇崟至岷峁二级公路改建工程',
    '续建',
    96000,
    30000,
    17400,
    58.0,
    '路基完成62%，桥梁下部结构施工',
    '县交通运输局',
  ],
  [4, '岷峁县城区供热管网改造工程', '新建', 12800, 8000, 4950, 61.9, '改造主管网9.6公里', '县住建局'],
  [5, '岷峁县人民医院门诊综合楼', '续建', 26500, 9000, 7020, 78.0, '主体封顶，内部装修', '县卫健局'],
  [6, '岷峁县第三中学新建项目', '新建', 18600, 10000, 5400, 54.0, '教学楼主体施工至三层', '县教育局'],
  [7, '岷峁县马铃薯全粉加工项目', '新建', 22000, 12000, 9360, 78.0, '生产线安装调试', '县农业农村局'],
  [8, '峁溪河岷峁段防洪治理工程', '新建', 9800, 6000, 2280, 38.0, '完成堤防3.2公里', '县水务局'],
  [9, '岷峁县农村供水保障工程', '续建', 15400, 7000, 5110, 73.0, '铺设管道86公里', '县水务局'],
  [10, '岷峁县城乡冷链物流中心', '新建', 16500, 8000, 1920, 24.0, '完成场地平整，主体未开工', '县商务局'],
  [
    11,
    '岷峁工业园区标准化厂房（二期）',
    '续建',
    24000,
    9000,
    6840,
    76.0,
    '6栋厂房完成钢结构',
    '县工业园区管委会',
  ],
  [12, '岷峁县高标准农田建设项目', '新建', 13200, 13200, 8450, 64.0, '完成建设4.6万亩', '县农业农村局'],
];
const projectsTotal: Line = ['', '合计', '', 467800, 179200, 118180, 65.9, '', ''];

const summarySheet: SheetData = [
  titleRow('岷峁县2025年1—8月重点项目建设进展情况汇总表', 6),
  [
    '类别',
    '项目数（个）',
    '总投资（亿元）',
    '年度计划投资（亿元）',
    '1—8月完成投资（亿元）',
    '占年计划（%）',
  ].map((h) => headerCell(h)),
  ...levels.map(dataRow2),
  dataRow2(levelsTotal),
  [
    '分领域',
    '项目数（个）',
    '总投资（亿元）',
    '年度计划投资（亿元）',
    '1—8月完成投资（亿元）',
    '占年计划（%）',
  ].map((h) => headerCell(h)),
  ...fields.map(dataRow2),
  noteRow(
    '说明：1—8月，全县48个重点项目累计完成投资26.84亿元，占年度计划投资的65.5%，低于序时进度1.2个百分点（序时进度按66.7%计）；计划新开工项目22个，已开工19个，开工率86.4%，未开工的3个项目见附表。岷峁县城乡冷链物流中心、峁溪河岷峁段防洪治理工程2个项目完成率低于40%，已列入县级重点督办。据县统计局数据，1—8月全县固定资产投资同比增长7.6%。',
    6,
  ),
  noteRow('下一步，县发改局将对完成率低于50%的项目逐一督办，确保全年重点项目完成投资42亿元以上。', 6),
  signatureRow('岷峁县发展和改革局　2025年9月8日', 6, 3),
];

const projectSheet: SheetData = [
  titleRow('岷峁县2025年市列重点项目1—8月建设进展情况表', 9),
  noteRow('单位：万元', 9),
  [
    '序号',
    '项目名称',
    '建设性质',
    '总投资',
    '年度计划',
    '1—8月完成',
    '占年计划（%）',
    '形象进度',
    '责任单位',
  ].map((h) => headerCell(h)),
  ...projects.map(dataRow),
  dataRow(projectsTotal),
  noteRow('注：占年计划为1—8月完成投资占2025年年度计划投资的比例；形象进度截至8月31日。', 9),
];

const notStartedSheet: SheetData = [
  titleRow('岷峁县2025年计划新开工未开工项目情况表', 7),
  noteRow('单位：万元', 7),
  ['序号', '项目名称', '建设性质', '总投资', '年度计划', '未开工原因', '计划开工时间'].map((h) =>
    headerCell(h),
  ),
  ...notStarted.map(dataRow),
];

export async function minmaoXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: summarySheet,
      sheet: '汇总',
      columns: [{ width: 18 }, { width: 12 }, { width: 14 }, { width: 20 }, { width: 20 }, { width: 14 }],
    },
    {
      data: projectSheet,
      sheet: '市列重点项目',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 14 },
        { width: 34 },
        { width: 16 },
      ],
    },
    {
      data: notStartedSheet,
      sheet: '未开工项目',
      columns: [
        { width: 6 },
        { width: 30 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 24 },
        { width: 14 },
      ],
    },
  ]).toBuffer();
}
