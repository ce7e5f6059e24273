// The one-hundred-and-ninety-seventh held-out batch's workbook: a Hunan-style county development and reform bureau's
// 2018年重点建设项目计划 (潆浛县) as the .xlsx it issues with its notice (written with write-excel-file). One sheet: a
// document-number line, a title row, a header of two rows (序号, 项目名称, 建设性质, 建设内容及规模, 起止年限 and 责任单位
// merged down; 投资（万元） spanning 总投资 and 2018年计划投资), four class rows by field as the province's list groups them
// (产业发展, 基础设施, 社会民生, 生态环保) with their counts and subtotals, twelve numbered projects (新建 or 续建; 起止年限
// as 2017-2019 or a single 2018; 一期 and a road number inside names; capacities and lengths in 建设内容及规模), the 合计
// row LAST, a 说明 row with the plan's counts and totals in 亿元 and its 省/市重点 counts, and the bureau's signature.
// Invented place and figures; the answers are tests/accuracy/yinghan-2018-fy-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import {
  blanks,
  dataRowWith,
  groupedHeaderRows,
  headerCell,
  noteRow,
  signatureRow,
  titleRow,
} from './sheets.js';

export const yinghan = { name: 'yinghan-2018-fy-projects' };

const WIDTH = 8;

type Project = readonly [number, string, string, string, string, number, number, string];

const row = dataRowWith('0');

/** A class or 合计 row: its label merged over the first five columns, the two sums, an empty last cell. */
const classRow = (label: string, total: number, plan: number): Cell[] => [
  { value: label, columnSpan: 5, fontWeight: 'bold' },
  ...blanks(4),
  { value: total, format: '0', fontWeight: 'bold' },
  { value: plan, format: '0', fontWeight: 'bold' },
  { value: '' },
];

const industry: Project[] = [
  [
    1,
    '潆浛经济开发区新材料产业园（一期）',
    '续建',
    '建设标准厂房8万平方米及配套设施',
    '2017-2019',
    56000,
    22000,
    '潆浛经开区管委会',
  ],
  [
    2,
    '湖南浛江食品有限公司年产5万吨酱卤制品项目',
    '新建',
    '新建生产车间、冷库及研发中心',
    '2018-2019',
    18500,
    9000,
    '县经信局',
  ],
  [3, '潆浛县电商物流园', '新建', '建设仓储物流中心3.2万平方米', '2018-2020', 26000, 8000, '县商务局'],
  [
    4,
    '潆浛县乡村旅游综合开发项目',
    '续建',
    '建设游客服务中心、民宿及旅游步道12公里',
    '2017-2019',
    32000,
    12000,
    '县旅游局',
  ],
  [
    5,
    '浛水湾茶叶标准化生产基地',
    '续建',
    '新建茶园1.5万亩，改造茶厂2座',
    '2016-2018',
    9800,
    3500,
    '县农业局',
  ],
];

const infrastructure: Project[] = [
  [6, 'S312潆浛段改扩建工程', '续建', '改扩建二级公路28.6公里', '2017-2019', 64000, 25000, '县交通运输局'],
  [7, '潆浛县城区路网提质改造工程', '新建', '改造城区道路9条共14.2公里', '2018', 12600, 12600, '县住建局'],
  [
    8,
    '潆浛县农村饮水安全巩固提升工程',
    '新建',
    '新建、改造集中供水工程36处',
    '2018-2019',
    15200,
    9000,
    '县水利局',
  ],
];

const livelihood: Project[] = [
  [
    9,
    '潆浛县人民医院内科综合楼',
    '续建',
    '新建内科综合楼3.6万平方米，床位400张',
    '2017-2019',
    21000,
    9500,
    '县卫计局',
  ],
  [
    10,
    '潆浛县第一中学新校区',
    '新建',
    '建设教学楼、实验楼及学生公寓，办学规模3600人',
    '2018-2020',
    38000,
    12000,
    '县教育局',
  ],
];

const ecology: Project[] = [
  [
    11,
    '潆浛县城乡垃圾收转运体系建设项目',
    '新建',
    '建设垃圾中转站18座，购置收运车辆46台',
    '2018',
    6800,
    6800,
    '县城管局',
  ],
  [
    12,
    '浛水流域综合治理工程',
    '续建',
    '治理河道32公里，新建堤防11.5公里',
    '2017-2020',
    42000,
    10000,
    '县水利局',
  ],
];

const sum = (ps: Project[], i: 5 | 6): number => ps.reduce((s, p) => s + p[i], 0);
const group = (label: string, ps: Project[]): Cell[][] => [
  classRow(`${label}（${ps.length}个）`, sum(ps, 5), sum(ps, 6)),
  ...ps.map(row),
];

const all = [...industry, ...infrastructure, ...livelihood, ...ecology];
const [headTop, headBottom] = groupedHeaderRows(
  ['序号', '项目名称', '建设性质', '建设内容及规模', '起止年限'],
  [{ text: '投资（万元）', sub: ['总投资', '2018年计划投资'] }],
);

const sheet: SheetData = [
  noteRow('附件', WIDTH),
  titleRow('潆浛县2018年重点建设项目计划表', WIDTH),
  [...(headTop ?? []), headerCell('责任单位', { rowSpan: 2 })],
  [...(headBottom ?? []), null],
  ...group('一、产业发展项目', industry),
  ...group('二、基础设施项目', infrastructure),
  ...group('三、社会民生项目', livelihood),
  ...group('四、生态环保项目', ecology),
  classRow(`合计（${all.length}个）`, sum(all, 5), sum(all, 6)),
  noteRow(
    '说明：1.2018年全县安排重点建设项目12个，总投资34.19亿元，年度计划投资13.94亿元，其中续建项目6个、新建项目6个。2.列入省重点建设项目2个、市重点建设项目5个。3.各责任单位于每月5日前向县发改局报送项目进展情况。',
    WIDTH,
  ),
  signatureRow('潆浛县发展和改革局　2018年3月12日', WIDTH, 4),
];

export async function yinghanXlsx(): Promise<Buffer> {
  return writeXlsxFile(sheet, {
    sheet: '2018年重点建设项目',
    columns: [
      { width: 6 },
      { width: 36 },
      { width: 9 },
      { width: 36 },
      { width: 11 },
      { width: 10 },
      { width: 14 },
      { width: 18 },
    ],
  }).toBuffer();
}
