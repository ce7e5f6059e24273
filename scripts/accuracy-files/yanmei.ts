// Held-out-335 (session 42): a Henan-style county 发展和改革委员会's 2025 重点项目建设情况表 for 1—6月 (砚湄县, invented) as
// .xlsx, written with write-excel-file and project-schedule.ts's rows: 序号 | 项目名称 | 建设内容及规模 | 总投资 | 年度计划投资 |
// 1—6月完成投资 | 占年计划% | 形象进度, a 合计 row, the classes 一、产业项目, 二、基础设施项目 and 三、民生项目 each split into
// （一）续建项目 and （二）新开工项目 with their sums, thirty projects (figures and phases inside names, statuses such as 主体完工,
// 已投产, 完成路基工程的60%, zero amounts for projects not started), a 说明 row, a 注 row and the office's signature. Invented
// place, projects and figures; the answers are tests/accuracy/yanmei-2025-h1-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const yanmei = { name: 'yanmei-2025-h1-projects' };

/** 项目名称, 建设内容及规模, 总投资, 年度计划投资, 1—6月完成投资 (万元), 形象进度. */
type Project = readonly [string, string, number, number, number, string];

const industryOngoing: Project[] = [
  [
    '砚湄县年产5万吨特种纸项目（二期）',
    '新建特种纸生产线2条及配套厂房8.6万平方米',
    68000,
    22000,
    12650,
    '主体完工，设备安装完成70%',
  ],
  [
    '河南砚垣新材料有限公司高性能碳纤维项目',
    '建设原丝车间、碳化车间及研发中心，总建筑面积12万平方米',
    150000,
    40000,
    21800,
    '一期已投产，二期主体施工',
  ],
  [
    '砚湄县食用菌精深加工产业园项目',
    '建设菌棒生产车间、加工车间及冷链仓储5.2万平方米',
    32000,
    12000,
    7460,
    '已投产',
  ],
  [
    '砚湄县200兆瓦农光互补光伏发电项目',
    '安装光伏组件及建设110千伏升压站一座',
    86000,
    30000,
    18900,
    '完成组件安装的85%',
  ],
  [
    '砚湄县智能家居产业园（一期）项目',
    '建设标准化厂房16栋及配套设施',
    45000,
    15000,
    9320,
    '12栋厂房主体完工',
  ],
  [
    '砚湄县产业集聚区标准化厂房三期项目',
    '建设标准化厂房10万平方米',
    28000,
    10000,
    6150,
    '主体完工，进入装饰装修',
  ],
  ['砚湄县艾草制品加工项目', '建设艾绒、艾条生产线6条', 12500, 6000, 4080, '已投产'],
];

const industryNew: Project[] = [
  [
    '砚湄县年产3000吨生物基可降解材料项目',
    '建设生产车间、仓库及配套设施3.6万平方米',
    36000,
    15000,
    3850,
    '完成桩基工程，主体施工',
  ],
  ['砚湄县冷链物流中心项目', '建设冷库6万吨及分拣中心', 24000, 10000, 2960, '场地平整完成，基础施工'],
  ['砚湄县预制菜产业园项目', '建设中央厨房、加工车间4.8万平方米', 30000, 12000, 4100, '基础施工'],
  [
    '砚湄县新能源汽车零部件项目',
    '建设冲压、焊装车间及检测中心',
    52000,
    18000,
    2600,
    '完成土地摘牌，正在办理施工许可',
  ],
  [
    '砚湄县中药材仓储交易中心项目',
    '建设仓储用房2.4万平方米及交易大厅',
    15000,
    6000,
    0,
    '完成前期手续，计划7月开工',
  ],
];

const infrastructureOngoing: Project[] = [
  [
    '砚湄县城区至砚川镇快速通道工程',
    '全长18.6公里，按一级公路标准建设',
    62000,
    20000,
    11400,
    '完成路基工程的60%',
  ],
  ['砚湄县城区雨污分流改造工程', '改造雨污管网42公里', 26000, 12000, 7380, '完成管网铺设28公里'],
  [
    '砚湄县第二水厂及配套管网项目',
    '新建日供水5万吨水厂一座，配套管网36公里',
    34000,
    14000,
    8820,
    '主体完工，设备调试',
  ],
  [
    '砚湄县砚河综合治理工程',
    '治理河道22.4公里，新建堤防及生态护岸',
    48000,
    16000,
    8160,
    '完成河道清淤，护岸施工',
  ],
  [
    '砚湄县220千伏输变电工程',
    '新建220千伏变电站一座及线路46公里',
    21000,
    9000,
    6300,
    '主体完工，线路架设完成80%',
  ],
];

