// The one-hundred-and-twenty-seventh held-out batch's Excel 97–2003 workbook (.xls, BIFF8, laid out by bureau-sheets.ts
// as xuetong.ts lays out its own): 滏峧县's (a Hebei county under 滹澧市) 2025年1—8月 重点项目进展情况表 as its development
// and reform bureau sends it round, one sheet: a title row merged across the sheet, 单位：万元 at the right, one header
// row (序号 | 项目名称 | 建设地点 | 建设内容 | 总投资 | 年度计划投资 | 1—8月完成 | 完成率（%） | 形象进度 | 责任单位), the 合计
// row first with the programme's count in its name, then 续建, 新开工 and 建成投产 blocks, each headed by its subtotal row
// (一、续建项目（5个）), the projects numbered 1–12 across the blocks, one ahead of its plan (108.0) and one not started
// (0), 注 rows merged across the sheet (the schedule 时序进度按66.7%计, the programme against it, the start count) and
// the bureau's signature. 完成率 cells are computed doubles shown through a 0.0 format. Invented place, projects and
// figures; its answers are tests/accuracy/fujiao-2025-m8-projects.answers.json.

import { bureauWorkbookXls, type Value } from './bureau-sheets.js';

export const fujiao = { name: 'fujiao-2025-m8-projects' };

/** 项目名称, 建设地点, 建设内容, 总投资, 年度计划投资, 1—8月完成 (万元), 形象进度, 责任单位. */
type Project = readonly [string, string, string, number, number, number, string, string];

const continued: Project[] = [
  [
    '滏峧县高端轴承产业园项目',
    '滏峧经济开发区',
    '总建筑面积8.6万平方米，建设标准化厂房6栋及研发中心，配套建设仓储和道路管网',
    86000,
    24000,
    17600,
    '3栋厂房主体完工，设备采购中',
    '县工业和信息化局',
  ],
  [
    '滏峧县生活垃圾焚烧发电项目',
    '北岗镇',
    '建设日处理生活垃圾600吨的焚烧线两条及配套发电机组',
    42000,
    12000,
    9850,
    '主体工程完工，设备安装调试',
    '县城市管理综合行政执法局',
  ],
  [
    '滹澧至滏峧快速路改建工程',
    '沿线四乡镇',
    '按一级公路标准改建18.6公里，含桥梁4座',
    65000,
    20000,
    12400,
    '路基完成70%，桥梁下部结构施工',
    '县交通运输局',
  ],
  [
    '滏峧县中医院迁建项目',
    '城南新区',
    '总建筑面积5.2万平方米，新建门诊医技楼、住院楼及附属用房，设置床位400张',
    38000,
    10000,
    7200,
    '住院楼主体封顶',
    '县卫生健康局',
  ],
  [
    '滏峧县农村供水保障工程',
    '全县各乡镇',
    '新建水厂1座，铺设供水管网320公里，改造村级供水站26处',
    15600,
    6000,
    5100,
    '管网铺设完成85%',
    '县水利局',
  ],
];

const started: Project[] = [
  [
    '滏峧县新能源汽车零部件制造项目',
    '滏峧经济开发区',
    '建设电驱动总成和轻量化车身件生产线，年产电驱动总成20万台套',
    120000,
    30000,
    18300,
    '一期厂房基础施工',
    '滏峧经济开发区管委会',
  ],
  [
    '滏峧县冷链物流园项目',
    '东关镇',
    '建设冷库3万吨、分拣中心和配送中心',
    28000,
    8000,
    3600,
    '场地平整完成',
    '县商务局',
  ],
  [
    '滏峧县城区老旧小区改造工程',
    '城区',
    '改造老旧小区21个，涉及管网、屋面和外立面',
    21500,
    9000,
    6480,
    '已完成14个小区改造',
    '县住房和城乡建设局',
  ],
  [
    '滏峧县农光互补光伏发电项目',
    '西岭乡',
    '建设农光互补光伏电站10万千瓦及110千伏升压站',
    46000,
    15000,
    16200,
    '已并网发电',
    '县发展和改革局',
  ],
  [
    '滏峧县职业教育中心实训楼',
    '城南新区',
    '新建实训楼1.8万平方米及配套设施',
    9800,
    4000,
    0,
    '未开工（规划手续办理中）',
    '县教育局',
  ],
];

const finished: Project[] = [
  [
    '滏峧县粮食仓储物流中心',
    '北岗镇',
    '新建仓容5万吨的粮食平房仓及烘干、物流设施',
    18000,
    5000,
    5000,
    '已竣工投用',
    '县粮食和物资储备局',
  ],
  [
    '滏峧县城南污水处理厂提标改造工程',
    '城南新区',
    '日处理规模提至4万吨，出水达到一级A标准',
    7600,
    3000,
    2850,
    '主体改造完成，调试运行',
    '县住房和城乡建设局',
  ],
];

const sum = (list: readonly Project[], at: 3 | 4 | 5) => list.reduce((s, p) => s + p[at], 0);
const rate = (done: number, plan: number) => (plan > 0 ? (done / plan) * 100 : 0);
const totals = (label: string, list: readonly Project[]): Value[] => [
  null,
  label,
  null,
  null,
  sum(list, 3),
  sum(list, 4),
  sum(list, 5),
  rate(sum(list, 5), sum(list, 4)),
  null,
  null,
];

export function fujiaoXls(): Buffer {
  const all = [...continued, ...started, ...finished];
  let n = 0;
  const rowsOf = (list: readonly Project[]): Value[][] =>
    list.map(([name, place, content, total, plan, done, progress, owner]) => {
      n += 1;
      return [n, name, place, content, total, plan, done, rate(done, plan), progress, owner];
    });
  const rows: Value[][] = [
    totals(`合计（${all.length}个）`, all),
    totals(`一、续建项目（${continued.length}个）`, continued),
    ...rowsOf(continued),
    totals(`二、新开工项目（${started.length}个）`, started),
    ...rowsOf(started),
    totals(`三、建成投产项目（${finished.length}个）`, finished),
    ...rowsOf(finished),
  ];
  return bureauWorkbookXls(
    [
      {
        name: '1—8月',
        title: '滏峧县2025年1—8月重点项目进展情况表',
        unitLine: '单位：万元',
        header: [
          '序号',
          '项目名称',
          '建设地点',
          '建设内容',
          '总投资',
          '年度计划投资',
          '1—8月完成',
          '完成率（%）',
          '形象进度',
          '责任单位',
        ],
        rows,
        notes: [
          '注：1.完成率＝1—8月完成投资÷年度计划投资；时序进度按66.7%计，12个项目1—8月完成投资10.46亿元，高于时序进度4.9个百分点。',
          '2.新开工项目计划开工5个，已开工4个，开工率80%；建成投产项目2个已全部竣工。',
          '3.数据由项目责任单位填报，截至8月31日，以统计部门联网直报数据为准。',
        ],
        formats: [null, null, null, null, '0', '0', '0', '0.0', null, null],
      },
    ],
    { bureau: '滏峧县发展和改革局', nameWidth: 6, valueWidth: 16 },
  );
}
