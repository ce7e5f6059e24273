// Held-out-440's workbook (.xlsx, session 48, written with write-excel-file): a Hubei-style county-level city
// 发展和改革局's 2024年上半年重点项目推进情况表 (堰渚市, invented), one sheet: the merged title, the header 序号 | 项目名称 |
// 总投资（万元） | 年度计划投资（万元） | 1—6月完成投资（万元） | 完成率（%） | 形象进度 | 责任单位 | 备注, a 合计 row, the
// classes 一、产业项目, 二、基础设施项目 and 三、社会民生项目 as subtotal rows, twenty projects (figures inside the 形象进度
// cells, 开工/竣工 dates in 备注), a 说明 row with the programme's amounts and its gap to the schedule, a 注 row with
// 序时进度按50%计, and the bureau's signature. Invented place, projects and figures; the answers are
// tests/accuracy/yanzhu-2024-h1-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const yanzhu = { name: 'yanzhu-2024-h1-projects' };

const COLUMNS = 9;

/** 项目名称, 总投资, 年度计划投资, 1—6月完成投资 (万元), 形象进度, 责任单位, 备注. */
type Project = readonly [string, number, number, number, string, string, string];

const industry: Project[] = [
  [
    '堰渚市新能源汽车零部件产业园项目',
    280000,
    60000,
    33600,
    '一期3栋厂房主体完工，设备进场安装',
    '堰渚经济开发区管委会',
    '2023年3月开工，计划2025年12月竣工',
  ],
  [
    '堰渚市磷化工精细化工技改项目',
    156000,
    42000,
    22260,
    '主装置设备安装完成70%',
    '市经信局',
    '2023年8月开工，计划2024年12月竣工',
  ],
  [
    '堰渚市农产品冷链物流加工园',
    68000,
    18000,
    9900,
    '冷库主体封顶',
    '市农业农村局',
    '2024年2月开工，计划2025年6月竣工',
  ],
  [
    '堰渚市电子信息产业园二期',
    95000,
    25000,
    11250,
    '厂房桩基施工',
    '堰渚经济开发区管委会',
    '2024年3月开工，计划2025年10月竣工',
  ],
  [
    '堰渚市渔光互补光伏发电项目',
    48000,
    30000,
    17400,
    '光伏组件安装完成60%',
    '市发改局',
    '2024年1月开工，计划2024年9月竣工',
  ],
  [
    '堰渚市高端纺织服装产业园',
    52000,
    15000,
    6300,
    '2号厂房钢结构吊装',
    '市经信局',
    '2023年11月开工，计划2025年3月竣工',
  ],
  [
    '堰渚市生物医药中间体项目',
    36000,
    12000,
    7560,
    '已竣工试生产',
    '市经信局',
    '2023年5月开工，2024年6月竣工',
  ],
  [
    '堰渚市文旅康养综合体',
    120000,
    20000,
    8000,
    '酒店主体施工至8层',
    '市文旅局',
    '2024年4月开工，计划2026年12月竣工',
  ],
];

const infrastructure: Project[] = [
  [
    '堰渚市沿江一级公路改扩建工程',
    186000,
    45000,
    20700,
    '路基完成55%，桥梁下部结构施工',
    '市交通运输局',
    '2023年6月开工，计划2025年12月竣工',
  ],
  [
    '堰渚市城区雨污分流改造工程',
    64000,
    22000,
    12100,
    '完成管网铺设38公里',
    '市住建局',
    '2023年9月开工，计划2024年12月竣工',
  ],
  [
    '堰渚市城乡供水一体化工程',
    58000,
    16000,
    9280,
    '第二水厂主体完工',
    '市水利和湖泊局',
    '2023年4月开工，计划2024年10月竣工',
  ],
  [
    '堰渚港综合码头二期工程',
    72000,
    18000,
    7020,
    '码头桩基施工',
    '市交通运输局',
    '2024年3月开工，计划2026年6月竣工',
  ],
  [
    '堰渚市老旧小区改造工程',
    26000,
    14000,
    7840,
    '完工改造小区21个',
    '市住建局',
    '2024年3月开工，计划2024年11月竣工',
  ],
  [
    '堰渚市城东片区路网工程',
    42000,
    15000,
    8250,
    '3条道路路基成型',
    '市城投公司',
    '2023年10月开工，计划2025年5月竣工',
  ],
];

