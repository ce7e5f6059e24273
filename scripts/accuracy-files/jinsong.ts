// Held-out-412 (session 47): a Tianjin-style district 发改委's 2004年重点建设项目进度表 through September (锦淞区, an invented
// district of the municipality), built with office-report.ts's officeReportDocx on landscape pages and printed to PDF: a
// unit line over one table (序号 | 项目名称 | 建设内容及规模 | 总投资 | 年度计划 | 1-9月完成 | 完成年计划% | 形象进度), a 合计 row, four
// section rows by kind, twenty projects (one not started: `—` cells), a 注 and the office's signature. Invented projects and
// figures; the answers are tests/accuracy/jinsong-2004-m9-projects.answers.json.

import type { OfficeReport } from './office-report.js';

/** 项目名称, 建设内容及规模, 总投资, 年度计划, 1-9月完成 (万元; null: not started), 形象进度. */
type Project = readonly [string, string, number, number, number | null, string];

const sections: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、工业项目',
    [
      [
        '锦淞开发区电子元器件生产基地',
        '新建厂房4.5万平方米，年产片式元件80亿只',
        38000,
        12000,
        9860,
        '一期厂房竣工，设备安装',
      ],
      ['锦淞精密钢管技改项目', '新增冷拔钢管生产线2条', 26500, 10000, 8240, '主体完工，试生产'],
      ['锦淞化工新材料项目（一期）', '年产工程塑料3万吨', 45000, 15000, 10350, '主装置基础施工'],
      ['锦淞汽车配件产业园', '占地800亩，标准厂房6万平方米', 32000, 8000, 7120, '6栋厂房封顶'],
      ['锦淞食品工业园冷链物流中心', '冷库容量5万吨', 12600, 6000, 5480, '主体完工'],
      ['锦淞自行车整车及零部件扩建项目', '年新增整车100万辆', 9800, 5000, 4650, '已投产'],
      ['锦淞纺织服装加工基地', '厂房3.2万平方米', 8500, 4000, 1620, '基础施工'],
    ],
  ],
  [
    '二、基础设施项目',
    [
      ['锦淞大道拓宽改造工程', '全长6.8公里，双向六车道', 28600, 12000, 10240, '路基完成，铺设面层'],
      ['锦淞污水处理厂二期工程', '日处理污水4万吨', 16800, 8000, 6530, '设备安装'],
      ['锦淞河综合治理工程', '治理河道12公里', 9600, 5000, 4120, '清淤完成85%'],
      ['区集中供热改造工程', '新建热源厂1座，铺设管网18公里', 14200, 7000, 4860, '管网铺设'],
      ['锦淞新城给水管网工程', '铺设给水管道26公里', 5400, 3000, 3050, '已完工'],
      ['锦淞220千伏输变电工程', '主变容量2×18万千伏安', 11500, 6000, 3900, '土建施工'],
    ],
  ],
  [
    '三、社会事业项目',
    [
      ['区中心医院病房楼', '建筑面积2.6万平方米', 12800, 6000, 4760, '主体封顶'],
      ['锦淞第一中学迁建工程', '建筑面积3.8万平方米', 9500, 5000, 4210, '内外装修'],
      ['区文化体育中心', '建筑面积1.9万平方米', 7600, 3000, 1350, '基础施工'],
      ['锦淞区经济适用住房项目', '建筑面积12万平方米', 24000, 10000, 7880, '8栋主体封顶'],
    ],
  ],
  [
    '四、商贸服务业项目',
    [
      ['锦淞商贸城（二期）', '营业面积5万平方米', 21000, 8000, 6240, '主体施工'],
      ['锦淞物流园区', '仓储面积8万平方米', 18500, 6000, null, '前期工作，尚未开工'],
      ['锦淞国际酒店', '四星级，客房260间', 15600, 5000, 3420, '主体施工至12层'],
    ],
  ],
];

const all = sections.flatMap(([, ps]) => ps);
const sum = (i: 2 | 3 | 4): number => all.reduce((s, p) => s + (p[i] ?? 0), 0);
const share = (done: number | null, plan: number): string =>
  done === null ? '—' : ((done / plan) * 100).toFixed(1);

const rows: string[][] = [['', '合计', '', `${sum(2)}`, `${sum(3)}`, `${sum(4)}`, share(sum(4), sum(3)), '']];
let n = 0;
for (const [title, ps] of sections) {
  rows.push(['', title, '', '', '', '', '', '']);
  for (const p of ps) {
    n += 1;
    rows.push([
      `${n}`,
      p[0],
      p[1],
      `${p[2]}`,
      `${p[3]}`,
      p[4] === null ? '—' : `${p[4]}`,
      share(p[4], p[3]),
      p[5],
    ]);
  }
}

export const jinsong: OfficeReport = {
  name: 'jinsong-2004-m9-projects',
  office: '锦淞区发展和改革委员会',
  title: '锦淞区2004年重点建设项目进度表（1-9月）',
  under: ['锦淞区发展和改革委员会'],
  body: [],
  table: {
    caption: '单位：万元',
    header: [
      '序号',
      '项目名称',
      '建设内容及规模',
      '总投资（万元）',
      '年度计划（万元）',
      '1-9月完成（万元）',
      '完成年计划%',
      '形象进度',
    ],
    rows,
    note: '注：形象进度截至9月底；完成年计划%为1-9月完成额占年度计划的比重。',
    at: 0,
  },
  closing: ['锦淞区发展和改革委员会', '2004年10月12日'],
  landscape: true,
};
