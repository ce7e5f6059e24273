// The four-hundred-and-thirty-second held-out batch's key-project schedule: a Hunan-style county 发展和改革局's
// 绥潭县2009年1—7月重点项目建设进度表 (绥潭县, invented), printed from Word to PDF on landscape pages through
// officeReportDocx and convertOrKeep: the title, the bureau and date line, 单位：万元, one table (序号 | 项目名称 | 建设性质 |
// 总投资 | 年计划 | 1—7月完成 | 占年计划% | 形象进度 in words), a 合计 row with sums first, four 类别 section rows without
// amounts (一、工业项目 … 四、农业农村项目), seventeen projects (one not started with 0, one finished), and a 说明 under the
// table (counts, the programme's total and share, the 保增长 goal for the year, the 形象进度 date). Invented place, projects
// and figures; its answers are tests/accuracy/suitan-2009-m7-projects.answers.json, written by hand from the rows below.

import { type OfficeReport, officeReportDocx } from './office-report.js';

/** 项目名称, 建设性质, 总投资, 年计划, 1—7月完成 (万元), 形象进度. */
type Project = readonly [string, string, number, number, number, string];

const sections: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、工业项目',
    [
      ['绥潭工业园标准厂房建设项目', '续建', 12600, 5000, 3120, '一期6栋厂房主体完工，二期4栋基础施工'],
      ['湘绥矿业年产30万吨锰矿深加工项目', '续建', 18500, 6500, 4280, '主厂房封顶，设备进场安装'],
      ['绥潭县竹木制品加工园', '新建', 8600, 3000, 960, '完成场地平整，2栋厂房开挖基础'],
      ['绥潭县农副产品加工产业园', '新建', 6800, 2500, 0, '正在办理用地手续，尚未开工'],
      ['绥潭县水泥厂技术改造项目', '续建', 9200, 4200, 4200, '已完工试产'],
    ],
  ],
  [
    '二、基础设施项目',
    [
      ['S317绥潭至河口公路改建工程', '续建', 26800, 9000, 5640, '路基完成70%，路面铺筑12公里'],
      ['绥潭县城区污水处理厂及配套管网', '新建', 7600, 4000, 1850, '厂区土建完成40%，管网铺设5.2公里'],
      ['绥潭县城南新区道路工程', '续建', 15400, 6000, 3460, '3条主干道路基成型'],
      ['绥潭县110千伏东坪输变电工程', '新建', 4800, 3000, 1320, '变电站土建施工'],
      ['绥潭县农村公路通畅工程', '续建', 9600, 5000, 3380, '完成水泥路面硬化186公里'],
    ],
  ],
  [
    '三、社会事业项目',
    [
      ['绥潭县人民医院住院综合楼', '续建', 5200, 2600, 1540, '主体施工至9层'],
      ['绥潭县第一中学新校区', '新建', 11800, 4000, 1260, '教学楼基础施工，宿舍楼开挖'],
      ['绥潭县保障性住房（廉租房）建设项目', '新建', 3600, 2400, 980, '2栋主体施工至4层'],
      ['绥潭县乡镇卫生院改扩建工程', '续建', 2400, 1600, 1120, '8所卫生院完成主体'],
    ],
  ],
  [
    '四、农业农村项目',
    [
      ['绥潭县大型灌区续建配套与节水改造工程', '续建', 6400, 3200, 1980, '渠道衬砌完成18公里'],
      ['绥潭县中小型水库除险加固工程', '续建', 5800, 3500, 2160, '9座水库主体工程完工'],
      ['绥潭县农村饮水安全工程', '续建', 3900, 2200, 1430, '完成集中供水工程14处'],
    ],
  ],
];

const all = sections.flatMap(([, list]) => list);
const sum = (i: 2 | 3 | 4): number => all.reduce((s, p) => s + p[i], 0);
const pct = (done: number, plan: number): string => ((done / plan) * 100).toFixed(1);

const rows: string[][] = [
  ['', '合计', '', String(sum(2)), String(sum(3)), String(sum(4)), pct(sum(4), sum(3)), ''],
];
let n = 0;
for (const [title, list] of sections) {
  rows.push(['', title, '', '', '', '', '', '']);
  for (const [name, kind, total, plan, done, progress] of list) {
    n += 1;
    rows.push([String(n), name, kind, String(total), String(plan), String(done), pct(done, plan), progress]);
  }
}

export const suitan: OfficeReport = {
  name: 'suitan-2009-m7-projects',
  office: '绥潭县发展和改革局',
  title: '绥潭县2009年1—7月重点项目建设进度表',
  under: ['填报单位：绥潭县发展和改革局　　　　　　　　　　　　　　　　　　单位：万元'],
  body: [],
  table: {
    caption: '',
    header: ['序号', '项目名称', '建设性质', '总投资', '年计划', '1—7月完成', '占年计划%', '形象进度'],
    rows,
    note: '说明：1.本表所列为2009年县级重点项目17个，其中新建项目6个、续建项目11个；截至7月底已开工16个，完工1个。2.1—7月重点项目完成投资3.87亿元，占年计划的57.1%，比时间进度慢1.2个百分点；为落实保增长、扩内需要求，全年须完成年计划投资6.77亿元。3.形象进度为7月底各项目业主单位上报情况，时间进度按58.3%计。',
    at: 0,
  },
  closing: ['绥潭县发展和改革局', '2009年8月6日'],
  landscape: true,
};

export const suitanDocx = () => officeReportDocx(suitan);
