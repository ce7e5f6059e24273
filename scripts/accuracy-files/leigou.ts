// The two-hundred-and-twenty-first held-out batch's PDF (session 36): a Hunan-style county 发展和改革局's 2025年重点项目建设
// 1—5月进展情况 (耒岣县 under 沅崂市), typed in WPS on a landscape page and printed to PDF by LibreOffice, as the bureau's
// 重点项目办 sends it round: the title, the 填报单位 and 截至 lines, 单位：万元 at the right, one wide header row (序号 | 项目名称 |
// 建设性质 | 总投资 | 年度计划 | 1—5月完成 | 完成率（%） | 形象进度), the 合计 row first with the programme's count, then
// 一、产业项目, 二、基础设施项目 and 三、民生项目 each headed by its subtotal row, thirteen numbered projects (续建 or 新建, one
// 新建 not started at 0), long names and progress cells wrapped in their narrow columns, a 说明 under the table with the
// schedule and the programme against it, and the 填表人/审核人 line. Built from word-report.ts's sections and
// word-table.ts's plainTable, as lixiang.ts lays out its sheet. Invented place, projects and figures; the answers are
// tests/accuracy/leigou-2025-m5-projects.answers.json.

import { AlignmentType } from 'docx';
import { figureSums, completionRate as rate } from './project-schedule.js';
import { footerForms, landscapeSheetDocx } from './word-report.js';
import { para } from './word-table.js';

/** 项目名称, 建设性质, 总投资, 年度计划, 1—5月完成 (万元), 形象进度. */
type Project = readonly [string, string, number, number, number, string];

const blocks: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、产业项目',
    [
      [
        '耒岣县高性能硬质合金刀具产业化项目',
        '续建',
        86000,
        24000,
        11520,
        '2号、3号车间主体完工，设备进场调试',
      ],
      [
        '耒岣经开区新型储能电池结构件项目',
        '新建',
        120000,
        30000,
        13200,
        '1号厂房钢结构吊装完成，2号厂房基础施工',
      ],
      ['耒岣县竹木精深加工产业园', '续建', 45000, 12000, 6120, '标准厂房4栋封顶，2家企业入驻试产'],
      ['耒岣县农副产品加工物流园（一期）', '新建', 28000, 8000, 0, '完成土地报批，正在办理施工许可'],
      ['沅崂耒岣光伏玻璃深加工项目', '续建', 65000, 18000, 8640, '深加工线安装完成70%'],
    ],
  ],
  [
    '二、基础设施项目',
    [
      ['耒岣至沅崂一级公路改扩建工程', '续建', 98000, 26000, 12480, '路基完成85%，路面完成30%'],
      ['耒岣县城区排水防涝及管网改造工程', '新建', 36000, 10000, 4100, '完成雨污管网改造12公里'],
      ['耒水耒岣段防洪治理工程', '续建', 24000, 8000, 3760, '堤防加固完成2.6公里'],
      ['耒岣县110千伏城东输变电工程', '新建', 9800, 6000, 2580, '站址土建施工，线路铁塔基础完成'],
    ],
  ],
  [
    '三、民生项目',
    [
      ['耒岣县人民医院住院综合楼', '续建', 42000, 12000, 5880, '主体施工至第11层'],
      ['耒岣县第二中学新校区建设项目', '续建', 36000, 11000, 5390, '教学楼封顶，宿舍楼施工至第4层'],
      ['耒岣县城北保障性住房项目', '新建', 18000, 6000, 2220, '基础工程施工'],
      ['耒岣县乡镇养老服务中心提质改造', '续建', 8600, 4000, 1710, '9所敬老院完成改造6所'],
    ],
  ],
];

const sums = (ps: readonly Project[]) => figureSums(ps, 2);

const all = blocks.flatMap(([, ps]) => ps);
const [total, plan, done] = sums(all);

const rows: string[][] = [
  ['', `合计（${all.length}个）`, '', String(total), String(plan), String(done), rate(done, plan), ''],
];
let n = 0;
for (const [head, ps] of blocks) {
  const [t, p, d] = sums(ps);
  rows.push(['', `${head}（${ps.length}个）`, '', String(t), String(p), String(d), rate(d, p), '']);
  for (const [name, kind, t1, p1, d1, progress] of ps)
    rows.push([String(++n), name, kind, String(t1), String(p1), String(d1), rate(d1, p1), progress]);
}

export const leigou = {
  name: 'leigou-2025-m5-projects',
  office: '耒岣县发展和改革局',
  title: '耒岣县2025年重点项目建设1—5月进展情况',
  filer: '填报单位：耒岣县发展和改革局（县重点项目建设事务中心）',
  asOf: '截至时间：2025年5月31日',
  unit: '单位：万元',
  header: ['序号', '项目名称', '建设性质', '总投资', '年度计划', '1—5月完成', '完成率（%）', '形象进度'],
  rows,
  notes: [
    '说明：1.完成率为1—5月完成投资占年度计划的比重，时序进度按41.7%计。',
    '2.全县13个市级以上重点项目1—5月累计完成7.76亿元，完成年度计划的44.3%，超时序进度2.6个百分点；新建项目5个，已开工4个。',
    '3.完成率低于30%的项目由县重点项目建设领导小组办公室挂牌督办，每半月调度一次。',
  ],
  signature: '填表人：邓岣　　审核人：谢耒生　　报送日期：2025年6月6日',
  runningHeader: '耒岣县重点项目建设领导小组办公室',
};

/** Column widths across a landscape A4 page's text width (twips): narrow name and progress columns make them wrap. */
const widths = [560, 2600, 900, 1100, 1100, 1100, 1000, 2900];

/** The .docx: one landscape section, the table across the sheet as the bureau lays it out. */
export function leigouDocx(): Promise<Buffer> {
  const d = leigou;
  return landscapeSheetDocx(
    d,
    [para(d.filer, { alignment: AlignmentType.LEFT }), para(d.asOf, { alignment: AlignmentType.LEFT })],
    widths,
    footerForms.page,
  );
}
