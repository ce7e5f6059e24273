// The three-hundred-and-sixty-seventh held-out batch's .docx (session 44): a Henan-style county 统计局's
// 2018年1—2月经济运行简析 (仁沟县 under 仁阳市, both invented) as the bureau's Word file, built through
// officeReportDocx with no table: 开门红 wording, 工业 first (规上工业 growth, a size count, a negative industry),
// 用电量, investment with 项目 counts and a named project, 消费, 财政 with a share of the year's budget, ranks in the
// city with moves against 2017年, negative figures, and a closing 一季度 goal with 确保/力争. Invented place and
// figures; its answers are tests/accuracy/rengou-2018-m2-analysis.answers.json.

import { type OfficeReport, officeReportDocx } from './office-report.js';

export const rengou: OfficeReport = {
  name: 'rengou-2018-m2-analysis',
  office: '仁沟县统计局',
  title: '2018年1—2月全县经济运行简析',
  under: [],
  body: [
    '今年以来，全县上下认真贯彻县委经济工作会议精神，坚持稳中求进工作总基调，狠抓工业和项目建设，1—2月全县经济运行开局良好，主要指标实现“开门红”。',
    '一、工业生产增势强劲',
    '1—2月，全县规模以上工业增加值同比增长9.6%，高于全市平均水平1.4个百分点，增速居仁阳市9个县（市、区）第3位，较2017年全年前移2位。全县86家规上工业企业中，有61家实现增长。分行业看，装备制造业增长14.2%，食品加工业增长8.7%，建材业下降4.3%。1—2月，全县全社会用电量2.86亿千瓦时，同比增长7.4%，其中工业用电量1.92亿千瓦时，增长8.9%。',
    '二、投资和项目建设加快推进',
    '1—2月，全县固定资产投资同比增长14.8%，增速居全市第5位，较2017年全年后移1位。其中，工业投资增长21.6%；房地产开发投资3.42亿元，下降6.8%。全县在建5000万元以上项目47个，其中新开工项目12个。仁沟智能装备产业园项目总投资18.5亿元，1—2月完成投资1.36亿元，一期厂房主体已完工。',
    '三、消费市场平稳增长',
    '1—2月，全县社会消费品零售总额24.37亿元，同比增长11.2%，增速居全市第4位，与2017年全年持平。其中，限额以上单位消费品零售额6.18亿元，增长9.5%。',
    '四、财政收入较快增长',
    '1—2月，全县一般公共预算收入3.15亿元，同比增长12.7%，完成年度预算的19.8%，增速居全市第2位，较2017年全年前移3位。其中，税收收入2.41亿元，增长15.3%，税收占比76.5%。一般公共预算支出4.08亿元，下降2.6%。',
    '五、金融存贷款平稳',
    '2月末，全县金融机构各项存款余额198.64亿元，比年初增加9.27亿元；各项贷款余额86.35亿元，比年初增加2.14亿元。',
    '六、需要关注的问题',
    '一是固定资产投资增速回落，较2017年全年回落3.2个百分点，民间投资下降1.8%。二是部分行业仍在下降，建材业产值下降4.3%，8家规上工业企业停产。',
    '下一步，全县要紧盯一季度目标，确保规上工业增加值增长9%以上，力争固定资产投资增长15%，确保一季度实现“开门红”。',
  ],
  closing: ['仁沟县统计局', '2018年3月16日'],
};

export const rengouDocx = (): Promise<Buffer> => officeReportDocx(rengou);
