// The one-hundred-and-forty-fifth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS through
// bureau-sheets.ts as xuetong.ts writes its own): a Hunan-style county 发展和改革局's 2026年重点建设项目1—8月进度表 (渌峁县
// under 沩州市), one sheet: a merged title row, 单位：万元, the header 项目名称 | 建设内容 | 总投资 | 年度计划投资 | 1—8月完成 |
// 占年计划% | 进展情况, eight projects with phases and a year inside names (（二期）, （2026年）), capacities and lengths in
// the 建设内容 cells, one project not started (0 completed), shares stored as computed doubles shown through 0.0, a 合计 row,
// two 注 rows and the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/lumao-2026-m8-projects.answers.json.

import { bureauWorkbookXls, type Value } from './bureau-sheets.js';

export const lumao = { name: 'lumao-2026-m8-projects' };

/** 项目名称, 建设内容, 总投资, 年度计划投资, 1—8月完成 (万元), 进展情况; the share is worked out as Excel would. */
const projects: readonly [string, string, number, number, number, string][] = [
  [
    '渌峁县高新区智能装备产业园（二期）',
    '新建标准厂房12万平方米及配套设施',
    86000,
    24000,
    17600,
    '3栋厂房主体封顶',
  ],
  ['渌峁县渌江防洪治理工程', '新建堤防8.6公里，改造穿堤建筑物14处', 52000, 15000, 9800, '堤身填筑完成60%'],
  ['沩州至渌峁一级公路改扩建工程', '改扩建一级公路23.5公里', 128000, 30000, 23400, '路基完成85%，路面施工中'],
  [
    '渌峁县人民医院综合住院楼',
    '新建住院楼4.2万平方米，新增床位500张',
    36000,
    12000,
    8900,
    '主体完工，进入装修阶段',
  ],
  ['渌峁县农产品冷链物流园', '新建冷库3万吨及交易中心', 24500, 8000, 3600, '完成场地平整'],
  ['渌峁县城区老旧小区改造（2026年）', '改造老旧小区46个、惠及3820户', 18600, 18600, 11200, '已开工32个小区'],
  ['渌峁县5万千瓦农光互补光伏发电项目', '建设光伏电站5万千瓦及升压站', 31000, 20000, 0, '正在办理用地手续'],
  ['渌峁县第三中学新建工程', '新建校舍5.6万平方米，办学规模72个班', 42000, 15000, 12600, '教学楼主体封顶'],
];

const share = (done: number, plan: number) => (done / plan) * 100;
const sum = (i: 2 | 3 | 4) => projects.reduce((total, p) => total + p[i], 0);

const rows: Value[][] = [
  ...projects.map(([name, content, total, plan, done, progress]) => [
    name,
    content,
    total,
    plan,
    done,
    share(done, plan),
    progress,
  ]),
  ['合计', null, sum(2), sum(3), sum(4), share(sum(4), sum(3)), null],
];

export const lumaoXls = (): Buffer =>
  bureauWorkbookXls(
    [
      {
        name: '1—8月进度',
        title: '渌峁县2026年重点建设项目1—8月进度表',
        unitLine: '单位：万元',
        header: ['项目名称', '建设内容', '总投资', '年度计划投资', '1—8月完成', '占年计划%', '进展情况'],
        rows,
        notes: [
          '注：1.本表由各项目业主单位填报，县发展和改革局汇总；',
          '2.占年计划%为1—8月完成投资占年度计划投资的比重。',
        ],
        formats: [null, null, '0', '0', '0', '0.0', null],
      },
    ],
    { bureau: '渌峁县发展和改革局', nameWidth: 34, valueWidth: 14 },
  );
