// Held-out-268's workbook (.xlsx, session 38, written with write-excel-file through sheets.ts): a Henan-style county
// 政府办's table of the year's 政府工作报告重点工作任务 and how far each had got after 前三季度 (淇砚县 under 洹川市), two
// sheets: 完成情况 (a merged title, the 填报单位 line, 序号 | 工作任务 | 责任单位 | 完成情况 | 进度（%）, group rows by field
// merged across the sheet, each task's goal figure in its 工作任务 cell and the figure reached in a sentence of its
// 完成情况 cell, '—' where a growth task has no 进度, a 注 of three lines and the office's signature) and 说明 (a short
// paragraph counting the tasks). Invented place and figures; its answers are
// tests/accuracy/qiyan-2026-q3-tasks.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const qiyan = { name: 'qiyan-2026-q3-tasks' };

const WIDTH = 5;
const row = dataRowWith('0.0');
const group = (text: string) => [
  { value: text, fontWeight: 'bold' as const, columnSpan: WIDTH },
  null,
  null,
  null,
  null,
];

const goals: Line[] = [
  [
    1,
    '地区生产总值增长6%左右',
    '县发展改革委、县统计局',
    '前三季度地区生产总值完成186.45亿元，同比增长5.4%，低于年度目标0.6个百分点，居洹川市8个县（市、区）第4位，较上半年前移1位。',
    '—',
  ],
  [
    2,
    '规模以上工业增加值增长8%',
    '县工业和信息化局',
    '规模以上工业增加值同比增长8.7%，高于年度目标0.7个百分点，居全市第2位。',
    '—',
  ],
  [
    3,
    '固定资产投资增长10%',
    '县发展改革委',
    '固定资产投资同比增长6.2%，低于年度目标3.8个百分点，居全市第6位，较上半年后移2位。',
    '—',
  ],
  [
    4,
    '社会消费品零售总额达到98亿元、增长6.5%',
    '县商务局',
    '社会消费品零售总额完成70.58亿元，同比增长5.9%，完成年度目标的72.0%，低于序时进度3.0个百分点。',
    72.0,
  ],
  [
    5,
    '一般公共预算收入完成12.6亿元、增长5%',
    '县财政局、县税务局',
    '一般公共预算收入完成9.83亿元，同比增长6.8%，完成年度预算的78.0%，超序时进度3.0个百分点；其中税收收入6.74亿元，增长-2.3%，税收占比68.6%。',
    78.0,
  ],
  [
    6,
    '城乡居民人均可支配收入分别增长6%、7.5%',
    '县统计局',
    '城镇居民人均可支配收入28436元，增长4.9%；农村居民人均可支配收入14862元，增长7.1%。',
    '—',
  ],
  [
    7,
    '城镇新增就业6500人以上，城镇登记失业率控制在3.5%以内',
    '县人力资源和社会保障局',
    '城镇新增就业5342人，完成年度目标的82.2%；城镇登记失业率3.1%。',
    82.2,
  ],
];

const projects: Line[] = [
  [
    8,
    '实施省市重点项目42个，年度计划投资126亿元',
    '县发展改革委',
    '42个省市重点项目完成投资103.32亿元，完成年度计划的82.0%；新开工项目31个。',
    82.0,
  ],
  [
    9,
    '推进淇砚智能装备产业园项目建设，项目总投资35亿元，年内完成投资12亿元',
    '县工业和信息化局、县产业集聚区管委会',
    '一期8栋标准化厂房主体完工，累计完成投资21.6亿元，年内完成投资9.4亿元。',
    78.3,
  ],
  [
    10,
    '开工建设淇砚县人民医院新院区，总投资8.6亿元',
    '县卫生健康委',
    '已完成桩基工程，累计完成投资2.35亿元。',
    '—',
  ],
  [
    11,
    '建成S228淇砚段改建工程',
    '县交通运输局',
    '路基工程完成85%，受征迁影响进度滞后，预计12月底通车。',
    '—',
  ],
];

const villages: Line[] = [
  [12, '粮食总产量稳定在52万吨以上', '县农业农村局', '夏粮总产28.6万吨，同比增长1.2%；秋粮正在收获。', '—'],
  [13, '新建高标准农田5万亩', '县农业农村局', '已完成4.2万亩，完成年度任务的84.0%。', 84.0],
];

const livelihoods: Line[] = [
  [14, '新建、改扩建中小学和幼儿园6所', '县教育局', '建成4所，2所正在主体施工。', 66.7],
  [15, '办好十件民生实事', '县政府办', '已完成7件，其余3件年底前完成。', 70.0],
];

const opening: Line[] = [
  [
    16,
    '外贸进出口总额增长8%',
    '县商务局',
    '外贸进出口总额完成21.46亿元，同比下降3.2%，低于年度目标11.2个百分点。',
    '—',
  ],
  [
    17,
    '招商引资实际到位资金150亿元以上',
    '县投资促进中心',
    '实际到位资金118.5亿元，完成年度目标的79.0%。',
    79.0,
  ],
  [18, '新增市场主体6000户', '县市场监督管理局', '新增市场主体4380户，完成年度目标的73.0%。', 73.0],
];

const SIGNATURE = '淇砚县人民政府办公室　2026年10月20日';

const sheet: SheetData = [
  titleRow('淇砚县2026年《政府工作报告》重点工作任务前三季度完成情况表', WIDTH),
  noteRow('填报单位：淇砚县人民政府办公室　　　　截至时间：2026年9月30日', WIDTH),
  ['序号', '工作任务', '责任单位', '完成情况', '进度（%）'].map((h) => headerCell(h)),
  group('一、主要预期目标（7项）'),
  ...goals.map(row),
  group('二、项目建设（4项）'),
  ...projects.map(row),
  group('三、乡村振兴（2项）'),
  ...villages.map(row),
  group('四、民生保障（2项）'),
  ...livelihoods.map(row),
  group('五、改革开放（3项）'),
  ...opening.map(row),
  noteRow('注：1.进度栏为完成量占年度目标的比重，序时进度按75%计；增速类任务不填进度，以“—”表示。', WIDTH),
  noteRow('2.排名为在洹川市8个县（市、区）中的位次。', WIDTH),
  noteRow('3.地区生产总值为前三季度初步核算数，其余为1—9月数据。', WIDTH),
  signatureRow(SIGNATURE, WIDTH, 2),
];

const notesSheet: SheetData = [
  [{ value: '说明', fontWeight: 'bold' }],
  [
    {
      value:
        '2026年县《政府工作报告》确定重点工作任务58项。截至9月底，已完成9项，序时推进41项，滞后序时8项，滞后任务主要集中在投资和项目建设领域。本表列出其中18项，其余40项另行通报。',
    },
  ],
];

export async function qiyanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet,
      sheet: '完成情况',
      columns: [{ width: 6 }, { width: 40 }, { width: 22 }, { width: 70 }, { width: 10 }],
    },
    { data: notesSheet, sheet: '说明', columns: [{ width: 100 }] },
  ]).toBuffer();
}
