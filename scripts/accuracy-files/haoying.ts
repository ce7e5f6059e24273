// The one-hundred-and-seventy-seventh held-out batch's Word file (session 34): a Guangdong-style district 发展和改革局's
// report on the execution of the 2026 plan in the first quarter (淏潆区 under 濂澉市) delivered as .docx, whose
// indicator table has a merged header: 指标 and 年度目标（%） merged down, one 一季度 group over 总量 and 增速（%）, then
// 全市排位 and 与目标差距（百分点） merged down (spannedHeaderRows, as dongrui.ts); a unit line above the table and a
// note under it. Invented place and figures; its answers are tests/accuracy/haoying-2026-q1-plan.answers.json,
// written by hand from the text below.

import { AlignmentType } from 'docx';
import { reportDocx, reportSection } from './word-report.js';
import { bodyRow, para, sizedTable, small, spannedHeaderRows } from './word-table.js';

export const haoying = {
  name: 'haoying-2026-q1-plan',
  docNumber: '淏发改〔2026〕21号',
  title: '淏潆区2026年一季度国民经济和社会发展计划执行情况',
  office: '濂澉市淏潆区发展和改革局',
  paragraphs: [
    '今年以来，全区深入实施“百县千镇万村高质量发展工程”，坚持制造业当家，狠抓项目建设和消费提振，一季度经济运行实现平稳开局。现将有关情况报告如下。',
    '一、一季度计划执行情况',
    '（一）经济总量平稳增长。经市统计局统一核算，一季度全区实现地区生产总值186.42亿元，同比增长5.1%，比全市平均水平高0.3个百分点，增速在全市7个区（县）中排第3位，与年度目标5.5%相差0.4个百分点。其中，第一产业增加值3.21亿元，增长3.8%；第二产业增加值82.65亿元，增长6.3%；第三产业增加值100.56亿元，增长4.2%。',
    '（二）工业生产提速增效。规模以上工业增加值61.38亿元，增长7.6%，高于年度目标0.6个百分点，增速居全市第2位，比去年同期前移2位。先进制造业增加值增长11.2%，占规模以上工业增加值比重达56.4%。规模以上工业总产值268.90亿元，增长6.8%。一季度新增规模以上工业企业9家。',
    '（三）投资增速有待回升。固定资产投资同比下降2.4%，低于年度目标8.4个百分点，居全市第6位。其中，工业投资增长14.8%，工业技改投资增长21.6%；房地产开发投资下降18.3%。全区纳入省市重点建设项目38个，一季度完成投资26.7亿元，占年度计划的27.9%，超时序进度2.9个百分点。',
    '（四）消费外贸稳中有进。社会消费品零售总额58.73亿元，增长4.6%，略低于年度目标0.4个百分点。外贸进出口总额96.25亿元，增长8.9%；其中出口71.38亿元，增长12.5%，增速居全市首位。',
    '（五）财政民生保障有力。地方一般公共预算收入6.84亿元，增长2.7%，完成年度预算的24.6%；其中税收收入5.02亿元，下降1.4%。居民人均可支配收入15862元，增长4.9%。城镇新增就业1356人，完成年度任务的33.9%。',
    '二、存在的主要问题',
    '一是投资增长乏力，房地产开发投资降幅较大，新开工项目接续不足；二是财政增收压力较大，税收收入同比下降；三是全区8项主要指标中有4项增速未达到年度目标，完成全年任务仍需加力。',
    '三、重点项目推进情况',
    '濂澉临港智能制造产业园项目总投资45亿元，累计完成投资18.6亿元，一期5栋厂房已封顶。淏潆区人民医院扩建工程总投资8.2亿元，一季度完成投资0.9亿元。淏潆大道东延线工程于3月动工。',
    '四、下一步工作安排',
    '（一）全力扩投资稳增长。加快重点项目前期工作，确保全年固定资产投资增长6%以上，力争上半年地区生产总值增长5.5%以上。',
    '（二）推动制造业提质。落实工业稳增长措施，力争全年外贸进出口总额突破200亿元。',
    '（三）兜牢民生底线。抓好就业创业和民生实事，确保完成全年各项目标任务。',
  ],
  caption: '淏潆区2026年一季度主要经济指标完成情况表',
  unit: '单位：亿元、元、%',
  before: ['指标', '年度目标（%）'],
  groups: ['一季度'],
  sub: ['总量', '增速（%）'],
  after: ['全市排位', '与目标差距（百分点）'],
  rows: [
    ['地区生产总值', '5.5', '186.42', '5.1', '3', '-0.4'],
    ['规模以上工业增加值', '7', '61.38', '7.6', '2', '0.6'],
    ['固定资产投资', '6', '—', '-2.4', '6', '-8.4'],
    ['　其中：工业投资', '10', '—', '14.8', '2', '4.8'],
    ['社会消费品零售总额', '5', '58.73', '4.6', '4', '-0.4'],
    ['外贸进出口总额', '3', '96.25', '8.9', '1', '5.9'],
    ['地方一般公共预算收入', '4', '6.84', '2.7', '5', '-1.3'],
    ['居民人均可支配收入（元）', '5', '15862', '4.9', '3', '-0.1'],
  ],
  notes: [
    '注：1.全市排位为增速在濂澉市7个区（县）中的位次。',
    '2.与目标差距为一季度增速减年度目标，正数为快于目标。',
  ],
  closing: ['濂澉市淏潆区发展和改革局', '2026年4月24日'],
};

export async function haoyingDocx(): Promise<Buffer> {
  const r = haoying;
  const widths = [2800, 1100, 1100, 1000, 1000, 1400];
  return reportDocx(
    [
      reportSection({}, [
        small(r.docNumber, AlignmentType.CENTER),
        para(r.title, { alignment: AlignmentType.CENTER, bold: true }),
        ...r.paragraphs.map((p) => para(p)),
        para(r.caption, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
        small(r.unit, AlignmentType.RIGHT),
        sizedTable(widths, [...spannedHeaderRows(r), ...r.rows.map(bodyRow)]),
        ...r.notes.map((n) => small(n)),
        ...r.closing.map((c) => para(c, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: r.title, office: r.office },
  );
}
