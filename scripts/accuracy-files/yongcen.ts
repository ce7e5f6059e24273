// The fifty-ninth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts writes its):
// 邕岑县's (under 桂浔市, Guangxi) 通报 on its key projects' progress in 1—6月 2021 as the county's major-project
// headquarters office attaches it: the office's name and the document number 邕重指办〔2021〕14号 on rows of their own,
// the notice's title, the addressee, a unit line, one header row (序号 | 项目名称 | 建设性质 | 建设规模及主要内容 | 总投资 |
// 2021年计划投资 | 1—6月完成投资 | 完成年度计划（%） | 形象进度 | 责任单位), a 总计 row with sums, two class rows without
// amounts (（一）自治区层面重大项目 and （二）市、县层面重点项目), ten projects (one not started, its completion 0), a
// five-point 说明 on rows merged across the sheet (the programme in 亿元 with 时间过半、任务过半, the classes with one
// 低于序时进度, 开工率, a count of completed projects and of projects above and below thresholds, a third-quarter goal)
// and the signature with the date. Shares are computed doubles shown through a 0.0 format.
// Invented place, projects and figures; its answers are tests/accuracy/yongcen-2021-h1-projects.answers.json.

import * as XLSX from '@e965/xlsx';

export const yongcen = { name: 'yongcen-2021-h1-projects' };

type Value = string | number | null;

/** 项目名称, 建设性质, 建设规模及主要内容, 总投资, 计划投资, 1—6月完成 (万元), 形象进度, 责任单位. */
type Project = readonly [string, string, string, number, number, number, string, string];

const upper: Project[] = [
  [
    '邕岑县岑峰风电场项目',
    '续建',
    '安装风电机组24台，配套建设升压站1座',
    86000,
    32000,
    19500,
    '18台风机吊装完成，升压站主体完工',
    '县发展改革局',
  ],
  [
    '桂浔至邕岑二级公路改扩建工程',
    '续建',
    '改扩建二级公路38.2公里',
    54200,
    15000,
    8120,
    '路基完成65%，路面完成20%',
    '县交通运输局',
  ],
  [
    '邕岑县糖业循环经济产业园（二期）',
    '续建',
    '建设蔗渣综合利用生产线2条及配套设施',
    38600,
    12000,
    5400,
    '设备基础施工',
    '县工业和信息化局',
  ],
];

const lower: Project[] = [
  [
    '邕岑县人民医院门急诊综合楼',
    '新建',
    '建筑面积3.2万平方米',
    21800,
    8000,
    4960,
    '主体施工至5层',
    '县卫生健康局',
  ],
  [
    '邕岑县城南片区棚户区改造项目',
    '续建',
    '改造棚户区住房860套',
    46500,
    10000,
    3150,
    '3栋主体封顶，征收扫尾',
    '县住房城乡建设局',
  ],
  [
    '邕岑工业集中区标准厂房（三期）',
    '续建',
    '建设标准厂房6栋共4.8万平方米',
    12600,
    6000,
    6000,
    '已竣工验收',
    '县工业集中区管委会',
  ],
  [
    '邕岑县年产10万吨木材加工项目',
    '新建',
    '建设人造板生产线1条',
    15000,
    7000,
    0,
    '未开工（用地报批中）',
    '县林业局',
  ],
  [
    '邕岑县乡村振兴示范带建设项目',
    '新建',
    '建设示范村12个',
    9800,
    5000,
    2760,
    '8个村完成风貌提升',
    '县乡村振兴局',
  ],
  [
    '邕岑县第三高级中学',
    '新建',
    '新建教学楼、宿舍楼等5.6万平方米',
    18500,
    9000,
    3870,
    '教学楼主体施工至3层',
    '县教育局',
  ],
  [
    '邕岑县城区污水处理厂提标扩容工程',
    '新建',
    '新增处理规模1万吨/日',
    7600,
    4000,
    2480,
    '生化池主体完工',
    '县住房城乡建设局',
  ],
];

