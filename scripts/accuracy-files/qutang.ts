// Held-out-486's workbook (session 51): an Anhui-style county 发改委's 渠塘县2010年1—11月重点项目建设进度表 (渠塘县,
// invented) as an .xlsx attachment (write-excel-file): a merged title, the 填报单位 line, a two-row header (序号, 项目名称,
// 建设规模及主要内容, 总投资（亿元）, 年度计划投资（万元）, 占年计划%, 形象进度 and 责任单位 merged down; 1—11月完成投资（万元）
// merged over 金额 and 其中：11月), a 合计 row first, one 小计 row per 类别 (工业, 基础设施, 社会事业, 城镇建设) above its
// projects, '—' for a month with no work, a three-point 注 and a signature. 总投资 is in 亿元 while the other money
// columns are in 万元 (a second unit). Invented figures; the answers are tests/accuracy/qutang-2010-m1-11-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const qutang = { name: 'qutang-2010-m1-11-projects' };

const WIDTH = 10;
const row = dataRowWith('0.0');
/** 总投资 in 亿元 keeps two places; the 占年计划% one. */
const projectRow = (line: Line): Cell[] =>
  row(line).map((cell, i) =>
    i === 3 && cell && typeof line[3] === 'number' ? { ...cell, format: '0.00' } : cell,
  );
const subtotal = (line: Line): Cell[] =>
  projectRow(line).map((cell) => (cell ? { ...cell, fontWeight: 'bold' } : cell));

const headerRows: Cell[][] = [
  [
    headerCell('序号', { rowSpan: 2 }),
    headerCell('项目名称', { rowSpan: 2 }),
    headerCell('建设规模及主要内容', { rowSpan: 2 }),
    headerCell('总投资（亿元）', { rowSpan: 2 }),
    headerCell('年度计划投资（万元）', { rowSpan: 2 }),
    headerCell('1—11月完成投资（万元）', { columnSpan: 2 }),
    null,
    headerCell('占年计划%', { rowSpan: 2 }),
    headerCell('形象进度', { rowSpan: 2 }),
    headerCell('责任单位', { rowSpan: 2 }),
  ],
  [...blanks(5), headerCell('金额'), headerCell('其中：11月'), ...blanks(3)],
];

