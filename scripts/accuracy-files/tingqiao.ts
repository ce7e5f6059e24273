// The two-hundred-and-eighty-fourth held-out batch (session 39): a Fujian-style county 人大常委会's 审议意见 on the
// county's 2026年上半年 plan execution report, as a Word file (汀峤县 under 鹭岚市, invented), built with office-report.ts's
// officeReportDocx: the opinion restates the report's figures and gaps (GDP with its rank, 规上工业 above the goal, the
// budget's and jobs' shares of the year, investment and retail behind), names lagging projects and closes with the
// committee's asks (确保…左右, 力争…以上, 同步) and the deadline for the government's reply. The report itself is
// tests/accuracy/tingqiao-2026-h1-plan.html, written by hand.

import type { OfficeReport } from './office-report.js';

const body = [
  '县人民政府：',
  '2026年7月28日，县第十八届人大常委会第二十三次会议听取和审议了县发展和改革局局长林沛然受县人民政府委托所作的《关于汀峤县2026年上半年国民经济和社会发展计划执行情况的报告》。现将常委会组成人员的审议意见整理如下：',
  '一、总体评价',
  '会议认为，今年是“十五五”规划开局之年，县人民政府及其有关部门认真执行县十八届人大六次会议批准的年度计划，主动应对外部环境变化，经济运行总体平稳。上半年，全县地区生产总值186.34亿元，同比增长5.8%，增速居全市第5位；规模以上工业增加值增长8.2%，高于年度目标0.2个百分点；地方一般公共预算收入7.92亿元，完成年度预算的55.2%；城镇新增就业2315人，完成年度目标的55.1%。会议同意县人民政府的报告。',
  '二、存在的主要问题',
  '会议指出，计划执行中还存在一些不容忽视的问题：一是部分指标差距较大。地区生产总值增速低于年度目标0.7个百分点；固定资产投资同比下降2.4%，距年度增长8%的目标差距较大；社会消费品零售总额仅完成年度目标的48.3%，未达到序时进度。二是产业支撑不够有力。新材料产业产值下降2.6%，实际利用外资同比下降15.2%。三是项目推进不平衡。62个重点项目中有9个项目进度滞后，县中医院整体迁建项目累计完成投资3.14亿元，仅占总投资的46.2%。四是居民增收压力加大。城镇居民人均可支配收入增长4.6%，低于年度目标0.9个百分点。',
  '三、意见和建议',
  '（一）全力以赴稳增长。紧盯全年目标任务，确保全年地区生产总值增长6.5%左右、固定资产投资增长8%，力争规模以上工业增加值增长8%以上，把下半年的每一个月都当作关键月来抓。',
  '（二）扭住项目建设不放松。加快鹭岚至汀峤高速公路互通连接线、汀峤海上风电配套储能等项目建设，对进度滞后的项目实行挂图作战，力争全年重点项目完成投资100亿元以上。',
  '（三）着力扩大消费需求。落实促消费政策，培育夜间经济和县域商业体系，确保全年社会消费品零售总额完成148亿元。',
  '（四）持续保障和改善民生。加大稳岗扩就业力度，确保城乡居民人均可支配收入增长与经济增长同步。',
  '（五）加强财源建设。加强税源培育，提高税收收入占地方一般公共预算收入的比重，严控一般性支出。',
  '以上审议意见，请县人民政府认真研究处理，并于2026年10月底前将研究处理情况书面报告县人大常委会。',
];

export const tingqiao: OfficeReport = {
  name: 'tingqiao-2026-h1-review',
  office: '汀峤县人民代表大会常务委员会',
  title: '汀峤县人大常委会关于2026年上半年国民经济和社会发展计划执行情况报告的审议意见',
  under: ['（2026年7月28日汀峤县第十八届人民代表大会常务委员会第二十三次会议）'],
  body,
  closing: ['汀峤县人民代表大会常务委员会', '2026年8月5日'],
};
