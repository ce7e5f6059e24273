// The two-hundredth held-out batch's PDF (session 35): a Guangdong-style county's 2023年重点项目建设进展情况表 at the end of
// June (垌蕉县 under 罗洚市), laid out in Word on a landscape page and printed to PDF by LibreOffice, as a county 发改局
// sends it round: the title with the date it runs to under it, the 填报单位 line, 单位：万元 over the table, one header row
// (序号 | 项目名称 | 建设内容及规模 | 建设起止年限 | 总投资 | 2023年计划投资 | 1—6月完成投资 | 完成率（%） | 进展情况 | 责任单位), the 合计 row
// with the programme's count in 宗 first, then 产业, 基础设施 and 社会民生 blocks each headed by its subtotal row, fifteen
// numbered projects (one 未开工 at 0), a 注 under the table with the schedule and the programme against it, and the 填表人/
// 审核人 line. Built from word-report.ts's sections and word-table.ts's plainTable, with column widths across the sheet.
// Invented place, projects and figures; the answers are
// tests/accuracy/dongjiao-2023-h1-projects.answers.json.

import { AlignmentType } from 'docx';
import { figureSums, completionRate as rate } from './project-schedule.js';
import { footerForms, landscapeSheetDocx } from './word-report.js';
import { para } from './word-table.js';

/** 项目名称, 建设内容及规模, 建设起止年限, 总投资, 2023年计划投资, 1—6月完成投资 (万元), 进展情况, 责任单位. */
type Project = readonly [string, string, string, number, number, number, string, string];

const blocks: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、产业项目',
    [
      [
        '垌蕉县绿色建材产业园项目',
        '建设年产60万吨新型建材生产线及配套设施',
        '2022—2025',
        185000,
        32000,
        17600,
        '1号、2号车间主体完工，设备安装中',
        '县工业园区管委会',
      ],
      [
        '垌蕉县预制菜加工产业园项目',
        '新建加工车间、冷库及研发中心',
        '2023—2024',
        48000,
        15000,
        9450,
        '冷库主体封顶，加工车间钢结构施工',
        '县农业农村局',
      ],
      [
        '罗洚（垌蕉）产业转移工业园标准厂房（二期）',
        '建设标准厂房12万平方米',
        '2023—2024',
        62000,
        18000,
        7920,
        '6栋厂房主体施工',
        '县工业园区管委会',
      ],
      [
        '垌蕉县农光互补光伏发电项目',
        '装机容量200兆瓦',
        '2022—2023',
        86000,
        40000,
        27200,
        '光伏组件安装完成70%',
        '县发展和改革局',
      ],
      [
        '垌蕉县电子元器件产业园项目',
        '建设厂房及配套用房8.6万平方米',
        '2023—2024',
        52000,
        14000,
        8540,
        '2栋厂房主体封顶，配套用房基础施工',
        '县工业园区管委会',
      ],
      [
        '垌蕉县南药产业园项目',
        '种植基地3000亩及加工厂房',
        '2023—2025',
        21000,
        6000,
        0,
        '未开工，正在办理用地手续',
        '县农业农村局',
      ],
    ],
  ],
  [
    '二、基础设施项目',
    [
      [
        '垌蕉至罗洚一级公路改建工程',
        '全长28.6公里',
        '2021—2024',
        156000,
        35000,
        19250,
        '路基完成80%，桥梁下部结构施工',
        '县交通运输局',
      ],
      [
        '垌蕉县城区污水管网完善工程',
        '新建污水管网46公里',
        '2022—2024',
        32000,
        12000,
        6360,
        '完成管网铺设24公里',
        '县住房和城乡建设局',
      ],
      [
        '蕉溪水库除险加固工程',
        '大坝加固、溢洪道改建',
        '2023—2024',
        14500,
        8000,
        5120,
        '溢洪道改建完成',
        '县水务局',
      ],
      [
        '垌蕉县城东片区道路网工程',
        '新建市政道路7条，总长9.4公里',
        '2023—2025',
        38000,
        11000,
        5940,
        '3条道路完成路面铺设',
        '县住房和城乡建设局',
      ],
      [
        '垌蕉县农村供水保障工程',
        '新建水厂2座及配套管网',
        '2022—2024',
        26000,
        10000,
        4600,
        '1座水厂主体施工',
        '县水务局',
      ],
    ],
  ],
  [
    '三、社会民生项目',
    [
      [
        '垌蕉县人民医院住院大楼',
        '建筑面积5.2万平方米，床位600张',
        '2022—2025',
        42000,
        12000,
        7440,
        '主体结构施工至第11层',
        '县卫生健康局',
      ],
      [
        '垌蕉县实验中学新建项目',
        '办学规模60个班',
        '2022—2024',
        28000,
        9000,
        5310,
        '教学楼主体封顶',
        '县教育局',
      ],
      [
        '垌蕉县殡仪馆迁建项目',
        '用地面积60亩',
        '2023—2024',
        9800,
        4000,
        1320,
        '完成土地平整，主体基础施工',
        '县民政局',
      ],
      [
        '垌蕉县城北保障性住房项目',
        '建设住房860套',
        '2023—2025',
        19500,
        7000,
        2870,
        '基础工程施工',
        '县住房和城乡建设局',
      ],
    ],
  ],
];

