// The forty-sixth held-out batch's workbook: a Shandong county development and reform bureau's 1-9月 key-project
// progress table (臧峪县 under 莱岙市, 2022) as an .xlsx attachment (write-excel-file): a merged title, 单位：万元,
// one project a row with 建设内容及规模, 总投资, 年度计划, 1-9月完成, 完成年度计划（%）(above 100 for projects
// ahead of plan), 开工时间 and 竣工时间 as 2021.10 / 2022年3月 / — and status words (已竣工投产, 主体封顶,
// 设备安装, 未开工（土地手续办理中）), 一、/二、 group rows with their counts, a 合计 row, a note with the
// programme's 开工率 and a signature. Invented place and figures; the answers are
// tests/accuracy/zangyu-2022-m9-projects.answers.json.

import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const zangyu = { name: 'zangyu-2022-m9-projects' };

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
    '臧峪经济开发区高端铝材深加工项目',
    '新建厂房6.2万平方米，年产铝型材8万吨',
    186000,
    52000,
    47600,
    91.5,
    '2021.10',
    '2023.12',
    '主体封顶，设备安装',
    '经开区管委会',
  ],
  [
    2,
    '年产3万吨生物基可降解材料项目',
    '建设聚合车间、仓储及配套设施',
    94000,
    30000,
    33800,
    112.7,
    '2022年3月',
    '2023年6月',
    '厂房钢结构施工',
    '县工信局',
  ],
  [
    3,
    '臧峪县农副产品精深加工产业园',
    '建设标准化厂房12栋及冷库2座',
    62000,
    18000,
    18000,
    100,
    '2021年5月',
    '2022年8月',
    '已竣工投产',
    '县农业农村局',
  ],
  [
    4,
    '华岙智能农机装备制造项目',
    '购置生产线4条，年产智能农机1.5万台',
    48000,
    16000,
    6200,
    38.8,
    '2022.06',
    '2024.06',
    '基础施工',
    '县工信局',
  ],
  [
    5,
    '莱臧新型建材产业园（二期）',
    '建设装配式构件生产线3条',
    35000,
    12000,
    '—',
    '—',
    '—',
    '2023年12月',
    '未开工（土地手续办理中）',
    '县自然资源局',
  ],
];

const infrastructure: Line[] = [
  [
    6,
    'G228臧峪段改建工程',
    '改建一级公路18.6公里',
    126000,
    40000,
    31500,
    78.8,
    '2021.04',
    '2023.10',
    '路基完成85%，桥梁下部结构施工',
    '县交通运输局',
  ],
  [
    7,
    '县城东部片区供热管网扩建工程',
    '新建供热主管网21公里、换热站9座',
    22000,
    9000,
    9600,
    106.7,
    '2022.04',
    '2022.10',
    '已竣工，试运行',
    '县住建局',
  ],
  [
    8,
    '臧峪县人民医院外科楼建设项目',
    '新建外科楼4.3万平方米，床位500张',
    68000,
    20000,
    14100,
    70.5,
    '2021.09',
    '2023.09',
    '主体施工至第9层',
    '县卫健局',
  ],
];

const sheet: Cell[][] = [
  titleRow('臧峪县2022年1-9月县级重点项目建设进展情况表', WIDTH),
  noteRow('单位：万元', WIDTH),
  [
    headerCell('序号'),
    headerCell('项目名称'),
    headerCell('建设内容及规模'),
    headerCell('总投资'),
    headerCell('2022年计划投资'),
    headerCell('1-9月完成投资'),
    headerCell('完成年度计划（%）'),
    headerCell('开工时间'),
    headerCell('竣工时间'),
    headerCell('进展情况'),
    headerCell('责任单位'),
  ],
  row(['', '合计', '', 641000, 197000, 160800, 81.6, '', '', '', '']),
  group('一、产业项目（5个）'),
  ...industry.map(row),
  group('二、基础设施及社会民生项目（3个）'),
  ...infrastructure.map(row),
  noteRow(
    '注：列入2022年县级重点项目调度的共8个，其中2022年计划新开工4个，已开工3个，开工率75%；已竣工2个；2个项目投资完成率超过100%。',
    WIDTH,
  ),
  signatureRow('臧峪县发展和改革局  2022年10月12日', WIDTH, 4),
];

export async function zangyuXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '1-9月进展',
    columns: [
      { width: 6 },
      { width: 34 },
      { width: 34 },
      { width: 10 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 11 },
      { width: 11 },
      { width: 28 },
      { width: 14 },
    ],
  }).toBuffer();
}
