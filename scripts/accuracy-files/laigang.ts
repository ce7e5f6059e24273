// The four-hundred-and-fifty-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 49): 濑岗县's (an invented county of Guangdong) 发展计划局 2003年重点建设项目上半年进度表, one sheet: a merged title, the 填报单位
// and date line, a one-row header (序号 | 项目名称 | 总投资(万元) | 年度计划(万元) | 1—6月完成(万元) | 占年计划% | 工程进度), the
// 合计 row, four section rows by field (工业, 交通能源及城建, 农业水利, 社会事业) carrying their counts in 宗 and subtotals,
// twenty-four projects, a 说明 row on the programme (the 非典 delay), a two-point 注 and the signature. Invented place and
// figures; its answers are tests/accuracy/laigang-2003-h1-projects.answers.json, written by hand from the rows below.

import { indicatorSheetXls, type Value } from './indicator-sheet.js';

export const laigang = { name: 'laigang-2003-h1-projects' };

/** 项目名称, 总投资, 年度计划, 1—6月完成 (万元), 工程进度. */
type Project = readonly [string, number, number, number, string];

const sections: readonly (readonly [string, string, readonly Project[]])[] = [
  [
    '一',
    '工业项目',
    [
      ['濑岗华兴陶瓷有限公司扩建项目', 18500, 6000, 3120, '二号窑炉主体完工，设备安装中'],
      ['濑岗县水泥厂技术改造工程', 12600, 5000, 2150, '回转窑基础施工'],
      ['濑岗工业园区标准厂房一期', 9800, 4500, 2680, '4栋厂房已封顶'],
      ['濑岗鞋业生产基地', 8200, 3000, 1860, '2栋车间已投产'],
      ['濑岗稀土分离厂扩建项目', 6500, 2500, 860, '完成场地平整，受“非典”影响开工推迟'],
      ['濑岗竹木制品加工项目', 4200, 2000, 1350, '主体厂房完工'],
      ['濑岗县酒厂迁建工程', 3800, 1800, 620, '完成征地，正在办理报建手续'],
    ],
  ],
  [
    '二',
    '交通能源及城建项目',
    [
      ['濑岗至东坑二级公路改造工程', 26800, 9000, 4860, '路基完成60%，桥涵施工'],
      ['濑岗县城区环城路', 15400, 5000, 2350, '西段路面施工'],
      ['濑岗110千伏输变电工程', 5600, 3000, 2260, '主变安装调试'],
      ['濑岗县城供水扩建工程', 4800, 2500, 1420, '净水厂主体完工'],
      ['濑岗汽车客运站', 3600, 2000, 1160, '站房主体封顶'],
      ['濑岗县城污水处理厂', 6800, 2000, 160, '可研已批复，尚未开工'],
      ['濑水大桥', 7200, 3000, 1540, '主墩施工'],
    ],
  ],
  [
    '三',
    '农业水利项目',
    [
      ['濑岗水库除险加固工程', 3900, 2400, 1680, '大坝加固完成70%'],
      ['濑岗万亩优质水果基地', 3200, 1200, 730, '新种植沙糖桔3000亩'],
      ['濑岗县农村电网改造二期工程', 4600, 2200, 1390, '完成改造行政村26个'],
      ['濑岗堤围加固达标工程', 2800, 1500, 860, '完成堤围加固8公里'],
      ['濑岗生猪标准化养殖场', 2100, 1000, 580, '猪舍建成12栋'],
    ],
  ],
  [
    '四',
    '社会事业项目',
    [
      ['濑岗县人民医院住院大楼', 5200, 2500, 1630, '主体结构施工至8层'],
      ['濑岗中学教学楼及学生宿舍', 2600, 1500, 1120, '教学楼封顶'],
      ['濑岗县文化广场', 2400, 1200, 380, '受“非典”影响推迟至5月开工'],
      ['濑岗县城旧城改造一期', 9600, 3000, 1050, '拆迁安置中'],
      ['濑岗县广播电视中心', 1800, 900, 710, '设备采购安装'],
    ],
  ],
];

const pct = (done: number, plan: number): number => Math.round((done / plan) * 1000) / 10;
const sum = (projects: readonly Project[], i: 1 | 2 | 3): number => projects.reduce((s, p) => s + p[i], 0);

function rows(): Value[][] {
  const all = sections.flatMap(([, , projects]) => projects);
  const out: Value[][] = [
    [
      null,
      `合计（${all.length}宗）`,
      sum(all, 1),
      sum(all, 2),
      sum(all, 3),
      pct(sum(all, 3), sum(all, 2)),
      null,
    ],
  ];
  let n = 0;
  for (const [numeral, field, projects] of sections) {
    const [total, plan, done] = [sum(projects, 1), sum(projects, 2), sum(projects, 3)];
    out.push([numeral, `${field}（${projects.length}宗）`, total, plan, done, pct(done, plan), null]);
    for (const [name, total, plan, done, progress] of projects)
      out.push([++n, name, total, plan, done, pct(done, plan), progress]);
  }
  return out;
}

const notes = [
  '说明：2003年全县安排重点建设项目24宗，总投资17.2亿元，年度计划投资6.87亿元；1—6月累计完成投资36520万元，占年度计划的53.2%，超序时进度3.2个百分点。受“非典”疫情影响，部分项目开工推迟，其中工业项目完成投资12640万元，占年度计划的51.0%；尚未开工项目1宗。',
  '注：1.序时进度按50%计；2.“占年计划%”为1—6月完成投资占年度计划投资的比重。',
];

export function laigangXls(): Buffer {
  return indicatorSheetXls('上半年', {
    title: '濑岗县2003年重点建设项目上半年进度表',
    compiler: '填报单位：濑岗县发展计划局',
    date: '2003年7月8日',
    header: [
      '序号',
      '项目名称',
      '总投资(万元)',
      '年度计划(万元)',
      '1—6月完成(万元)',
      '占年计划%',
      '工程进度',
    ],
    rows: rows(),
    notes,
    bureau: '濑岗县发展计划局',
    format: (c) => (c === 5 ? '0.0' : '0'),
    widths: [6, 32, 12, 12, 14, 10, 34],
  });
}
