// The twenty-eighth held-out batch (ho28): a Chongqing county's 2024 plan-execution report and 2025 draft
// (诗峪县) delivered as a Word file with TWO tables: 表1 last year's results (指标 | 单位 | 年度目标 |
// 完成 | 增长%, goals written 增长N% or a bare amount, — cells, a negative growth) after part one, and
// 表2 next year's goals (指标 | 单位 | 2025年目标 | 指标属性, with 左右/以内/以上 in cells) after the goal
// paragraph that states the same goals. Invented place and figures; the answers are
// tests/accuracy/shiyu-2024-fy-plan.answers.json.

import { AlignmentType } from 'docx';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export const shiyu = {
  name: 'shiyu-2024-fy-plan',
  office: '诗峪县发展和改革委员会',
  title: '关于诗峪县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
  opening: [
    '——2025年1月9日在诗峪县第十八届人民代表大会第五次会议上',
    '县发展改革委主任　谭晓东',
    '各位代表：',
    '受县人民政府委托，现将诗峪县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请县十八届人大五次会议审查，并请县政协委员提出意见。',
    '一、2024年国民经济和社会发展计划执行情况',
    '2024年，全县上下坚持稳中求进工作总基调，认真执行县十八届人大四次会议批准的年度计划，经济运行总体平稳。',
    '（一）经济总量稳步增长。全县实现地区生产总值268.4亿元，增长5.7%，低于年度目标0.3个百分点。其中，第一产业增加值42.6亿元，增长3.9%；第二产业增加值102.3亿元，增长7.1%；第三产业增加值123.5亿元，增长5.2%。',
    '（二）工业支撑作用增强。规模以上工业增加值增长8.6%，高于年度目标0.6个百分点；规上工业企业达到148家，净增9家。',
    '（三）投资结构持续优化。固定资产投资下降4.1%，其中工业投资增长15.3%，房地产开发投资下降21.4%。诗峪经开区标准厂房（三期）、峪河大桥建成投用。',
    '（四）消费市场平稳回升。社会消费品零售总额118.7亿元，增长6.2%，低于年度目标0.3个百分点。',
    '（五）财政收支总体平衡。一般公共预算收入14.56亿元，增长3.4%，完成年度预算的102.5%；一般公共预算支出52.8亿元，增长1.9%。',
    '（六）民生保障有力有效。城镇常住居民人均可支配收入45218元，增长4.6%；农村常住居民人均可支配收入21364元，增长7.2%。城镇新增就业5260人，城镇调查失业率5.1%。',
  ],
  results: {
    caption: '表1　诗峪县2024年主要经济指标完成情况',
    header: ['指标', '单位', '年度目标', '完成', '增长%'],
    rows: [
      ['地区生产总值', '亿元', '增长6%', '268.4', '5.7'],
      ['规模以上工业增加值', '%', '增长8%', '—', '8.6'],
      ['固定资产投资', '亿元', '增长5%', '—', '-4.1'],
      ['社会消费品零售总额', '亿元', '增长6.5%', '118.7', '6.2'],
      ['一般公共预算收入', '亿元', '14.2', '14.56', '3.4'],
      ['城镇常住居民人均可支配收入', '元', '增长5.5%', '45218', '4.6'],
      ['农村常住居民人均可支配收入', '元', '增长7%', '21364', '7.2'],
    ],
  },
  middle: [
    '在肯定成绩的同时，我们也清醒地看到，固定资产投资未完成年度目标，房地产市场仍处调整期，部分企业经营困难，财政收支矛盾突出。',
    '二、2025年国民经济和社会发展计划草案',
    '综合考虑各方面因素，建议2025年全县经济社会发展主要预期目标为：地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长3%，社会消费品零售总额增长6%，一般公共预算收入增长3%，城镇和农村常住居民人均可支配收入分别增长5.5%和7%，城镇调查失业率控制在5.5%以内，粮食产量稳定在38万吨以上。',
  ],
  goals: {
    caption: '表2　诗峪县2025年国民经济和社会发展主要预期目标',
    header: ['指标', '单位', '2025年目标', '指标属性'],
    rows: [
      ['地区生产总值增长', '%', '6左右', '预期性'],
      ['规模以上工业增加值增长', '%', '8', '预期性'],
      ['固定资产投资增长', '%', '3', '预期性'],
      ['社会消费品零售总额增长', '%', '6', '预期性'],
      ['一般公共预算收入增长', '%', '3', '预期性'],
      ['城镇常住居民人均可支配收入增长', '%', '5.5', '预期性'],
      ['农村常住居民人均可支配收入增长', '%', '7', '预期性'],
      ['城镇调查失业率', '%', '5.5以内', '预期性'],
      ['粮食产量', '万吨', '38以上', '约束性'],
    ],
  },
  closing: [
    '三、2025年主要任务',
    '（一）扩大有效投资。加快建设诗峪经开区标准厂房（四期）、峪河生态治理工程，开工建设县中医院迁建项目。',
    '（二）壮大实体经济。支持重点企业技改扩能，培育新增规上工业企业。',
    '（三）保障改善民生。办好重点民生实事，稳定和扩大就业。',
    '各位代表，让我们在县委的坚强领导下，凝心聚力、真抓实干，确保完成2025年目标任务！',
  ],
};

const tableOf = (t: { caption: string; header: string[]; rows: string[][] }, widths: number[]) => [
  para(t.caption, { alignment: AlignmentType.CENTER, bold: true }),
  plainTable(t.header, t.rows, widths),
];

export async function shiyuDocx(): Promise<Buffer> {
  const s = shiyu;
  const body = (ps: string[]) => ps.map((p) => para(p, { bold: isPartHeading(p) }));
  return reportDocx(
    [
      reportSection({ footer: footerForms.page }, [
        reportTitle(s.title),
        ...s.opening.slice(0, 2).map((p) => para(p, { alignment: AlignmentType.CENTER })),
        ...body(s.opening.slice(2)),
        ...tableOf(s.results, [3000, 900, 1500, 1400, 1200]),
        small('注：地区生产总值、规模以上工业增加值增速按可比价格计算。'),
        ...body(s.middle),
        ...tableOf(s.goals, [3600, 900, 1800, 1500]),
        ...body(s.closing),
      ]),
    ],
    { title: s.title, office: s.office },
  );
}