const all = [...upper, ...lower];
const sum = (list: readonly Project[], i: 3 | 4 | 5): number => list.reduce((s, p) => s + p[i], 0);
const share = (done: number, plan: number): number => (done / plan) * 100;
const blank = (n: number): null[] => Array.from({ length: n }, () => null);
const WIDTH = 10;
const line = (text: string): Value[] => [text, ...blank(WIDTH - 1)];

const projectRow = ([name, kind, scale, total, plan, done, progress, unit]: Project, i: number): Value[] => [
  i + 1,
  name,
  kind,
  scale,
  total,
  plan,
  done,
  share(done, plan),
  progress,
  unit,
];

export function yongcenXls(): Buffer {
  const rows: Value[][] = [
    line('邕岑县重大项目建设指挥部办公室'),
    line('邕重指办〔2021〕14号'),
    line('关于2021年1—6月全县重点项目建设进展情况的通报'),
    line('各乡镇人民政府，县直各有关单位：'),
    [...blank(WIDTH - 1), '单位：万元'],
    [
      '序号',
      '项目名称',
      '建设性质',
      '建设规模及主要内容',
      '总投资',
      '2021年计划投资',
      '1—6月完成投资',
      '完成年度计划（%）',
      '形象进度',
      '责任单位',
    ],
    [
      '总计',
      null,
      null,
      null,
      sum(all, 3),
      sum(all, 4),
      sum(all, 5),
      share(sum(all, 5), sum(all, 4)),
      null,
      null,
    ],
    ['（一）自治区层面重大项目', ...blank(WIDTH - 1)],
    ...upper.map((p, i) => projectRow(p, i)),
    ['（二）市、县层面重点项目', ...blank(WIDTH - 1)],
    ...lower.map((p, i) => projectRow(p, i + upper.length)),
    line('说明：'),
    line(
      '1.2021年全县列入自治区、市、县重点项目10个，总投资31.06亿元，年度计划投资10.8亿元，1—6月累计完成投资5.62亿元，占年度计划的52.1%，实现“时间过半、任务过半”。',
    ),
    line(
      '2.分层级看，自治区层面重大项目3个，完成投资3.30亿元，占年度计划的56.0%；市、县层面重点项目7个，完成投资2.32亿元，占年度计划的47.4%，低于序时进度2.6个百分点。',
    ),
    line(
      '3.计划新开工项目5个，已开工4个，开工率80%；续建项目5个全部复工。邕岑县年产10万吨木材加工项目因用地报批未完成，尚未开工。',
    ),
    line('4.已竣工项目1个；完成年度计划50%以上的项目6个，低于40%的项目2个，请相关责任单位加快推进。'),
    line('5.三季度末，全县重点项目累计完成投资须达到年度计划的75%以上，即8.1亿元以上。'),
    [...blank(WIDTH - 3), '邕岑县重大项目建设指挥部办公室', null, null],
    [...blank(WIDTH - 3), '2021年7月9日', null, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, null, '0', '0', '0', '0.0', null, null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format && r > 5) cell.z = format;
    }
  const across = (r: number) => ({ s: { r, c: 0 }, e: { r, c: WIDTH - 1 } });
  const total = rows.findIndex((row) => row[0] === '总计');
  const classes = rows.flatMap((row, r) =>
    typeof row[0] === 'string' && row[0].startsWith('（') ? [r] : [],
  );
  const notes = rows.flatMap((row, r) =>
    typeof row[0] === 'string' && /^(说明|\d\.)/.test(row[0]) ? [r] : [],
  );
  sheet['!merges'] = [
    across(0),
    across(1),
    across(2),
    across(3),
    { s: { r: total, c: 0 }, e: { r: total, c: 3 } },
    ...classes.map(across),
    ...notes.map(across),
  ];
  sheet['!cols'] = [6, 30, 8, 28, 10, 12, 12, 12, 26, 16].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1—6月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
