// The one-hundred-and-forty-fifth held-out batch's .docx (session 33): a Hunan-style county 发展和改革局's report on the
// execution of the 2026 plan in the first quarter (洣岑县 under 澬州市): the document number, the addressee, 规模工业 and
// 地方一般公共预算收入 as Hunan writes them, each indicator with 高于/低于全年目标B个百分点, 比全市平均高 and its rank among
// the city's counties with 前移/后移, 完成年度预算的A% with 超序时进度, 税收占比, 完成全年目标任务N人的A%, the key-project
// programme with four projects, the problems and the second quarter's 上半年 goals; then the table 洣岑县2026年一季度主要
// 经济指标完成情况 whose header spans two rows: 指标 | 全年目标（%） | 一季度 over 绝对值 and 增速（%） | 全市排名, the
// units inside the rows' names, '—' cells and a 注 under it. Built with word-report.ts's shell and edited-runs.ts's
// paragraphs and cells (officeReportDocx has a one-row header only). Invented place and figures; the answers are
// tests/accuracy/micen-2026-q1-plan.answers.json.

import { AlignmentType, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { continued, editedCell, editedPara, spanDown } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';

export const micen = { name: 'micen-2026-q1-plan' };

const title = '洣岑县发展和改革局关于2026年一季度国民经济和社会发展计划执行情况的报告';

const body = [
  '洣发改〔2026〕19号',
  '县人民政府：',
  '2026年是“十五五”开局之年。一季度，全县上下坚持稳中求进工作总基调，紧扣年度目标任务，扎实开展“项目攻坚年”和“消费提振年”活动，经济运行开局平稳、稳中有进。现将2026年一季度国民经济和社会发展计划执行情况报告如下。',
  '一、主要经济指标完成情况',
  '（一）地区生产总值。经澬州市统计局反馈，一季度全县完成地区生产总值58.42亿元，同比增长6.1%，低于全年目标0.4个百分点，比全市平均水平高0.3个百分点，增速排全市11个县市区第5位，较上年同期前移2位。其中，第一产业增加值6.18亿元，增长3.8%；第二产业增加值21.35亿元，增长7.2%；第三产业增加值30.89亿元，增长5.7%。',
  '（二）规模工业。规模工业增加值同比增长8.4%，高于全年目标0.4个百分点，排全市第3位。全县127家规模工业企业中有96家实现产值正增长，增长面75.6%；一季度新增入规企业5家。有色金属深加工、食品加工两大主导产业增加值分别增长11.3%和9.6%。',
  '（三）固定资产投资。全县固定资产投资同比增长9.2%，高于全年目标2.2个百分点，增速排全市第2位。其中产业投资增长15.4%，占全部投资的比重为58.6%，比上年同期提高4.2个百分点；房地产开发投资下降7.5%。',
  '（四）消费和外贸。社会消费品零售总额完成24.36亿元，同比增长5.2%，低于全年目标0.8个百分点，排全市第8位，较上年全年后移1位。进出口总额3.42亿元，同比增长12.6%，增速居全市第一。',
  '（五）财政收入。地方一般公共预算收入完成2.86亿元，同比增长4.5%，完成年度预算的27.8%，超序时进度2.8个百分点，排全市第6位；其中税收收入1.93亿元，增长3.1%，税收占比67.5%。一般公共预算支出9.74亿元，增长6.3%。',
  '（六）居民收入和就业。城镇居民人均可支配收入12860元，同比增长5.4%；农村居民人均可支配收入6245元，同比增长7.1%。城乡居民收入比由上年同期的2.12缩小至2.06。城镇新增就业1380人，完成全年目标任务5000人的27.6%。',
  '二、重点项目建设情况',
  '全县纳入省市县重点建设项目42个，总投资186.5亿元，年度计划投资38.6亿元。一季度新开工项目8个，重点项目完成投资10.24亿元，完成年度计划的26.5%。洣岑县经开区新能源电池材料产业园项目总投资15.8亿元，一季度完成投资2.1亿元，累计完成投资6.4亿元，一号厂房已投产；澬州至洣岑高速公路连接线总投资9.6亿元，一季度完成投资1.35亿元；洣岑县中医医院整体搬迁项目总投资3.2亿元，主体工程完成70%；洣岑县城区污水管网改造工程已完成招标，计划4月中旬进场施工。',
  '三、存在的主要问题',
  '一是经济增长承压，地区生产总值增速低于全年目标。二是消费恢复偏慢，社会消费品零售总额增速排位后移。三是房地产开发投资持续下降，对投资增长形成拖累。',
  '四、二季度工作打算',
  '（一）全力冲刺“双过半”。力争上半年地区生产总值增长6.5%，规模工业增加值增长8.5%以上，固定资产投资增长9%以上。',
  '（二）加快项目建设。推动洣岑县经开区新能源电池材料产业园项目二号厂房6月底前完成主体施工，确保澬州至洣岑高速公路连接线二季度完成投资2亿元以上。',
  '（三）提振消费市场。开展“洣水味道”美食节等促消费活动，力争二季度社会消费品零售总额增长6%。',
  '附件：洣岑县2026年一季度主要经济指标完成情况',
];

const DASH = '—';

/** 指标 | 全年目标（%） | 一季度: 绝对值, 增速（%） | 全市排名; the units in the names. */
const rows: readonly (readonly string[])[] = [
  ['地区生产总值（亿元）', '6.5', '58.42', '6.1', '5'],
  ['第一产业增加值（亿元）', '3.5', '6.18', '3.8', '7'],
  ['规模工业增加值', '8', DASH, '8.4', '3'],
  ['固定资产投资', '7', DASH, '9.2', '2'],
  ['社会消费品零售总额（亿元）', '6', '24.36', '5.2', '8'],
  ['进出口总额（亿元）', '10', '3.42', '12.6', '1'],
  ['地方一般公共预算收入（亿元）', '5', '2.86', '4.5', '6'],
  ['城镇居民人均可支配收入（元）', '6', '12860', '5.4', '4'],
  ['农村居民人均可支配收入（元）', '7', '6245', '7.1', '3'],
];

const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  editedPara(text, { alignment, heading: isPartHeading(text) });

const table = new Table({
  width: { size: 9000, type: WidthType.DXA },
  rows: [
    new TableRow({
      tableHeader: true,
      children: [
        spanDown('指标'),
        spanDown('全年目标（%）'),
        editedCell('一季度', { columnSpan: 2 }),
        spanDown('全市排名'),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [continued(), continued(), editedCell('绝对值'), editedCell('增速（%）'), continued()],
    }),
    ...rows.map((r) => new TableRow({ children: r.map((text) => editedCell(text)) })),
  ],
});

const annex: (Paragraph | Table)[] = [
  para('洣岑县2026年一季度主要经济指标完成情况', AlignmentType.CENTER),
  table,
  para('注：全市排名为增速在全市11个县市区中的位次；规模工业增加值、固定资产投资按统计制度只反映增速。'),
];

export function micenDocx(): Promise<Buffer> {
  return reportDocx(
    [
      reportSection({ footer: footerForms.hyphens }, [
        reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
        ...body.map((p) => para(p)),
        ...annex,
        para('洣岑县发展和改革局', AlignmentType.RIGHT),
        para('2026年4月20日', AlignmentType.RIGHT),
      ]),
    ],
    { title, office: '洣岑县发展和改革局' },
  );
}
