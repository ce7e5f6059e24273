// The two-hundred-and-thirtieth held-out batch's workbook (.xlsx, session 36): a Heilongjiang-style county 发展和改革局's
// 2022年重点项目计划表 with the works done by the end of September (浠蔸县 under 绥峁市), written with write-excel-file, one
// sheet: the merged title, the unit line, 序号 | 项目名称 | 建设性质 | 建设内容 | 总投资 | 年度计划投资 | 1—9月完成 |
// 开复工情况 | 责任单位 (建设性质 新开工 or 续建, no 完成率 column), a 合计 row, the classes 一、产业项目, 二、基础设施项目 and
// 三、民生项目 as subtotal rows, ten projects with figures inside names and content cells, one not started ('—' in 1—9月完成),
// a 说明 row with the programme's counts, amounts, 开复工率 and 低于序时进度, a 注 row with 序时进度按75%计, and the bureau's
// signature. Invented place, projects and figures; the answers are tests/accuracy/xidou-2022-q3-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { unitRow } from './project-schedule.js';
import { blanks, headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const xidou = { name: 'xidou-2022-q3-projects' };

const COLUMNS = 9;

/** 总投资, 年度计划投资 and 1—9月完成 in 万元; null: not started ('—'). */
type Amounts = readonly [number, number, number | null];

/** 项目名称, 建设性质, 建设内容, the amounts, 开复工情况, 责任单位. */
type Project = readonly [string, '新开工' | '续建', string, Amounts, string, string];

const industry: Project[] = [
  [
    '浠蔸县年产20万吨大豆精深加工项目',
    '新开工',
    '新建生产车间、原料仓储及配套设施，年加工大豆20万吨',
    [68000, 25000, 18600],
    '已开工，主体施工',
    '县工信局',
  ],
  [
    '浠蔸县50兆瓦光伏发电项目',
    '新开工',
    '建设光伏组件、逆变器及35千伏升压站',
    [24500, 24500, 16300],
    '已开工，组件安装中',
    '县发改局',
  ],
  [
    '浠蔸经济开发区食品产业园标准化厂房（二期）',
    '续建',
    '建设标准化厂房6栋，建筑面积4.8万平方米',
    [18200, 9000, 7350],
    '已复工，3栋主体完工',
    '浠蔸经济开发区管委会',
  ],
  [
    '浠蔸县肉牛屠宰及冷链物流项目',
    '新开工',
    '年屠宰肉牛5万头，建设冷库1万吨',
    [32000, 12000, null],
    '未开工，正在办理用地手续',
    '县畜牧兽医局',
  ],
];

const infrastructure: Project[] = [
  [
    '浠蔸至绥峁一级公路改扩建工程',
    '续建',
    '全长28.6公里，按一级公路标准改扩建',
    [86000, 30000, 24100],
    '已复工，路基完成80%',
    '县交通运输局',
  ],
  [
    '浠蔸县城区老旧供热管网改造工程',
    '新开工',
    '改造供热一、二级管网36公里，换热站12座',
    [9600, 9600, 8850],
    '已开工，完成管网铺设32公里',
    '县住建局',
  ],
  [
    '浠蔸县城乡供水一体化工程',
    '续建',
    '新建水厂1座，日供水2万吨，铺设管网146公里',
    [15400, 6000, 4620],
    '已复工，水厂设备安装中',
    '县水务局',
  ],
];

const livelihood: Project[] = [
  [
    '浠蔸县人民医院传染病区建设项目',
    '新开工',
    '建设传染病区楼1.2万平方米，床位120张',
    [11800, 8000, 6240],
    '已开工，主体封顶',
    '县卫生健康局',
  ],
  [
    '浠蔸县第一中学新校区',
    '续建',
    '建设教学楼、宿舍楼、食堂等5.6万平方米',
    [26500, 10000, 8700],
    '已复工，进入室内装修',
    '县教育局',
  ],
  [
    '浠蔸县2022年老旧小区改造项目',
    '新开工',
    '改造老旧小区23个，涉及居民2860户',
    [7800, 7800, 6900],
    '已开工，完成改造19个',
    '县住建局',
  ],
];

const amount = (value: number | null): Cell =>
  value === null ? { value: '—', align: 'center' } : { value, format: '0' };

/** A class or total row: its bold label across 序号 to 建设内容, the three sums, two empty cells. */
const sumLine = (label: string, [total, year, done]: Amounts): Cell[] => [
  { value: label, fontWeight: 'bold', columnSpan: 4 },
  ...blanks(3),
  amount(total),
  amount(year),
  amount(done),
  null,
  null,
];

const projectLine = (n: number, [name, nature, content, amounts, stage, unit]: Project): Cell[] => [
  { value: n, format: '0', align: 'center' },
  { value: name, wrap: true },
  { value: nature, align: 'center' },
  { value: content, wrap: true },
  ...amounts.map(amount),
  { value: stage, wrap: true },
  { value: unit, wrap: true },
];

const lines = (projects: Project[], from: number): Cell[][] =>
  projects.map((p, i) => projectLine(from + i, p));

const data: SheetData = [
  titleRow('浠蔸县2022年重点项目计划表', COLUMNS),
  unitRow('单位：万元', COLUMNS),
  [
    '序号',
    '项目名称',
    '建设性质',
    '建设内容',
    '总投资',
    '年度计划投资',
    '1—9月完成',
    '开复工情况',
    '责任单位',
  ].map((h) => headerCell(h)),
  sumLine('合计（10个）', [299800, 141900, 101660]),
  sumLine('一、产业项目（4个）', [142700, 70500, 42250]),
  ...lines(industry, 1),
  sumLine('二、基础设施项目（3个）', [111000, 45600, 37570]),
  ...lines(infrastructure, 5),
  sumLine('三、民生项目（3个）', [46100, 25800, 21840]),
  ...lines(livelihood, 8),
  noteRow(
    '说明：2022年全县计划实施重点项目10个，其中新开工6个、续建4个，总投资29.98亿元，年度计划投资14.19亿元。截至9月末，已开复工9个，开复工率90%；1—9月完成投资10.17亿元，占年度计划的71.6%，低于序时进度3.4个百分点。',
    COLUMNS,
  ),
  noteRow('注：序时进度按75%计；“—”表示项目未开工，尚未完成投资。', COLUMNS),
  signatureRow('浠蔸县发展和改革局　2022年10月12日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 30 },
  { width: 10 },
  { width: 32 },
  { width: 11 },
  { width: 13 },
  { width: 12 },
  { width: 24 },
  { width: 18 },
];

export async function xidouXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '重点项目计划表', columns }).toBuffer();
}