/** 序号, 名称, 内容, 总投资（亿元）, 年度计划, 1—11月, 其中11月, 占年计划%, 形象进度, 责任单位. */
const classes: { head: Line; projects: Line[] }[] = [
  {
    head: ['一', '工业项目小计（7个）', '', 11.41, 51000, 46600, 4320, 91.4, '', ''],
    projects: [
      [
        1,
        '皖渠新型建材年产60万吨粉磨站项目',
        '新建水泥粉磨生产线1条',
        1.8,
        9000,
        8650,
        620,
        96.1,
        '设备安装调试',
        '县经信委',
      ],
      [
        2,
        '渠塘县农产品深加工产业园',
        '标准化厂房4.2万平方米',
        2.5,
        8000,
        7120,
        850,
        89,
        '一期厂房主体完工',
        '开发区管委会',
      ],
      [
        3,
        '塘溪纺织服装工业园项目',
        '纺织车间、服装车间及配套',
        3.2,
        12000,
        12860,
        1240,
        107.2,
        '一期已投产',
        '开发区管委会',
      ],
      [
        4,
        '渠塘华宇铸造技改项目',
        '更新熔炼、造型设备',
        0.85,
        5000,
        4380,
        310,
        87.6,
        '部分设备到位',
        '县经信委',
      ],
      [
        5,
        '渠南粮油储备库及加工项目',
        '仓容5万吨，日加工大米200吨',
        0.96,
        6000,
        5520,
        480,
        92,
        '仓库封顶',
        '县粮食局',
      ],
      [
        6,
        '新型节能电机生产项目',
        '年产节能电机30万台',
        1.5,
        7000,
        3950,
        560,
        56.4,
        '厂房钢结构施工',
        '开发区管委会',
      ],
      [
        7,
        '渠塘县竹木制品加工项目',
        '竹木地板及家具生产线',
        0.6,
        4000,
        4120,
        260,
        103,
        '竣工投产',
        '县林业局',
      ],
    ],
  },
  {
    head: ['二', '基础设施项目小计（5个）', '', 5.83, 34200, 31430, 2930, 91.9, '', ''],
    projects: [
      [
        8,
        'S218渠塘至塘溪段改建工程',
        '一级公路18.6公里',
        2.86,
        15000,
        13680,
        1520,
        91.2,
        '路基完成，路面施工',
        '县交通局',
      ],
      [9, '渠塘县城区供水扩建工程', '日供水能力3万吨', 0.78, 5000, 5000, 360, 100, '主体完工', '县住建委'],
      [
        10,
        '渠河防洪堤加固工程',
        '堤防加固12.4公里',
        1.12,
        6000,
        5230,
        640,
        87.2,
        '堤身加固，护坡施工',
        '县水务局',
      ],
      [
        11,
        '渠塘县城污水处理厂配套管网工程',
        '铺设管网26公里',
        0.65,
        4000,
        3320,
        410,
        83,
        '管网铺设',
        '县住建委',
      ],
      [
        12,
        '渠塘110千伏输变电工程',
        '主变容量2×5万千伏安',
        0.42,
        4200,
        4200,
        '—',
        100,
        '已竣工送电',
        '县供电公司',
      ],
    ],
  },
  {
    head: ['三', '社会事业项目小计（4个）', '', 2.51, 13600, 11230, 1270, 82.6, '', ''],
    projects: [
      [
        13,
        '渠塘县人民医院门诊综合楼',
        '建筑面积2.1万平方米',
        0.68,
        3500,
        3160,
        280,
        90.3,
        '主体封顶，内部装修',
        '县卫生局',
      ],
      [
        14,
        '渠塘县第二中学新校区',
        '教学楼、宿舍楼及运动场',
        0.95,
        4500,
        3790,
        450,
        84.2,
        '教学楼主体完工',
        '县教育局',
      ],
      [
        15,
        '县农村中小学校舍维修改造工程',
        '校舍加固改造8.6万平方米',
        0.36,
        3600,
        3420,
        300,
        95,
        '基本完工',
        '县教育局',
      ],
      [
        16,
        '渠塘县文化体育中心',
        '体育馆、图书馆、文化馆',
        0.52,
        2000,
        860,
        240,
        43,
        '基础施工',
        '县文广新局',
      ],
    ],
  },
  {
    head: ['四', '城镇建设项目小计（4个）', '', 4.57, 25400, 22850, 2380, 90, '', ''],
    projects: [
      [
        17,
        '渠塘县城东新区道路网工程',
        '新建道路9.2公里',
        1.35,
        8000,
        7460,
        680,
        93.3,
        '6条道路已通车',
        '县城投公司',
      ],
      [18, '塘溪商贸物流城', '商铺及仓储8.6万平方米', 2.2, 9000, 8120, 920, 90.2, '一期主体完工', '县商务局'],
      [19, '渠塘县保障性住房项目', '廉租住房600套', 0.54, 5400, 4960, 520, 91.9, '主体封顶', '县房管局'],
      [20, '渠河滨河公园', '绿地及游步道', 0.48, 3000, 2310, 260, 77, '绿化施工', '县住建委'],
    ],
  },
];

const total: Line = ['', '合计（20个）', '', 24.32, 124200, 112110, 10900, 90.3, '', ''];

const sheet: Cell[][] = [
  titleRow('渠塘县2010年1—11月重点项目建设进度表', WIDTH),
  noteRow('填报单位：渠塘县发展和改革委员会　　　　　　　　　　　　填报日期：2010年12月6日', WIDTH),
  ...headerRows,
  subtotal(total),
  ...classes.flatMap((c) => [subtotal(c.head), ...c.projects.map(projectRow)]),
  noteRow('注：1.总投资单位为亿元，其余投资单位为万元。', WIDTH),
  noteRow('2.占年计划%为1—11月完成投资与年度计划投资之比，时间进度按91.7%计。', WIDTH),
  noteRow(
    '3.1—11月全县重点项目完成投资占年计划的90.3%，低于时间进度1.4个百分点；已完成年度计划的项目4个。',
    WIDTH,
  ),
  signatureRow('渠塘县发展和改革委员会重点项目办公室', WIDTH, 4),
];

export async function qutangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1—11月进度',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 26 },
        { width: 10 },
        { width: 12 },
        { width: 12 },
        { width: 12 },
        { width: 10 },
        { width: 20 },
        { width: 14 },
      ],
    },
  ]).toBuffer();
}