const sums = (ps: readonly Project[]) => figureSums(ps, 3);

const all = blocks.flatMap(([, ps]) => ps);
const [total, plan, done] = sums(all);

const rows: string[][] = [
  [
    '',
    `合计（${all.length}宗）`,
    '',
    '',
    String(total),
    String(plan),
    String(done),
    rate(done, plan),
    '',
    '',
  ],
];
let n = 0;
for (const [head, ps] of blocks) {
  const [t, p, d] = sums(ps);
  rows.push(['', `${head}（${ps.length}宗）`, '', '', String(t), String(p), String(d), rate(d, p), '', '']);
  for (const [name, content, years, t1, p1, d1, progress, unit] of ps)
    rows.push([
      String(++n),
      name,
      content,
      years,
      String(t1),
      String(p1),
      String(d1),
      rate(d1, p1),
      progress,
      unit,
    ]);
}

export const dongjiao = {
  name: 'dongjiao-2023-h1-projects',
  office: '垌蕉县发展和改革局',
  title: '垌蕉县2023年重点项目建设进展情况表',
  under: '（截至2023年6月30日）',
  filer: '填报单位：垌蕉县发展和改革局（盖章）',
  unit: '单位：万元',
  header: [
    '序号',
    '项目名称',
    '建设内容及规模',
    '建设起止年限',
    '总投资',
    '2023年计划投资',
    '1—6月完成投资',
    '完成率（%）',
    '进展情况',
    '责任单位',
  ],
  rows,
  notes: [
    '注：1.完成率为1—6月完成投资占2023年计划投资的比例，序时进度按50%计。',
    '2.全县15宗重点项目1—6月完成投资12.89亿元，完成年度计划的55.3%，超序时进度5.3个百分点；已开工14宗，开工率93.3%。',
    '3.完成率低于序时进度的5宗项目（含未开工1宗）由县重点项目办挂牌督办，进展情况由各责任单位填报。',
  ],
  signature: '填表人：何静蕉　　审核人：罗建洚　　填报日期：2023年7月6日',
  runningHeader: '垌蕉县重点项目建设工作领导小组办公室',
};

/** Column widths across a landscape A4 page's text width (twips). */
const widths = [560, 2250, 1950, 1000, 1300, 1150, 1150, 900, 2200, 1300];

/** The .docx: one landscape section, the table across the sheet as the bureau lays it out in Word. */
export function dongjiaoDocx(): Promise<Buffer> {
  const d = dongjiao;
  return landscapeSheetDocx(
    d,
    [para(d.under, { alignment: AlignmentType.CENTER }), para(d.filer, { alignment: AlignmentType.LEFT })],
    widths,
    footerForms.hyphens,
  );
}
