// Held-out-419's workbook (.xlsx, session 47, written with write-excel-file): a Hebei-style county 发改局's
// 北岚县2019年重点项目推进情况表（1-4月） (北岚县, invented), one sheet: 序号 | 项目名称 | 建设单位 | 建设性质 | 总投资（亿元） |
// 年度计划投资（亿元） | 1-4月完成投资（亿元） | 完成年计划% | 形象进度 | 存在问题, the 合计 row first, two section rows
// (省重点项目, 市重点项目) carrying their subtotals, a project not yet started (`—`), `无` in 存在问题, a 注 of two lines and
// the signature. Invented place, projects and figures; its answers are tests/accuracy/beilan-2019-m4-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const beilan = { name: 'beilan-2019-m4-projects' };

const COLUMNS = 10;

/** 项目名称, 建设单位, 建设性质, 总投资, 年度计划投资, 1-4月完成投资 (null: not started), 形象进度, 存在问题. */
type Project = readonly [string, string, string, number, number, number | null, string, string];

const provincial: Project[] = [
  [
    '北岚县年产30万吨特种钢管智能化改造项目',
    '河北岚钢管业有限公司',
    '续建',
    15.6,
    5.2,
    1.86,
    '主体厂房钢结构安装完成80%',
    '无',
  ],
  [
    '北岚高新区生物医药产业园一期',
    '北岚高新区管委会',
    '新建',
    12.3,
    3.5,
    0.92,
    '3栋厂房基础施工',
    '环评手续正在办理',
  ],
  ['岚河生态修复综合治理工程', '县水务局', '续建', 8.4, 2.6, 0.97, '河道清淤完成12公里', '无'],
  [
    '北岚县150兆瓦光伏发电项目',
    '冀岚新能源有限公司',
    '新建',
    6.2,
    4.0,
    0.65,
    '完成桩基施工40%',
    '林地手续未批复',
  ],
  ['北岚物流园区冷链仓储中心', '县商务局', '续建', 4.5, 1.5, 0.58, '冷库主体封顶', '无'],
];

const city: Project[] = [
  ['北岚县新型建材产业园', '河北岚固建材有限公司', '新建', 5.8, 2.0, 0.46, '场地平整完成', '无'],
  ['北岚县汽车零部件生产线扩建项目', '岚通汽车配件有限公司', '续建', 3.6, 1.2, 0.52, '设备安装调试', '无'],
  ['北岚县食品产业园二期', '县农业农村局', '续建', 3.2, 1.1, 0.41, '2号车间主体施工', '无'],
  ['北岚县中医院门诊综合楼', '县卫生健康局', '续建', 2.8, 1.0, 0.36, '主体施工至六层', '无'],
  ['北岚县第三中学新建工程', '县教育局', '新建', 1.9, 0.8, 0.12, '基础开挖', '建设资金缺口较大'],
  ['北岚县城区集中供热管网改造工程', '县住建局', '续建', 1.6, 0.9, 0.21, '完成管网铺设4.2公里', '无'],
  ['北岚县老旧小区改造项目', '县住建局', '新建', 1.2, 0.6, 0.08, '完成设计招标', '无'],
  ['岚西线公路改建工程', '县交通运输局', '续建', 2.4, 1.0, 0.33, '路基完成60%', '无'],
  ['北岚县污水处理厂提标改造工程', '县水务局', '续建', 0.85, 0.5, 0.19, '设备采购完成', '无'],
  ['北岚县电商产业孵化园', '县商务局', '新建', 1.5, 0.7, null, '完成前期手续办理', '土地组卷尚未报批'],
  ['北岚县农产品批发市场', '岚丰商贸有限公司', '新建', 2.2, 0.8, 0.15, '场地平整', '无'],
  ['北岚县10万头生猪养殖基地', '岚牧农业开发有限公司', '续建', 1.8, 0.9, 0.42, '4栋猪舍建成', '无'],
  ['北岚县全域旅游集散中心', '县文化广电和旅游局', '新建', 1.3, 0.5, 0.06, '规划设计', '规划调整审批周期长'],
  ['北岚县110千伏输变电工程', '国网北岚县供电公司', '续建', 0.96, 0.6, 0.27, '铁塔组立完成', '无'],
  ['北岚县精密铸造项目', '北岚鑫达铸造有限公司', '新建', 2.6, 1.0, 0.18, '厂房基础施工', '环保审批未完成'],
  ['北岚县城乡供水一体化工程', '县水务局', '续建', 1.1, 0.6, 0.24, '铺设管网18公里', '无'],
  ['北岚县殡仪馆迁建项目', '县民政局', '新建', 0.75, 0.4, 0.05, '土地征收', '群众工作难度较大'],
];

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;
const money = (value: number): Cell => ({ value: round(value, 2), format: '0.00' });
const percent = (done: number, year: number): Cell => ({
  value: round((done / year) * 100, 1),
  format: '0.0',
});

const sums = (list: Project[]) => ({
  planned: list.reduce((s, p) => s + p[3], 0),
  year: list.reduce((s, p) => s + p[4], 0),
  done: list.reduce((s, p) => s + (p[5] ?? 0), 0),
});

/** A 合计 or section row: its label across the first four columns, then its sums. */
const totalRow = (label: string, list: Project[], bold: boolean): Cell[] => {
  const { planned, year, done } = sums(list);
  return [
    { value: label, columnSpan: 4, fontWeight: bold ? 'bold' : undefined },
    null,
    null,
    null,
    money(planned),
    money(year),
    money(done),
    percent(done, year),
    null,
    null,
  ];
};

let n = 0;
const row = ([name, unit, kind, planned, year, done, stage, problem]: Project): Cell[] => [
  { value: ++n, format: '0', align: 'center' },
  { value: name, wrap: true },
  { value: unit, wrap: true },
  { value: kind, align: 'center' },
  money(planned),
  money(year),
  done === null ? { value: '—', align: 'center' } : money(done),
  done === null ? { value: '—', align: 'center' } : percent(done, year),
  { value: stage, wrap: true },
  { value: problem, wrap: true },
];

const sheet: SheetData = [
  titleRow('北岚县2019年重点项目推进情况表（1-4月）', COLUMNS),
  [
    { value: '填报单位：北岚县发展和改革局', columnSpan: 5 },
    null,
    null,
    null,
    null,
    { value: '截至2019年4月30日', columnSpan: 5, align: 'right' },
    null,
    null,
    null,
    null,
  ],
  [
    '序号',
    '项目名称',
    '建设单位',
    '建设性质',
    '总投资（亿元）',
    '年度计划投资（亿元）',
    '1-4月完成投资（亿元）',
    '完成年计划%',
    '形象进度',
    '存在问题',
  ].map((h) => headerCell(h)),
  totalRow('合计（22项）', [...provincial, ...city], true),
  totalRow('一、省重点项目（5项）', provincial, true),
  ...provincial.map(row),
  totalRow('二、市重点项目（17项）', city, true),
  ...city.map(row),
  noteRow('注：1.完成年计划%为1-4月完成投资占年度计划投资的比重，时序进度按33.3%计。', COLUMNS),
  noteRow('2.北岚县电商产业孵化园尚未开工，“—”表示无完成投资。', COLUMNS),
  signatureRow('北岚县发展和改革局　2019年5月8日', COLUMNS, 4),
];

export async function beilanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1-4月',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 20 },
        { width: 8 },
        { width: 11 },
        { width: 12 },
        { width: 12 },
        { width: 10 },
        { width: 24 },
        { width: 18 },
      ],
    },
  ]).toBuffer();
}
