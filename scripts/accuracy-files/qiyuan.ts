// The fifty-sixth held-out batch's workbook: a Shaanxi county's 上半年 key-project progress 通报 as an .xlsx
// attachment (岐沅县 under 秦陇市, 2023; write-excel-file): the notice's title and its document number
// 岐重点办发〔2023〕9号 on rows of their own, 单位：万元 beside the table's title, a header of two rows (序号, 项目名称,
// 建设规模及内容, 建设起止年限, 总投资, 项目进展, 包抓县级领导 and 责任单位 merged down; 2023年度 over 计划投资 /
// 1—6月完成投资 / 占年计划（%）), a 合计 row first, 一、/二、/三、 group rows carrying their counts and their subtotals
// (a class's amounts: no project), one project a row with 建设起止年限 as 2022—2024, 进展 words (已竣工，进入调试;
// 未开工（土地组卷报批中） with — cells), a five-point 说明 with the programme in 亿元 (占年度计划的50.2%, 双过半, the
// classes' shares, 低于时序进度, 开工率, 复工率, a class 低于30%的项目) and the centre's signature. Numbers inside names
// and cells (300兆瓦, G344, 5万吨, （一期）, （2023年度）, 110千伏, 18.6公里). Invented place and figures; the answers
// are tests/accuracy/qiyuan-2023-h1-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { blanks, dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const qiyuan = { name: 'qiyuan-2023-h1-projects' };

const WIDTH = 11;
const row = dataRowWith('0.0');
const group = (text: string, total: number, plan: number, done: number, share: number): Cell[] => [
  { value: text, fontWeight: 'bold', columnSpan: 4 },
  ...blanks(3),
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: done, format: '0', fontWeight: 'bold' },
  { value: share, format: '0.0', fontWeight: 'bold' },
  ...blanks(3),
];

const province: Line[] = [
  [
    1,
    '岐沅县300兆瓦光伏发电项目',
    '建设300兆瓦光伏电站及110千伏升压站一座',
    '2022—2024',
    138000,
    60000,
    34800,
    58,
    '组件安装完成60%，升压站主体完工',
    '王志刚',
    '县发改局',
  ],
  [
    2,
    '秦陇岐沅现代农业产业园（一期）',
    '新建智能温室12万平方米及分拣冷链中心',
    '2022—2023',
    46000,
    22000,
    12600,
    57.3,
    '6栋温室建成投用',
    '刘海鹏',
    '县农业农村局',
  ],
  [
    3,
    '国道G344岐沅过境段改建工程',
    '按一级公路标准改建18.6公里',
    '2021—2024',
    89000,
    25000,
    11500,
    46,
    '路基完成75%，桥涵施工',
    '赵永强',
    '县交通运输局',
  ],
];

const city: Line[] = [
  [
    4,
    '岐沅县年产5万吨苹果浓缩果汁加工项目',
    '新建浓缩果汁生产线2条及配套库房',
    '2023—2024',
    32000,
    15000,
    8700,
    58,
    '新开工，厂房基础施工',
    '刘海鹏',
    '县工信局',
  ],
  [
    5,
    '岐沅县人民医院医技综合楼',
    '建筑面积3.2万平方米',
    '2022—2024',
    26500,
    10000,
    5900,
    59,
    '主体施工至8层',
    '孙丽华',
    '县卫健局',
  ],
  [
    6,
    '岐沅县城区集中供热扩容改造工程',
    '新建换热站14座，改造供热管网26公里',
    '2023',
    8600,
    8600,
    2100,
    24.4,
    '管网开挖铺设',
    '赵永强',
    '县住建局',
  ],
  [
    7,
    '岐沅县文旅康养小镇',
    '建设康养中心、民宿集群及配套设施',
    '2023—2026',
    120000,
    15000,
    '—',
    '—',
    '未开工（土地组卷报批中）',
    '王志刚',
    '县文旅局',
  ],
];

