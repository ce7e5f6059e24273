// The two-hundred-and-seventh held-out batch's PDF (session 35): a Jiangsu-style county's 2026年重大项目1—6月进展情况表
// (溧芗县 under 澛港市), laid out in Word on a landscape page and printed to PDF by LibreOffice, as the county's 重大项目
// 办公室 sends it round: the title, 填报单位 and 截至 lines, 单位：万元 at the right, one header row (序号 | 项目名称 | 建设内容 |
// 总投资 | 年度计划投资 | 1—6月完成 | 占年度计划（%） | 形象进度 | 存在问题), the 合计 row first with the programme's count in
// 个, then 一、产业项目 and 二、基础设施项目 and 三、社会事业项目 each headed by its subtotal row, fifteen numbered projects (one 未开工 at 0,
// '无' in the problems column where there is none), a 说明 under the table with the schedule and the programme against it,
// and the 填表人/审核人 line. Built from word-report.ts's sections and word-table.ts's plainTable, as dongjiao.ts lays out
// its sheet. Invented place, projects and figures; the answers are tests/accuracy/lixiang-2026-h1-projects.answers.json.

import { AlignmentType } from 'docx';
import { figureSums, completionRate as rate } from './project-schedule.js';
import { footerForms, landscapeSheetDocx } from './word-report.js';
import { para } from './word-table.js';

/** 项目名称, 建设内容, 总投资, 年度计划投资, 1—6月完成 (万元), 形象进度, 存在问题. */
type Project = readonly [string, string, number, number, number, string, string];

const blocks: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、产业项目',
    [
      [
        '溧芗县高端装备制造产业园项目',
        '新建厂房及配套用房22万平方米，购置数控加工设备320台（套）',
        260000,
        48000,
        27360,
        '3栋厂房主体完工，设备进场安装',
        '无',
      ],
      [
        '溧芗新能源电池材料项目',
        '建设年产5万吨正极材料生产线',
        180000,
        40000,
        18400,
        '一期车间钢结构施工',
        '配套变电站接入审批较慢',
      ],
      [
        '溧芗县绿色食品产业园二期',
        '新建标准化加工车间及冷链仓储中心',
        65000,
        20000,
        11600,
        '冷链仓储中心主体封顶',
        '无',
      ],
      [
        '澛港溧芗光电显示模组项目',
        '建设显示模组生产线6条',
        98000,
        30000,
        12300,
        '1号厂房装修，2号厂房基础施工',
        '部分设备进口周期较长',
      ],
      [
        '溧芗县生物质热电联产项目',
        '建设2台130吨/小时生物质锅炉及配套机组',
        52000,
        18000,
        9900,
        '锅炉安装完成60%',
        '无',
      ],
      [
        '溧芗县智能家居产业园项目',
        '新建厂房及研发楼15万平方米',
        75000,
        15000,
        0,
        '未开工，正在办理施工许可',
        '土地指标尚未落实',
      ],
    ],
  ],
  [
    '二、基础设施项目',
    [
      [
        '溧芗至澛港快速通道工程',
        '全长26.8公里，一级公路标准',
        168000,
        42000,
        23520,
        '路基完成75%，3座桥梁下部结构完工',
        '沿线杆线迁移进度滞后',
      ],
      ['溧芗县城区雨污分流改造工程', '改造雨污管网58公里', 36000, 12000, 6840, '完成管网改造31公里', '无'],
      [
        '芗河综合治理工程',
        '河道疏浚18公里，新建护岸22公里',
        28000,
        10000,
        4300,
        '河道疏浚完成40%',
        '汛期施工受限',
      ],
      [
        '溧芗县220千伏输变电工程',
        '新建220千伏变电站1座，线路42公里',
        32000,
        10000,
        5600,
        '主变基础施工完成，铁塔组立过半',
        '无',
      ],
      [
        '溧芗县农村供水一体化工程',
        '新建水厂1座，改造供水管网260公里',
        21000,
        9000,
        4950,
        '新建水厂主体完工',
        '无',
      ],
    ],
  ],
  [
    '三、社会事业项目',
    [
      [
        '溧芗县人民医院门急诊综合楼',
        '建筑面积6.8万平方米，床位800张',
        46000,
        14000,
        8260,
        '主体结构施工至第9层',
        '无',
      ],
      ['溧芗高级中学迁建工程', '办学规模72个班', 39000, 13000, 7540, '教学楼主体封顶，体育馆基础施工', '无'],
      [
        '溧芗县城东保障性租赁住房项目',
        '建设住房1200套',
        24000,
        8000,
        3120,
        '基础工程施工',
        '拆迁尾留户2户未签约',
      ],
      [
        '溧芗县养老服务中心',
        '建筑面积3.2万平方米，床位600张',
        12500,
        5000,
        2050,
        '主体结构施工至第3层',
        '设计变更审批中',
      ],
    ],
  ],
];

const sums = (ps: readonly Project[]) => figureSums(ps, 2);

const all = blocks.flatMap(([, ps]) => ps);
const [total, plan, done] = sums(all);

const rows: string[][] = [
  ['', `合计（${all.length}个）`, '', String(total), String(plan), String(done), rate(done, plan), '', ''],
];
let n = 0;
for (const [head, ps] of blocks) {
  const [t, p, d] = sums(ps);
  rows.push(['', `${head}（${ps.length}个）`, '', String(t), String(p), String(d), rate(d, p), '', '']);
  for (const [name, content, t1, p1, d1, progress, problem] of ps)
    rows.push([
      String(++n),
      name,
      content,
      String(t1),
      String(p1),
      String(d1),
      rate(d1, p1),
      progress,
      problem,
    ]);
}

export const lixiang = {
  name: 'lixiang-2026-h1-projects',
  office: '溧芗县重大项目建设指挥部办公室',
  title: '溧芗县2026年重大项目1—6月进展情况表',
  filer: '填报单位：溧芗县重大项目建设指挥部办公室　　　　截至：2026年6月30日',
  unit: '单位：万元',
  header: [
    '序号',
    '项目名称',
    '建设内容',
    '总投资',
    '年度计划投资',
    '1—6月完成',
    '占年度计划（%）',
    '形象进度',
    '存在问题',
  ],
  rows,
  notes: [
    '说明：1.占年度计划为1—6月完成投资占年度计划投资的比重，序时进度按50%计。',
    '2.全县15个重大项目1—6月累计完成14.57亿元，占年度计划的49.6%，低于序时进度0.4个百分点；已开工14个，开工率93.3%。',
    '3.占年度计划低于45%的5个项目（含未开工1个）列入县重大项目“红黑榜”督查，由县重大项目建设指挥部每月通报。',
  ],
  signature: '填表人：任晓芗　　审核人：周建溧　　报送日期：2026年7月8日',
  runningHeader: '溧芗县重大项目建设指挥部办公室',
};

/** Column widths across a landscape A4 page's text width (twips). */
const widths = [560, 2350, 2300, 1250, 1150, 1050, 1000, 2200, 2000];

/** The .docx: one landscape section, the table across the sheet as the office lays it out in Word. */
export function lixiangDocx(): Promise<Buffer> {
  const d = lixiang;
  return landscapeSheetDocx(
    d,
    [para(d.filer, { alignment: AlignmentType.LEFT })],
    widths,
    footerForms.hyphens,
  );
}
