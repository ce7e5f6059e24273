// The three-hundred-and-twenty-eighth held-out batch's Word 97 file (session 42): a Chongqing-style mountain county 人大常委会
// 财政经济工作委员会's 调研报告 on the execution of the 2013 plan in the first half (磐岫县), saved as .doc; here an
// office-report.ts Word file converted by LibreOffice: the title, the document number and the committee under it, the
// salutation, how the survey was made, the half year's figures with 占年计划 and one gap to the city's average, the problems
// (indicators behind the time schedule, a fall against last year's growth, a lagging project, the tax share), the committee's
// suggestions with full-year goals, the closing and the committee's signature and date. Invented place and figures; the
// answers are tests/accuracy/panxiu-2013-h1-review.answers.json.

import type { OfficeReport } from './office-report.js';

export const panxiu: OfficeReport = {
  name: 'panxiu-2013-h1-review',
  office: '磐岫县人大常委会财政经济工作委员会',
  title: '关于磐岫县2013年上半年国民经济和社会发展计划执行情况的调研报告',
  under: ['磐岫人大财经〔2013〕6号', '县人大常委会财政经济工作委员会'],
  body: [
    '县人大常委会：',
    '根据县人大常委会2013年工作要点安排，7月上旬，县人大常委会财经工委在常委会副主任蒲建华带领下，组织部分常委会组成人员和县人大代表，深入县发改委、财政局、统计局等部门和工业园区、重点项目现场，对全县上半年国民经济和社会发展计划执行情况进行了调研。现将调研情况报告如下：',
    '一、计划执行的基本情况',
    '调研组认为，今年以来，县人民政府认真执行县十六届人大三次会议批准的年度计划，经济运行总体平稳，计划执行情况较好。',
    '上半年，全县实现地区生产总值52.74亿元，占年计划的45.8%，同比增长11.6%，增速比全市平均水平低0.8个百分点。规模以上工业总产值38.25亿元，占年计划的44.3%，同比增长15.2%；规模以上工业增加值增长13.9%。全社会固定资产投资58.36亿元，占年计划的50.6%，同比增长22.4%，实现“双过半”。社会消费品零售总额20.47亿元，占年计划的47.5%，同比增长14.1%。',
    '公共财政预算收入5.62亿元，完成年度预算的56.8%，同比增长18.3%，其中税收收入3.15亿元，增长9.6%。城镇居民人均可支配收入10218元，占年计划的50.9%，同比增长10.5%；农民人均现金收入4136元，占年计划的48.2%，同比增长13.2%。',
    '上半年全县新签约招商项目19个，协议引资42.6亿元；招商引资到位资金16.84亿元，占年计划的42.1%。全县32个重点项目年度计划投资36.5亿元，上半年完成投资17.26亿元，占年度计划的47.3%。',
    '二、存在的主要问题',
    '（一）部分指标未达时序进度。地区生产总值、规模以上工业总产值、社会消费品零售总额和招商引资到位资金4项指标未实现“双过半”，其中招商引资到位资金占年计划的比重低于时序进度7.9个百分点。',
    '（二）工业经济下行压力加大。受市场需求不足影响，全县42家规模以上工业企业中有11家减产、5家停产，规模以上工业增加值增速比去年同期回落4.2个百分点。',
    '（三）项目建设推进不快。32个重点项目中，磐岫工业园区标准厂房二期、县城滨江路延伸段等6个项目进度滞后，其中县城滨江路延伸段工程总投资3.8亿元，上半年仅完成投资0.42亿元。',
    '（四）财政收入结构不优。税收收入占公共财政预算收入的比重为56.1%，比上年同期下降3.4个百分点，非税收入占比偏高。',
    '三、几点建议',
    '（一）紧盯目标抓进度。对照年度计划逐项分析差距，力争全年地区生产总值增长12.5%，全社会固定资产投资增长20%以上，确保完成县人代会确定的目标任务。',
    '（二）突出工业抓支撑。落实扶持中小企业的各项政策，帮助停产企业尽快复产，力争下半年新增规模以上工业企业5家以上。',
    '（三）加大招商抓落地。对已签约项目实行县领导联系制度，确保全年招商引资到位资金达到40亿元。',
    '（四）优化结构抓增收。加强税源培育和征管，提高税收收入占比；落实各项惠农政策，拓宽农民增收渠道。',
    '以上报告，请审议。',
  ],
  closing: ['磐岫县人大常委会财政经济工作委员会', '2013年7月18日'],
};
