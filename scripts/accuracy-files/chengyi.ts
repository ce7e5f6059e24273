// The four-hundred-and-forty-sixth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through indicator-sheet.ts; session
// 48): 澄漪市's (an invented county-level city of Jiangsu) 发展和改革委员会 2015年1—8月重大项目推进情况表, one sheet: a merged
// title, the 填报单位 and date line, a one-row header (序号 | 项目名称 | 建设内容 | 总投资（亿元） | 年度计划（亿元） | 1—8月完成（亿元）
// | 完成年度计划% | 形象进度 | 存在问题), the 合计 row, three section rows (工业, 服务业, 基础设施 with their counts), twenty-two
// projects with `—` in 存在问题 where there is none, a 说明 row, a two-point 注 and the signature. Invented place and figures; its
// answers are tests/accuracy/chengyi-2015-m1-8-projects.answers.json, written by hand from the rows below.

import { indicatorSheetXls, type Value } from './indicator-sheet.js';

export const chengyi = { name: 'chengyi-2015-m1-8-projects' };

/** 项目名称, 建设内容, 总投资, 年度计划, 1—8月完成, 形象进度, 存在问题 (amounts in 亿元). */
type Project = readonly [string, string, number, number, number, string, string];

const sections: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、工业项目（10个）',
    [
      [
        '澄漪高新区智能装备产业园项目',
        '新建标准厂房12万平方米，引进数控机床、工业机器人生产线',
        38.5,
        8.2,
        5.86,
        '3栋厂房主体完工，2条生产线设备安装',
        '部分设备进口通关周期长',
      ],
      [
        '澄漪新能源汽车动力总成项目',
        '年产20万套动力总成，建设厂房及研发中心',
        26.0,
        7.5,
        5.12,
        '一期厂房竣工，设备调试',
        '—',
      ],
      [
        '澄漪光电子材料产业化项目',
        '建设光纤预制棒及光纤生产线',
        18.6,
        5.0,
        3.68,
        '主体厂房封顶',
        '环评批复滞后',
      ],
      [
        '澄漪特种合金材料技改项目',
        '新增熔炼、轧制设备，改造生产线4条',
        12.4,
        4.2,
        3.25,
        '设备安装完成80%',
        '—',
      ],
      [
        '澄漪生物医药产业园一期',
        '建设GMP标准厂房及研发楼5.6万平方米',
        15.2,
        4.0,
        2.31,
        '桩基施工完成，主体施工',
        '用地指标未全部落实',
      ],
      ['澄漪精密电子元器件项目', '年产电子元器件30亿只', 9.8, 3.5, 2.86, '试生产', '—'],
      [
        '澄漪纺织印染集中区提升改造项目',
        '印染企业入区集聚，建设污水集中处理设施',
        8.6,
        3.0,
        1.42,
        '污水处理设施土建施工',
        '企业搬迁协调难度大',
      ],
      ['澄漪绿色建材产业基地', '建设装配式建筑构件生产线3条', 7.5, 2.6, 2.05, '1条生产线投产', '—'],
      ['澄漪食品产业园冷链加工项目', '建设冷库及农产品精深加工车间', 5.2, 2.0, 1.46, '冷库主体完工', '—'],
      [
        '澄漪风电装备配套项目',
        '年产风电塔筒、法兰800套',
        6.8,
        2.5,
        0.92,
        '完成土地摘牌，进场施工',
        '开工时间推迟2个月',
      ],
    ],
  ],
  [
    '二、服务业项目（6个）',
    [
      [
        '澄漪城南商业综合体',
        '建设购物中心、酒店及写字楼，建筑面积28万平方米',
        22.0,
        5.0,
        3.72,
        '主体结构施工至12层',
        '—',
      ],
      ['澄漪港物流园二期', '建设仓储设施15万平方米及信息平台', 10.5, 3.2, 2.18, '仓库主体完工', '—'],
      ['澄漪电子商务产业园', '建设电商孵化楼及配套设施', 4.8, 1.8, 1.35, '装修施工', '—'],
      [
        '澄漪湖旅游度假区项目',
        '建设度假酒店、游客中心及景观工程',
        16.5,
        3.5,
        1.62,
        '游客中心封顶',
        '拆迁未完成',
      ],
      ['澄漪健康养老服务中心', '建设养老床位1200张及医疗康复楼', 6.2, 2.0, 1.28, '主体施工', '—'],
      ['澄漪科技服务大厦', '建设研发办公楼6.5万平方米', 5.5, 1.5, 1.12, '主体结构封顶', '—'],
    ],
  ],
  [
    '三、基础设施项目（6个）',
    [
      ['澄漪北互通改造工程', '互通改造及连接线3.2公里', 7.8, 3.0, 2.26, '路基完成，桥梁施工', '—'],
      [
        '澄漪城区污水管网完善工程',
        '新建污水主管网42公里',
        4.6,
        2.2,
        1.58,
        '完成管网铺设30公里',
        '部分路段管线迁改滞后',
      ],
      [
        '澄漪滨江大道快速化改造工程',
        '全长8.6公里，新建高架3.4公里',
        18.2,
        5.5,
        3.34,
        '高架桩基完成70%',
        '征地拆迁进度慢',
      ],
      ['澄漪市人民医院新院区', '建设床位1000张，建筑面积16万平方米', 14.5, 4.0, 2.95, '门诊楼主体封顶', '—'],
      [
        '澄漪区域供水管网互联互通工程',
        '新建输水管线26公里及加压泵站2座',
        3.6,
        1.6,
        1.21,
        '管线铺设完成75%',
        '—',
      ],
      ['澄漪高级中学迁建工程', '新建校舍8.2万平方米', 4.2, 2.0, 1.68, '教学楼主体完工', '—'],
    ],
  ],
];

