// Held-out-444 (session 48): a Hunan-style county 发展和改革局's 2022年重点建设项目完成情况 (丹沅县, invented), built with
// office-report.ts's officeReportDocx on landscape pages and printed to PDF: two intro paragraphs with the programme's
// counts, money and shares by class, then one table (序号 | 项目名称 | 建设内容 | 总投资 | 年度计划 | 全年完成 | 完成率（%） |
// 进展情况, amounts in 万元) with a 合计 row, the classes 产业/基础设施/民生 with their subtotals and sixteen projects, a 说明,
// a closing paragraph and the bureau's signature. Invented projects and figures; the answers are
// tests/accuracy/danyuan-2022-fy-projects.answers.json.

import type { OfficeReport } from './office-report.js';

/** 项目名称, 建设内容, 总投资, 年度计划, 全年完成 (万元), 完成率 (%), 进展情况. */
export type DanyuanProject = readonly [string, string, number, number, number, string, string];

export const danyuanClasses: readonly { label: string; projects: readonly DanyuanProject[] }[] = [
  {
    label: '产业项目',
    projects: [
      [
        '丹沅县经济开发区新材料产业园项目',
        '建设标准厂房12万平方米及配套设施',
        180000,
        45000,
        48600,
        '108.0',
        '一期6栋厂房竣工，入驻企业5家',
      ],
      [
        '丹沅县竹木精深加工产业园项目',
        '建设竹胶板、竹地板生产线8条',
        62000,
        20000,
        21400,
        '107.0',
        '3条生产线建成投产',
      ],
      [
        '丹沅县油茶精深加工项目',
        '建设油茶籽压榨及精炼车间、仓储物流中心',
        35000,
        12000,
        10800,
        '90.0',
        '主体工程完工，设备安装中',
      ],
      [
        '丹沅县电子信息产业园二期项目',
        '建设厂房及研发楼8.6万平方米',
        96000,
        30000,
        31500,
        '105.0',
        '主体封顶',
      ],
      [
        '丹沅县农产品冷链物流中心项目',
        '建设冷库3万吨及分拣配送中心',
        28000,
        15000,
        15600,
        '104.0',
        '已建成投用',
      ],
      ['丹沅县沅江风电场项目', '装机容量10万千瓦', 72000, 36000, 33120, '92.0', '完成风机吊装28台'],
    ],
  },
  {
    label: '基础设施项目',
    projects: [
      [
        '丹沅至桃溪一级公路改扩建工程',
        '全长28.6公里',
        126000,
        40000,
        41200,
        '103.0',
        '路基完成85%，路面施工中',
      ],
      ['丹沅县城区供水提质工程', '新建水厂1座、供水管网46公里', 32000, 12000, 12600, '105.0', '水厂主体完工'],
      ['丹沅县沅江防洪堤加固工程', '加固堤防12.4公里', 45000, 18000, 16200, '90.0', '完成堤身加固9公里'],
      ['丹沅县城北片区路网建设项目', '新建城市道路5条', 38000, 14000, 14700, '105.0', '3条道路建成通车'],
      ['丹沅县乡镇污水处理设施建设项目', '建设乡镇污水处理厂9座', 21000, 9000, 8100, '90.0', '建成7座'],
    ],
  },
  {
    label: '民生项目',
    projects: [
      [
        '丹沅县人民医院综合住院楼项目',
        '建筑面积4.2万平方米，设置床位600张',
        48000,
        16000,
        17280,
        '108.0',
        '主体封顶，进入装修',
      ],
      ['丹沅县第三中学新建项目', '规划学位3000个', 26000, 12000, 12960, '108.0', '秋季开学投入使用'],
      ['丹沅县城区老旧小区改造项目', '改造小区38个、4260户', 18000, 9000, 9450, '105.0', '完工32个'],
      [
        '丹沅县殡仪馆迁建项目',
        '建设殡仪服务用房及配套设施',
        12000,
        5000,
        3600,
        '72.0',
        '用地报批滞后，主体施工中',
      ],
      [
        '丹沅县全民健身中心项目',
        '建设体育馆、游泳馆及室外运动场',
        15000,
        6000,
        6300,
        '105.0',
        '体育馆主体完工',
      ],
    ],
  },
];

const NUMERALS = ['一', '二', '三'];
const sum = (ps: readonly DanyuanProject[], i: 2 | 3 | 4) => ps.reduce((s, p) => s + p[i], 0);
const rate = (done: number, plan: number) => ((done / plan) * 100).toFixed(1);
const all = danyuanClasses.flatMap((c) => c.projects);

const rows: string[][] = [
  [
    '',
    `合计（${all.length}个）`,
    '',
    `${sum(all, 2)}`,
    `${sum(all, 3)}`,
    `${sum(all, 4)}`,
    rate(sum(all, 4), sum(all, 3)),
    '',
  ],
];
let n = 0;
danyuanClasses.forEach((c, i) => {
  const p = c.projects;
  rows.push([
    NUMERALS[i] ?? '',
    `${c.label}（${p.length}个）`,
    '',
    `${sum(p, 2)}`,
    `${sum(p, 3)}`,
    `${sum(p, 4)}`,
    rate(sum(p, 4), sum(p, 3)),
    '',
  ]);
  for (const [name, content, total, plan, done, pct, progress] of p) {
    n += 1;
    rows.push([`${n}`, name, content, `${total}`, `${plan}`, `${done}`, pct, progress]);
  }
});

export const danyuan: OfficeReport = {
  name: 'danyuan-2022-fy-projects',
  office: '丹沅县发展和改革局',
  title: '丹沅县2022年重点建设项目完成情况',
  under: ['丹沅县发展和改革局', '（2023年1月12日）'],
  body: [
    '2022年，县委、县政府坚持“项目为王、实干为要”，全年共安排县级重点建设项目16个，总投资85.4亿元，年度计划投资29.9亿元。各项目实行“一个项目、一名县级领导、一个工作专班”推进机制，县发改局每月调度、每季讲评，项目建设总体好于预期。',
    '截至12月底，16个项目全年完成投资30.34亿元，完成年度计划的101.5%。分类别看，产业项目6个，完成投资16.1亿元，完成年度计划的101.9%；基础设施项目5个，完成投资9.28亿元，完成年度计划的99.8%；民生项目5个，完成投资4.96亿元，完成年度计划的103.3%。从进度看，11个项目完成或超额完成年度计划，5个项目未完成年度计划，其中县殡仪馆迁建项目受用地报批影响，仅完成年度计划的72%。具体完成情况如下：',
    '下一步，县发改局将对未完成年度计划的项目逐个分析原因，纳入2023年重点督办事项，推动在建项目早竣工、早投产、早见效。',
  ],
  table: {
    caption: '丹沅县2022年重点建设项目完成情况表（单位：万元）',
    header: ['序号', '项目名称', '建设内容', '总投资', '年度计划', '全年完成', '完成率（%）', '进展情况'],
    rows,
    note: '说明：1.完成率为全年完成投资占年度计划投资的比重；2.总投资含以前年度已完成投资；3.进展情况截至2022年12月31日。',
    at: 2,
  },
  closing: ['丹沅县发展和改革局', '2023年1月12日'],
  landscape: true,
};
