// The thirty-seventh held-out batch's key-project notice: a Fujian county development and reform bureau's
// schedule of its provincial and city key projects for 1-10月 2023 (贝塘县 under 泓州市) as the bureau attaches
// it (.xlsx, written with write-excel-file). Unlike heshao.ts its amounts are in 亿元 with two decimals, a
// 责任单位 column sits between the name and the figures, 完成率 is typed as text with its % sign, a 备注 column
// says 超序时/滞后, the 合计 row comes last and the notice's lead paragraph is a merged row above the table.
// Invented place, projects and figures; the answers are tests/accuracy/beitang-2023-m10-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const beitang = { name: 'beitang-2023-m10-projects' };

const COLUMNS = 9;

/** 项目名称, 责任单位, 总投资, 年度计划投资, 1-10月完成投资, 完成率 (text), 形象进度, 备注. */
type Project = readonly [string, string, number, number, number, string, string, string];

const projects: Project[] = [
  [
    '贝塘港区罗屿作业区5号泊位工程',
    '县港口发展中心',
    12.6,
    3.2,
    2.87,
    '89.7%',
    '沉箱安放完成，正在浇筑胸墙',
    '超序时',
  ],
  ['贝塘县城东片区棚户区改造项目', '县住建局', 8.45, 2.5, 2.16, '86.4%', '安置房主体结构封顶', '超序时'],
  ['泓贝高速公路贝塘连接线', '县交通运输局', 6.8, 1.8, 1.12, '62.2%', '路基完成七成，桥梁桩基施工中', '滞后'],
  [
    '贝塘经济开发区新材料产业园一期',
    '开发区管委会',
    15.3,
    4.0,
    3.46,
    '86.5%',
    '3幢厂房已交付，2幢装修中',
    '超序时',
  ],
  ['县医院门急诊综合楼', '县卫健局', 3.9, 1.2, 0.84, '70.0%', '主体施工至第九层', '滞后'],
  [
    '贝塘溪流域水环境综合治理工程',
    '县水利局',
    5.2,
    1.6,
    1.41,
    '88.1%',
    '清淤工程基本完成，护岸砌筑中',
    '超序时',
  ],
  ['贝塘县第二实验小学', '县教育局', 1.85, 0.9, 0.9, '100.0%', '已竣工，9月投入使用', '已完成'],
  ['贝塘冷链物流中心', '县商务局', 2.6, 0.8, 0.34, '42.5%', '完成土地摘牌，正在进行场地平整', '滞后'],
];

/** 总投资, 年度计划投资, 1-10月完成投资 and 完成率 of the 合计 row. */
const total = { planned: 56.7, year: 16.0, done: 13.1, rate: '81.9%' };

const money = (value: number): Cell => ({ value, format: '0.00' });

const row = ([name, unit, planned, year, done, rate, stage, remark]: Project, n: number): Cell[] => [
  { value: n + 1, format: '0', align: 'center' },
  { value: name, wrap: true },
  { value: unit },
  money(planned),
  money(year),
  money(done),
  { value: rate, align: 'right' },
  { value: stage, wrap: true },
  { value: remark, align: 'center' },
];

const lead =
  '截至10月底，全县8个省市重点项目完成投资13.10亿元，占年度计划投资16亿元的81.9%，低于序时进度1.4个百分点；其中5个项目超序时，3个项目滞后。滞后项目责任单位要认真分析原因，倒排工期，确保12月底前完成年度计划。';

const sheet: SheetData = [
  titleRow('贝塘县2023年省市重点项目1-10月进展情况通报', COLUMNS),
  [
    { value: lead, columnSpan: COLUMNS, wrap: true, height: 48 },
    ...Array.from({ length: COLUMNS - 1 }, () => null),
  ],
  [...Array.from({ length: COLUMNS - 1 }, () => null), { value: '单位：亿元', align: 'right' }],
  [
    '序号',
    '项目名称',
    '责任单位',
    '总投资',
    '年度计划投资',
    '1-10月完成投资',
    '完成率',
    '形象进度',
    '备注',
  ].map((h) => headerCell(h)),
  ...projects.map(row),
  [
    { value: '合计', fontWeight: 'bold', columnSpan: 3, align: 'center' },
    null,
    null,
    money(total.planned),
    money(total.year),
    money(total.done),
    { value: total.rate, align: 'right' },
    null,
    null,
  ],
  noteRow('注：完成率为1-10月完成投资占年度计划投资的比例；序时进度按83.3%计。', COLUMNS),
  signatureRow('贝塘县发展和改革局　2023年11月8日', COLUMNS, 3),
];

export async function beitangXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '1-10月',
      columns: [
        { width: 6 },
        { width: 32 },
        { width: 14 },
        { width: 10 },
        { width: 12 },
        { width: 14 },
        { width: 9 },
        { width: 30 },
        { width: 8 },
      ],
    },
  ]).toBuffer();
}