const infrastructureNew: Project[] = [
  [
    '砚湄县高铁站站前广场及配套道路工程',
    '建设广场4.5万平方米、道路3.2公里',
    38000,
    15000,
    3300,
    '完成征地拆迁，路基施工',
  ],
  ['砚湄县农村供水保障工程（二期）', '改造农村供水管网380公里', 18000, 9000, 2790, '完成管网铺设95公里'],
  ['砚湄县城区集中供热工程', '建设换热站12座、供热管网28公里', 26000, 10000, 1800, '管材招标完成，开始铺设'],
  ['砚湄县物流园区道路工程', '新建园区道路5条共7.8公里', 14000, 7000, 1960, '完成路基工程的40%'],
  ['砚湄县城乡公交一体化项目', '购置新能源公交车120辆，建设充电站8座', 9600, 6000, 0, '完成车辆采购招标'],
];

const livelihoodOngoing: Project[] = [
  [
    '砚湄县人民医院新院区项目',
    '建设门诊医技楼、病房楼等15.6万平方米，床位1000张',
    85000,
    25000,
    14750,
    '主体完工，内部装修',
  ],
  ['砚湄县第一高级中学迁建项目', '建设教学楼、宿舍楼等8.2万平方米', 42000, 15000, 9450, '主体封顶'],
  ['砚湄县老旧小区改造项目', '改造老旧小区46个，涉及住户3860户', 16000, 8000, 5120, '完成改造28个'],
  ['砚湄县城北安置区项目', '建设安置房1680套', 54000, 18000, 9900, '一期主体完工，二期主体施工'],
];

const livelihoodNew: Project[] = [
  ['砚湄县中医院康养中心项目', '建设康养楼及配套设施3.4万平方米', 19000, 8000, 1520, '基础施工'],
  ['砚湄县全民健身中心项目', '建设体育馆、游泳馆2.1万平方米', 16000, 7000, 1190, '完成土方开挖'],
  ['砚湄县城区幼儿园建设项目', '新建幼儿园4所，新增学位1440个', 7200, 5000, 900, '2所主体施工'],
  ['砚湄县殡仪馆迁建项目', '建设业务用房及配套设施0.9万平方米', 6800, 3000, 0, '完成选址及规划设计'],
];

const rate = (done: number, plan: number): number => Math.round((done / plan) * 1000) / 10;

/** 总投资, 年度计划投资, 1—6月完成投资 and 占年计划% of a group. */
function sums(ps: readonly Project[]): ScheduleFigures {
  const sum = (i: 2 | 3 | 4): number => ps.reduce((s, p) => s + p[i], 0);
  return [sum(2), sum(3), sum(4), rate(sum(4), sum(3))];
}

const COLUMNS = 8;
let counter = 0;

const rows = (ps: readonly Project[]): Cell[][] =>
  ps.map(([name, scope, total, year, done, stage]) => {
    counter += 1;
    return projectRow(
      counter,
      name,
      { value: scope, wrap: true },
      [total, year, done, rate(done, year)],
      stage,
    );
  });

function classRows(label: string, ongoing: readonly Project[], started: readonly Project[]): Cell[][] {
  return [
    sumRow(`${label}（${ongoing.length + started.length}个）`, sums([...ongoing, ...started])),
    sumRow(`（一）续建项目（${ongoing.length}个）`, sums(ongoing)),
    ...rows(ongoing),
    sumRow(`（二）新开工项目（${started.length}个）`, sums(started)),
    ...rows(started),
  ];
}

const all = [
  ...industryOngoing,
  ...industryNew,
  ...infrastructureOngoing,
  ...infrastructureNew,
  ...livelihoodOngoing,
  ...livelihoodNew,
];

function sheet(): Cell[][] {
  counter = 0;
  return [
    titleRow('砚湄县2025年重点项目建设情况表（1—6月）', COLUMNS),
    unitRow('单位：万元', COLUMNS),
    [
      '序号',
      '项目名称',
      '建设内容及规模',
      '总投资',
      '年度计划投资',
      '1—6月完成投资',
      '占年计划%',
      '形象进度',
    ].map((h) => headerCell(h)),
    sumRow(`合计（${all.length}个）`, sums(all), 'center'),
    ...classRows('一、产业项目', industryOngoing, industryNew),
    ...classRows('二、基础设施项目', infrastructureOngoing, infrastructureNew),
    ...classRows('三、民生项目', livelihoodOngoing, livelihoodNew),
    noteRow(
      '说明：1—6月，全县30个重点项目完成投资18.86亿元，占年度计划投资的46.8%，低于序时进度3.2个百分点。其中，16个续建项目完成投资16.16亿元，占年度计划的59.4%；14个新开工项目已开工11个，开工率78.6%，完成投资2.70亿元，占年度计划的20.6%。已投产项目2个，3个项目尚未开工。',
      COLUMNS,
    ),
    noteRow('注：1.序时进度按50%计；2.总投资含以前年度已完成投资；3.项目排序不分先后。', COLUMNS),
    signatureRow('砚湄县发展和改革委员会　2025年7月8日', COLUMNS, 3),
  ];
}

export async function yanmeiXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet(), {
    sheet: '1—6月',
    columns: [
      { width: 6 },
      { width: 36 },
      { width: 34 },
      { width: 11 },
      { width: 12 },
      { width: 13 },
      { width: 10 },
      { width: 26 },
    ],
  }).toBuffer();
}