const pct = (done: number, plan: number): number => Math.round((done / plan) * 1000) / 10;

function rows(): Value[][] {
  const all = sections.flatMap(([, projects]) => projects);
  const sum = (i: 2 | 3 | 4): number => Math.round(all.reduce((s, p) => s + p[i], 0) * 100) / 100;
  const out: Value[][] = [
    [null, `合计（${all.length}个）`, null, sum(2), sum(3), sum(4), pct(sum(4), sum(3)), null, null],
  ];
  let n = 0;
  for (const [heading, projects] of sections) {
    out.push([heading]);
    for (const [name, content, total, plan, done, progress, problem] of projects)
      out.push([++n, name, content, total, plan, done, pct(done, plan), progress, problem]);
  }
  return out;
}

const notes = [
  '说明：2015年全市共安排重大项目22个，总投资267亿元，年度计划投资77.8亿元；1—8月累计完成投资53.22亿元，完成年度计划的68.4%，超序时进度1.7个百分点。其中，工业项目完成投资28.93亿元，完成年度计划的68.1%；有9个项目存在用地、拆迁、审批等制约因素，需加大协调推进力度。',
  '注：1.序时进度按66.7%计；2.“完成年度计划%”为1—8月完成投资占年度计划投资的比重。',
];

export function chengyiXls(): Buffer {
  return indicatorSheetXls('1-8月', {
    title: '澄漪市2015年1—8月重大项目推进情况表',
    compiler: '填报单位：澄漪市发展和改革委员会',
    date: '2015年9月8日',
    header: [
      '序号',
      '项目名称',
      '建设内容',
      '总投资（亿元）',
      '年度计划（亿元）',
      '1—8月完成（亿元）',
      '完成年度计划%',
      '形象进度',
      '存在问题',
    ],
    rows: rows(),
    notes,
    bureau: '澄漪市发展和改革委员会',
    format: (c) => (c === 6 ? '0.0' : '0.00'),
    widths: [6, 30, 36, 12, 12, 14, 12, 28, 22],
  });
}