const livelihood: Project[] = [
  [
    '堰渚市人民医院新院区',
    98000,
    24000,
    13680,
    '门诊楼主体封顶，进入装饰装修',
    '市卫健局',
    '2022年10月开工，计划2025年6月竣工',
  ],
  [
    '堰渚市第三高级中学',
    45000,
    16000,
    8960,
    '教学楼主体完工',
    '市教育局',
    '2023年7月开工，计划2024年8月竣工',
  ],
  [
    '堰渚市中医医院康复综合楼',
    18000,
    8000,
    3600,
    '主体施工至5层',
    '市卫健局',
    '2024年1月开工，计划2025年3月竣工',
  ],
  [
    '堰渚市保障性租赁住房项目',
    32000,
    12000,
    5280,
    '2栋住宅主体施工',
    '市住建局',
    '2023年12月开工，计划2025年8月竣工',
  ],
  [
    '堰渚市养老服务中心',
    15000,
    6000,
    3540,
    '主体完工，室外配套施工',
    '市民政局',
    '2023年9月开工，计划2024年10月竣工',
  ],
  [
    '堰渚市全民健身中心',
    21000,
    8000,
    2400,
    '场地平整，基础施工',
    '市文旅局',
    '2024年4月开工，计划2025年10月竣工',
  ],
];

const amount = (value: number): Cell => ({ value, format: '0' });
const rate = (done: number, plan: number): Cell => ({
  value: Math.round((done / plan) * 1000) / 10,
  format: '0.0',
});

/** 总投资, 年度计划, 完成 summed over a class's projects. */
const sums = (ps: readonly Project[]): [number, number, number] => [
  ps.reduce((s, p) => s + p[1], 0),
  ps.reduce((s, p) => s + p[2], 0),
  ps.reduce((s, p) => s + p[3], 0),
];

/** A sum row: its bold label over 序号 and 项目名称, the three amounts and the rate, the text columns empty. */
const sumRow = (label: string, [total, plan, done]: [number, number, number]): Cell[] => [
  { value: label, fontWeight: 'bold', columnSpan: 2 },
  null,
  amount(total),
  amount(plan),
  amount(done),
  rate(done, plan),
  null,
  null,
  null,
];

const rows = (ps: readonly Project[], from: number): Cell[][] =>
  ps.map(([name, total, plan, done, stage, owner, remark], i) => [
    { value: from + i, format: '0', align: 'center' },
    { value: name, wrap: true },
    amount(total),
    amount(plan),
    amount(done),
    rate(done, plan),
    { value: stage, wrap: true },
    { value: owner, wrap: true },
    { value: remark, wrap: true },
  ]);

const all = [...industry, ...infrastructure, ...livelihood];
const [total, plan, done] = sums(all);
const billions = (wan: number, places: number) => (wan / 10000).toFixed(places);
const share = ((done / plan) * 100).toFixed(1);

const data: Cell[][] = [
  titleRow('堰渚市2024年上半年重点项目推进情况表', COLUMNS),
  [
    '序号',
    '项目名称',
    '总投资（万元）',
    '年度计划投资（万元）',
    '1—6月完成投资（万元）',
    '完成率（%）',
    '形象进度',
    '责任单位',
    '备注',
  ].map((h) => headerCell(h)),
  sumRow('合计', [total, plan, done]),
  sumRow('一、产业项目（8个）', sums(industry)),
  ...rows(industry, 1),
  sumRow('二、基础设施项目（6个）', sums(infrastructure)),
  ...rows(infrastructure, 9),
  sumRow('三、社会民生项目（6个）', sums(livelihood)),
  ...rows(livelihood, 15),
  noteRow(
    `说明：2024年全市共安排重点项目20个，总投资${billions(total, 1)}亿元，年度计划投资${billions(plan, 1)}亿元。1—6月累计完成投资${billions(done, 2)}亿元，完成年度计划的${share}%，超序时进度${(Number(share) - 50).toFixed(1)}个百分点；已开工项目20个，开工率100%，竣工投产项目1个。`,
    COLUMNS,
  ),
  noteRow(
    '注：序时进度按50%计；完成率为1—6月完成投资占年度计划投资的比例；备注栏所列开工、竣工时间为实际或计划时间。',
    COLUMNS,
  ),
  signatureRow('堰渚市发展和改革局　2024年7月8日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 30 },
  { width: 12 },
  { width: 14 },
  { width: 14 },
  { width: 10 },
  { width: 26 },
  { width: 16 },
  { width: 26 },
];

export async function yanzhuXlsx(): Promise<Buffer> {
  return writeXlsxFile(data, { sheet: '重点项目推进情况', columns }).toBuffer();
}
