// Held-out-344 (session 43): a Jiangsu-style county 人大常委会's 审议意见 on the execution of the 2005 plan (雾塘县 under
// 楼溆市, both invented), saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts): the title in three lines with
// the adopting session in brackets, the preamble naming the report heard, the verdict (14项主要指标中，11项完成或超额完成，
// 3项未完成), results quoted with gaps to the plan, 完成年度预算的A% and 完成年度计划的A% shares, a rank among 全市五县（市）
// with 与上年持平, the three 未完成 indicators named with an energy goal missed, a project behind its plan, the 建议 with
// 2006 goals (确保/力争…以上, 突破) and projects, and the signature and date right-aligned. Invented place and figures; the
// answers are tests/accuracy/wutang-2005-fy-review.answers.json.

import { wordBodyPara as para, wordPlanReportMht, wordReportHead, wordSpan } from './mht.js';

export const wutang = { name: 'wutang-2005-fy-review' };

const paras = [
  '县十四届人大常委会第二十一次会议听取和审议了县人民政府副县长受县人民政府委托所作的《关于雾塘县2005年国民经济和社会发展计划执行情况的报告》。会议认为，2005年县人民政府认真执行县十四届人大三次会议批准的国民经济和社会发展计划，全县经济保持快速增长，“十五”计划主要目标顺利完成。现将会议审议意见综述如下：',
  '一、对2005年计划执行情况的基本评价',
  '会议认为，县十四届人大三次会议确定的14项主要指标中，11项完成或超额完成，3项未完成。据初步统计，全县实现地区生产总值92.47亿元，增长13.1%，高于计划1.1个百分点，增幅在全市五县（市）中位列第三位，与上年持平；规模以上工业增加值38.64亿元，增长21.7%；全社会固定资产投资52.8亿元，增长25.3%，完成年度计划的105.6%；社会消费品零售总额24.36亿元，增长13.4%，完成年度计划的97.9%；财政总收入8.63亿元，增长24.2%，其中地方一般预算收入4.15亿元，增长26.8%，完成年度预算的108.6%；实际利用外资8460万美元，下降4.7%，完成年度计划的84.6%；外贸出口2.18亿美元，增长17.2%；城镇居民人均可支配收入9856元，增长12.1%；农民人均纯收入5472元，增长9.3%，高于计划1.3个百分点。',
  '二、计划执行中存在的主要问题',
  '会议指出，计划执行中还存在一些不容忽视的问题：一是社会消费品零售总额、实际利用外资和万元GDP能耗3项指标未完成年度计划，万元GDP能耗仅下降0.9%，距年度下降3%的目标差距较大；二是农民持续增收的基础不牢，农业结构调整步伐不快；三是部分重点项目进展迟缓，雾塘化工园区污水处理厂项目总投资1.6亿元，年内仅完成投资0.45亿元，未能按计划建成；四是招商引资质量不高，新批外资项目中1000万美元以上的项目仅有7个。',
  '三、对做好2006年计划工作的建议',
  '（一）保持经济平稳较快增长。2006年是“十一五”开局之年，县人民政府要紧扣“十一五”规划目标，确保全县地区生产总值增长12%以上，地方一般预算收入增长15%以上，力争实际利用外资突破1.2亿美元。',
  '（二）加快重点项目建设。雾塘至楼溆快速通道总投资5.6亿元，2005年已完成投资2.1亿元，要确保年内建成通车；雾塘化工园区污水处理厂项目要力争上半年建成投运；县体育中心项目要抓紧做好前期工作，年内开工。',
  '（三）着力促进农民增收。加大高效农业和劳务经济扶持力度，确保农民人均纯收入增长8%以上。',
  '（四）切实抓好节能降耗。建立节能目标责任制，确保万元GDP能耗下降3%以上。',
  '（五）自觉接受人大监督。县人民政府要在2006年7月底前向县人大常委会报告上半年计划执行情况，对未完成的指标要说明原因和措施。',
];

const right = (text: string) =>
  `<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'>${wordSpan(text)}</p>`;

export function wutangMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01C612A8.5D3E7B40',
    folder: 'file:///C:/6D2A9E13/',
    stem: 'wutang-jhsyyj',
    title: '雾塘县人民代表大会常务委员会关于2005年国民经济和社会发展计划执行情况的审议意见',
    properties: {
      author: 'rdbgs',
      lastAuthor: '县人大常委会办公室',
      revision: 3,
      created: '2006-01-06T01:20:00Z',
      lastSaved: '2006-01-09T08:05:00Z',
      pages: 3,
      company: '雾塘县人大常委会',
    },
    body: `${wordReportHead({
      title: ['雾塘县人民代表大会常务委员会', '关于2005年国民经济和社会发展计划', '执行情况的审议意见'],
      under: ['（2006年1月6日县第十四届人民代表大会常务委员会第二十一次会议通过）'],
    })}

${paras.map(para).join('\n\n')}

${right('雾塘县人民代表大会常务委员会')}
${right('2006年1月6日')}`,
  });
}
