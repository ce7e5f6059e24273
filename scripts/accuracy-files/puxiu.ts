// The fifty-fourth held-out batch's workbook: a Yunnan county-level city's 1—10月 key-project progress 通报 as an
// .xlsx attachment (普岫市 under 曲沣市, 2022; write-excel-file): the issuing office, the notice's title and its
// document number 普重项办〔2022〕11号 on rows of their own above the table, 单位：万元, one project a row with
// 建设性质 (新建/续建), 总投资, 2022年计划投资, 1—10月完成投资, 占年度计划（%）(above 100 for projects ahead of plan),
// 开工时间, 计划竣工时间 as 2021.08 / 2022年4月 / —, 形象进度 words (已完工，调试运行, 未开工（用地报批中）), group rows
// with their counts, a 合计 row first, a three-point 说明 with the programme's totals in 亿元 (占年度计划的76.5%，
// 低于序时进度6.8个百分点, 开工率, a class 低于60%的项目) and the office's signature. Numbers inside names (200MW,
// 5万吨, （一期）, （2022年度）). Invented place and figures; the answers are
// tests/accuracy/puxiu-2022-m10-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const puxiu = { name: 'puxiu-2022-m10-projects' };

const WIDTH = 11;
const row = dataRowWith('0.0');
const group = (text: string): Cell[] => [
  { value: text, fontWeight: 'bold', columnSpan: 3 },
  null,
  null,
  ...Array.from({ length: WIDTH - 3 }, () => null),
];

const industry: Line[] = [
  [
    1,
    '普岫市高原特色农产品精深加工产业园',
    '续建',
    68000,
    18000,
    16200,
    90,
    '2021.03',
    '2023.06',
    '3栋厂房已投产，冷链中心主体完工',
    '市工信局',
  ],
  [
    2,
    '年产5万吨咖啡精深加工项目',
    '新建',
    32000,
    12000,
    13100,
    109.2,
    '2022年2月',
    '2023年3月',
    '生产线设备安装',
    '市工信局',
  ],
  [
    3,
    '曲沣普岫200MW光伏发电项目',
    '新建',
    86000,
    40000,
    35600,
    89,
    '2022.04',
    '2022.12',
    '光伏组件安装完成75%',
    '市能源局',
  ],
  [
    4,
    '普岫市绿色硅材料项目（一期）',
    '新建',
    120000,
    25000,
    '—',
    '—',
    '—',
    '2024.12',
    '未开工（用地报批中）',
    '市工信局',
  ],
  [
    5,
    '普岫花卉苗木交易中心',
    '续建',
    15600,
    5000,
    4300,
    86,
    '2021.05',
    '2022.12',
    '交易大厅装修',
    '市农业农村局',
  ],
];

const infrastructure: Line[] = [
  [
    6,
    '普岫至曲沣高速公路连接线工程',
    '续建',
    96000,
    30000,
    26400,
    88,
    '2020.10',
    '2023.10',
    '路基完成90%，路面施工',
    '市交通运输局',
  ],
  [
    7,
    '普岫市城市污水处理厂提标扩建工程',
    '续建',
    18500,
    8000,
    8000,
    100,
    '2021.08',
    '2022.09',
    '已完工，调试运行',
    '市住建局',
  ],
  [
    8,
    '岫河水库及灌区工程',
    '续建',
    72000,
    15000,
    11200,
    74.7,
    '2020.12',
    '2024.06',
    '大坝填筑至设计高程',
    '市水务局',
  ],
  [
    9,
    '普岫市城区雨污分流改造工程',
    '新建',
    12400,
    6000,
    3100,
    51.7,
    '2022年6月',
    '2023年12月',
    '已铺设管网12公里',
    '市住建局',
  ],
];

const social: Line[] = [
  [
    10,
    '普岫市人民医院住院综合楼',
    '续建',
    26800,
    9000,
    8600,
    95.6,
    '2021.04',
    '2023.04',
    '主体封顶，内部装修',
    '市卫健局',
  ],
  [
    11,
    '普岫市第一中学新校区',
    '新建',
    35000,
    12000,
    9800,
    81.7,
    '2022.03',
    '2023.08',
    '教学楼主体施工',
    '市教体局',
  ],
  [
    12,
    '普岫市保障性租赁住房项目（2022年度）',
    '新建',
    9600,
    5000,
    5200,
    104,
    '2022.03',
    '2022.10',
    '已完工，分配入住',
    '市住建局',
  ],
];

const sheet: Cell[][] = [
  noteRow('普岫市重点项目建设工作领导小组办公室', WIDTH),
  titleRow('关于2022年1—10月市级重点项目建设进展情况的通报', WIDTH),
  noteRow('普重项办〔2022〕11号', WIDTH),
  titleRow('普岫市2022年1—10月市级重点项目建设进展情况表', WIDTH),
  noteRow('单位：万元', WIDTH),
  [
    headerCell('序号'),
    headerCell('项目名称'),
    headerCell('建设性质'),
    headerCell('总投资'),
    headerCell('2022年计划投资'),
    headerCell('1—10月完成投资'),
    headerCell('占年度计划（%）'),
    headerCell('开工时间'),
    headerCell('计划竣工时间'),
    headerCell('形象进度'),
    headerCell('责任单位'),
  ],
  row(['', '合计', '', 591900, 185000, 141500, 76.5, '', '', '', '']),
  group('一、产业发展类（5个）'),
  ...industry.map(row),
  group('二、基础设施类（4个）'),
  ...infrastructure.map(row),
  group('三、社会民生类（3个）'),
  ...social.map(row),
  noteRow(
    '说明：1.2022年共安排市级重点项目12个，总投资59.19亿元，年度计划投资18.5亿元；1—10月累计完成投资14.15亿元，占年度计划的76.5%，低于序时进度6.8个百分点。',
    WIDTH,
  ),
  noteRow(
    '2.计划新开工项目6个，已开工5个，开工率83.3%；计划竣工项目3个，已竣工2个。完成或超过年度计划的项目3个，完成率低于60%的项目1个（不含未开工项目）。',
    WIDTH,
  ),
  noteRow('3.表中“—”表示项目尚未开工，无完成数。', WIDTH),
  signatureRow('普岫市重点项目建设工作领导小组办公室  2022年11月8日', WIDTH, 4),
];

export async function puxiuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—10月进展',
    columns: [
      { width: 6 },
      { width: 36 },
      { width: 9 },
      { width: 10 },
      { width: 13 },
      { width: 13 },
      { width: 13 },
      { width: 11 },
      { width: 12 },
      { width: 30 },
      { width: 14 },
    ],
  }).toBuffer();
}
