// The twentieth held-out batch's Word file: a Fujian county-level city's 2024 report and 2025 draft (康岑市
// under 汀浦市) delivered as .docx, whose 2025 goals are given only in a Word table (指标 | 单位 |
// 2024年预计完成 | 2025年目标 | 增长%) with `—` cells, 左右/以内 in cells and a cell in words, followed by
// numbered 注： lines under the table. Invented place and figures; its answers are
// tests/accuracy/kangcen-2024-fy-plan.answers.json.

import { AlignmentType, Paragraph, type Table } from 'docx';
import { reportDocx, reportSection } from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export interface GoalTableReport {
  name: string;
  title: string;
  session: string;
  speaker: string;
  paragraphs: string[];
  caption: string;
  header: string[];
  rows: string[][];
  notes: string[];
  after: string[];
}

export const kangcen: GoalTableReport = {
  name: 'kangcen-2024-fy-plan',
  title: '关于康岑市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
  session: '——2025年1月8日在康岑市第十八届人民代表大会第五次会议上',
  speaker: '市发展和改革局局长　陈立新',
  paragraphs: [
    '市长、各位代表：',
    '受市人民政府委托，现将康岑市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请市十八届人大五次会议审议，并请市政协委员提出意见。',
    '一、2024年国民经济和社会发展计划执行情况',
    '2024年，面对复杂多变的外部环境，全市上下在市委的坚强领导下，认真执行市十八届人大四次会议批准的年度计划，经济运行总体平稳、稳中有进。',
    '（一）经济总量稳步扩大。预计全市地区生产总值612.4亿元，增长5.9%，低于年度预期目标1.1个百分点，增速居汀浦市7个县（市、区）第2位。其中，第一产业增加值48.7亿元，增长3.6%；第二产业增加值276.3亿元，增长6.4%；第三产业增加值287.4亿元，增长5.7%。三次产业结构调整为8.0:45.1:46.9。',
    '（二）工业经济稳中提质。预计规模以上工业增加值增长6.8%，高于年度预期目标0.3个百分点。新增规模以上工业企业38家，总数达到526家；锂电新材料、食品加工两大主导产业产值分别增长18.4%和7.2%。',
    '（三）有效投资增速放缓。预计全市固定资产投资286.5亿元，增长4.2%，低于年度预期目标3.8个百分点。其中，工业投资112.6亿元，增长9.5%；房地产开发投资58.4亿元，下降12.3%。全市安排省市重点项目126个，年度计划投资158.6亿元，完成投资172.3亿元，完成年度计划的108.6%。康岑港区3号泊位工程、康岑至汀浦快速通道（二期）建成通车，康岑锂电新材料产业园（一期）建成投产。',
    '（四）消费市场持续回暖。预计社会消费品零售总额248.3亿元，增长7.4%，高于年度预期目标0.4个百分点。外贸进出口总额96.4亿元，增长8.6%，其中出口71.2亿元，增长10.3%。',
    '（五）财政收支平稳运行。预计一般公共预算收入32.86亿元，增长3.1%，完成年度预算的101.8%，其中税收收入23.54亿元，占比71.6%。一般公共预算支出61.25亿元，增长4.7%。',
    '（六）民生福祉不断增进。预计城镇居民人均可支配收入58640元，增长5.2%；农村居民人均可支配收入29380元，增长6.9%。城镇新增就业8460人，完成年计划的120.9%；城镇调查失业率4.8%。',
    '在肯定成绩的同时，我们也清醒地看到，计划执行中还存在一些困难和问题：地区生产总值、固定资产投资增速未达到年度预期目标；房地产市场仍在调整；财政收支平衡压力加大；部分企业生产经营困难。',
    '二、2025年国民经济和社会发展主要预期目标',
    '2025年是“十四五”规划收官之年。综合考虑发展基础和各方面因素，建议2025年全市国民经济和社会发展主要预期目标如下表：',
  ],
  caption: '康岑市2025年国民经济和社会发展主要预期目标',
  header: ['指标', '单位', '2024年预计完成', '2025年目标', '增长%'],
  rows: [
    ['地区生产总值', '亿元', '612.4', '655', '6.5左右'],
    ['规模以上工业增加值增速', '%', '6.8', '7', '—'],
    ['固定资产投资', '亿元', '286.5', '303.7', '6'],
    ['社会消费品零售总额', '亿元', '248.3', '268.2', '8'],
    ['一般公共预算收入', '亿元', '32.86', '34.5', '5'],
    ['外贸进出口总额', '亿元', '96.4', '101.2', '5'],
    ['城镇居民人均可支配收入', '元', '58640', '62450', '6.5'],
    ['农村居民人均可支配收入', '元', '29380', '31580', '7.5'],
    ['城镇调查失业率', '%', '4.8', '5.5以内', '—'],
    ['单位地区生产总值能耗降低', '%', '—', '完成汀浦市下达任务', '—'],
  ],
  notes: [
    '注：1.地区生产总值、规模以上工业增加值增速按可比价格计算，总量按现价计算。',
    '2.一般公共预算收入增长按同口径计算。',
    '3.2024年预计完成数为初步统计数，最终以统计部门公布数据为准。',
  ],
  after: [
    '三、2025年重点工作',
    '（一）扩大有效投资。全年计划安排省市重点项目130个，年度计划投资165亿元以上，加快推进康岑港区4号泊位工程、康岑锂电新材料产业园（二期）等项目建设。',
    '（二）培育壮大产业。力争锂电新材料产业产值突破200亿元，新增规模以上工业企业30家以上。',
    '（三）持续改善民生。城镇新增就业7500人以上，民生支出占一般公共预算支出的比重保持在75%以上。',
    '各位代表，新的一年任务艰巨，我们将在市委的坚强领导下，自觉接受市人大的监督，奋力完成全年目标任务。',
  ],
};

/** The goal table: one header row over the indicators. */
const goalTable = (report: GoalTableReport): Table =>
  plainTable(report.header, report.rows, [3200, 900, 1700, 1900, 1200]);

export async function goalTableDocx(report: GoalTableReport): Promise<Buffer> {
  return reportDocx([
    reportSection({}, [
      para(report.title, { alignment: AlignmentType.CENTER, bold: true }),
      small(report.session, AlignmentType.CENTER),
      small(report.speaker, AlignmentType.CENTER),
      ...report.paragraphs.map((p) => para(p)),
      small(report.caption, AlignmentType.CENTER),
      goalTable(report),
      ...report.notes.map((n) => small(n)),
      new Paragraph({ children: [] }),
      ...report.after.map((p) => para(p)),
    ]),
  ]);
}

export const kangcenDocx = (): Promise<Buffer> => goalTableDocx(kangcen);
