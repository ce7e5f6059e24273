// The sixty-sixth held-out batch's workbook: a Shandong county's 1—8月 key-project progress table as an .xlsx
// attachment (汶峄县 under 沂崮市, 2024; write-excel-file): the centre's title with 单位：万元 at the end of the table's
// title row, a header of one row (序号, 项目名称, 建设内容及规模, 总投资, 年度计划投资, 1—8月完成投资, 占年计划%, 形象进度,
// 责任单位), a class heading row before each class (一、产业类项目（6个）, 二、基础设施类项目（4个）, 三、社会民生类项目
// （4个）) with no figures, a 小计 row after each class and the 合计 row last; one project a row, a project not started
// with — cells, a project above its year plan (110.0), figures inside names and cells (年产12万吨, S238, 100兆瓦,
// （二期）, （2024年度）); four 说明 rows with the programme in 亿元 (占年度计划的A%, 快于/慢于时序进度B个百分点, 开工率)
// and the centre's signature. Invented place and figures; the answers are tests/accuracy/wenyi-2024-m8-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const wenyi = { name: 'wenyi-2024-m8-projects' };

const WIDTH = 9;
const row = dataRowWith('0.0');
const heading = (text: string): Cell[] => [
  { value: text, fontWeight: 'bold', columnSpan: 3 },
  ...blanks(WIDTH - 1),
];
const sum = (text: string, total: number, plan: number, done: number, share: number): Cell[] => [
  null,
  { value: text, fontWeight: 'bold', columnSpan: 2 },
  null,
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: done, format: '0', fontWeight: 'bold' },
  { value: share, format: '0.0', fontWeight: 'bold' },
  ...blanks(2),
];

const industry: Line[] = [
  [
    1,
    '汶峄县年产12万吨高端铝型材项目',
    '新建挤压生产线8条及表面处理车间',
    68000,
    24000,
    17520,
    73,
    '1号、2号车间投产，3号车间设备安装',
    '县工信局',
  ],
  [
    2,
    '沂崮汶峄生物医药产业园（二期）',
    '建设标准化厂房6.8万平方米及研发楼',
    52000,
    18000,
    12060,
    67,
    '厂房主体封顶，研发楼二次结构施工',
    '县经济开发区管委会',
  ],
  [
    3,
    '汶峄县风电储能一体化项目',
    '建设风电100兆瓦，配套储能20兆瓦/40兆瓦时',
    76000,
    30000,
    25200,
    84,
    '完成风机吊装22台，升压站调试',
    '县发改局',
  ],
  [
    4,
    '汶峄县预制菜中央厨房项目',
    '建设加工车间、冷链仓储2.4万平方米',
    15600,
    9000,
    5670,
    63,
    '车间主体完工，设备进场',
    '县农业农村局',
  ],
  [
    5,
    '汶峄县智能农机装备制造项目',
    '新建总装车间、喷涂车间及办公楼',
    23000,
    10000,
    3900,
    39,
    '基础施工',
    '县工信局',
  ],
  [
    6,
    '汶峄县文旅康养综合体',
    '建设酒店、温泉康养中心及配套设施',
    45000,
    8000,
    '—',
    '—',
    '未开工（规划方案调整中）',
    '县文旅局',
  ],
];

const infrastructure: Line[] = [
  [
    7,
    '省道S238汶峄段改建工程',
    '按二级公路标准改建21.4公里',
    58000,
    20000,
    13400,
    67,
    '路基完成80%，桥梁下部结构施工',
    '县交通运输局',
  ],
  [
    8,
    '汶峄县城区雨污分流改造工程（2024年度）',
    '改造雨污管网46公里',
    12800,
    12800,
    7040,
    55,
    '完成管网改造27公里',
    '县住建局',
  ],
  [
    9,
    '汶峄县第三水厂及配套管网',
    '新建日供水5万吨水厂一座及配水管网',
    21500,
    9000,
    6390,
    71,
    '水厂构筑物施工',
    '县水务局',
  ],
  [
    10,
    '汶峄县城乡冷链物流园',
    '建设冷库3万吨及分拣配送中心',
    18600,
    7000,
    2310,
    33,
    '冷库基础施工',
    '县商务局',
  ],
];

const livelihood: Line[] = [
  [
    11,
    '汶峄县人民医院新院区',
    '建筑面积6.2万平方米，床位600张',
    62000,
    15000,
    11250,
    75,
    '门诊楼主体封顶',
    '县卫健局',
  ],
  [
    12,
    '汶峄县实验高级中学',
    '新建教学楼、实验楼及宿舍楼，规模48个班',
    26000,
    12000,
    9600,
    80,
    '主体完工，室内装修',
    '县教体局',
  ],
  [
    13,
    '汶峄县老旧小区改造工程（2024年）',
    '改造小区23个，惠及居民3100户',
    8400,
    8400,
    6720,
    80,
    '完工小区15个',
    '县住建局',
  ],
  [
    14,
    '汶峄县养老服务中心',
    '建设护理型床位300张及配套用房',
    9600,
    4000,
    4400,
    110,
    '已竣工，正在验收',
    '县民政局',
  ],
];

const sheet: Cell[][] = [
  titleRow('汶峄县2024年1—8月重点项目建设进展情况表', WIDTH),
  [
    { value: '填报单位：汶峄县重点项目建设服务中心', columnSpan: 6 },
    ...blanks(5),
    { value: '单位：万元', columnSpan: 3 },
    ...blanks(2),
  ],
  [
    headerCell('序号'),
    headerCell('项目名称'),
    headerCell('建设内容及规模'),
    headerCell('总投资'),
    headerCell('年度计划投资'),
    headerCell('1—8月完成投资'),
    headerCell('占年计划%'),
    headerCell('形象进度'),
    headerCell('责任单位'),
  ],
  heading('一、产业类项目（6个）'),
  ...industry.map(row),
  sum('小计', 279600, 99000, 64350, 65),
  heading('二、基础设施类项目（4个）'),
  ...infrastructure.map(row),
  sum('小计', 110900, 48800, 29140, 59.7),
  heading('三、社会民生类项目（4个）'),
  ...livelihood.map(row),
  sum('小计', 106000, 39400, 31970, 81.1),
  sum('合计', 496500, 187200, 125460, 67),
  noteRow(
    '说明：1.全县2024年共安排县级以上重点项目14个，总投资49.65亿元，年度计划投资18.72亿元。1—8月累计完成投资12.55亿元，占年度计划的67.0%，快于时序进度0.3个百分点。',
    WIDTH,
  ),
  noteRow(
    '2.分类别看，产业类项目完成投资6.44亿元，占年度计划的65.0%；基础设施类项目完成投资2.91亿元，占年度计划的59.7%，慢于时序进度7.0个百分点；社会民生类项目完成投资3.20亿元，占年度计划的81.1%。',
    WIDTH,
  ),
  noteRow(
    '3.计划新开工项目9个，已开工8个，开工率88.9%；续建项目5个全部复工；已竣工项目1个。完成投资占年度计划80%以上的项目4个，低于40%的项目2个。',
    WIDTH,
  ),
  noteRow('4.形象进度截至8月31日；“—”表示项目尚未开工，无完成数。', WIDTH),
  signatureRow('汶峄县重点项目建设服务中心　2024年9月6日', WIDTH, 4),
];

export async function wenyiXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1—8月进展',
    columns: [
      { width: 6 },
      { width: 34 },
      { width: 34 },
      { width: 10 },
      { width: 12 },
      { width: 14 },
      { width: 11 },
      { width: 30 },
      { width: 16 },
    ],
  }).toBuffer();
}