const county: Line[] = [
  [
    8,
    '岐沅县第三初级中学',
    '新建教学楼、宿舍楼，规模36个班',
    '2022—2023',
    9800,
    6000,
    4400,
    73.3,
    '主体完工，内部装修',
    '孙丽华',
    '县教育局',
  ],
  [
    9,
    '岐沅县农村供水保障工程（2023年度）',
    '新建改造供水管网120公里',
    '2023',
    4200,
    4200,
    2680,
    63.8,
    '完成管网铺设85公里',
    '陈建国',
    '县水利局',
  ],
  [
    10,
    '岐沅县物流配送中心',
    '建设仓储、分拣及配送用房4.5万平方米',
    '2023—2024',
    15000,
    6000,
    3300,
    55,
    '仓储主体施工',
    '刘海鹏',
    '县商务局',
  ],
  [
    11,
    '岐沅县污水处理厂提标改造工程',
    '出水标准由一级B提升至一级A',
    '2022—2023',
    5600,
    3500,
    3500,
    100,
    '已竣工，进入调试',
    '陈建国',
    '县住建局',
  ],
  [
    12,
    '岐沅河城区段综合治理工程',
    '治理河道6.8公里，新建堤防及滨河步道',
    '2023—2025',
    18000,
    5000,
    1100,
    22,
    '新开工，清淤施工',
    '陈建国',
    '县水利局',
  ],
];

const sheet: Cell[][] = [
  titleRow('岐沅县重点项目建设工作领导小组办公室文件', WIDTH),
  noteRow('岐重点办发〔2023〕9号', WIDTH),
  titleRow('关于2023年上半年全县重点项目建设进展情况的通报', WIDTH),
  noteRow('各镇人民政府，县级有关部门：现将2023年上半年全县重点项目建设进展情况通报如下。', WIDTH),
  [
    { value: '岐沅县2023年上半年重点项目建设进展情况表', fontWeight: 'bold', columnSpan: 9 },
    ...blanks(8),
    { value: '单位：万元', columnSpan: 2 },
    null,
  ],
  [
    headerCell('序号', { rowSpan: 2 }),
    headerCell('项目名称', { rowSpan: 2 }),
    headerCell('建设规模及内容', { rowSpan: 2 }),
    headerCell('建设起止年限', { rowSpan: 2 }),
    headerCell('总投资', { rowSpan: 2 }),
    headerCell('2023年度', { columnSpan: 3 }),
    ...blanks(2),
    headerCell('项目进展', { rowSpan: 2 }),
    headerCell('包抓县级领导', { rowSpan: 2 }),
    headerCell('责任单位', { rowSpan: 2 }),
  ],
  [
    ...blanks(5),
    headerCell('计划投资'),
    headerCell('1—6月完成投资'),
    headerCell('占年计划（%）'),
    ...blanks(3),
  ],
  row(['', '合计（12个）', '', '', 512700, 180300, 90580, 50.2, '', '', '']),
  group('一、省级重点项目（3个）', 273000, 107000, 58900, 55),
  ...province.map(row),
  group('二、市级重点项目（4个）', 187100, 48600, 16700, 34.4),
  ...city.map(row),
  group('三、县级重点项目（5个）', 52600, 24700, 14980, 60.6),
  ...county.map(row),
  noteRow(
    '说明：1.2023年全县共确定县级以上重点项目12个，总投资51.27亿元，年度计划投资18.03亿元。1—6月累计完成投资9.06亿元，占年度计划的50.2%，实现“双过半”目标。',
    WIDTH,
  ),
  noteRow(
    '2.分级次看，省级重点项目完成投资5.89亿元，占年度计划的55.0%；市级重点项目完成投资1.67亿元，占年度计划的34.4%，低于时序进度15.6个百分点；县级重点项目完成投资1.50亿元，占年度计划的60.6%。',
    WIDTH,
  ),
  noteRow(
    '3.计划新开工项目6个，已开工5个，开工率83.3%；续建项目6个全部复工，复工率100%；已竣工项目1个。完成投资占年度计划50%以上的项目8个，低于30%的项目2个（不含未开工项目）。',
    WIDTH,
  ),
  noteRow(
    '4.各包抓县级领导和责任单位要对照年度目标倒排工期，确保三季度末累计完成投资14亿元以上、占年度计划的77%以上，未开工项目9月底前全部开工。',
    WIDTH,
  ),
  noteRow('5.表中“—”表示项目尚未开工，无完成数。', WIDTH),
  signatureRow('岐沅县重点项目建设工作领导小组办公室　2023年7月12日', WIDTH, 4),
];

export async function qiyuanXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '上半年进展',
    columns: [
      { width: 6 },
      { width: 34 },
      { width: 32 },
      { width: 12 },
      { width: 10 },
      { width: 10 },
      { width: 13 },
      { width: 12 },
      { width: 28 },
      { width: 12 },
      { width: 14 },
    ],
  }).toBuffer();
}
