// The one-hundred-and-sixtieth held-out batch's .pdf (session 33): a Chongqing-style county 人大常委会 财政经济工作委员会's
// 审查意见 on the execution of the 2024 plan in the first half (峤岷县, a county of the municipality), built by
// officeReportDocx and printed to PDF: the addressee, the restated figures with 低于/高于年度计划目标（A%）B个百分点,
// 完成年计划的A% and 占年计划的A% of levels, 完成年度预算的A%, the gaps to the schedule restated in the problems, a
// 三季度 aim, a project with 总投资 and 上半年完成投资, one named without amounts, and the 建议.
// Invented place and figures; the answers are tests/accuracy/qiaomin-2024-h1-review.answers.json.

import type { OfficeReport } from './office-report.js';

const body = [
  '县人大常委会：',
  '根据监督法和县人大常委会审查监督计划的有关规定，财政经济工作委员会对县人民政府提交的关于2024年上半年国民经济和社会发展计划执行情况的报告进行了初步审查。现将审查意见报告如下。',
  '一、上半年计划执行的基本情况',
  '财经委认为，上半年全县经济运行总体平稳。地区生产总值完成168.42亿元，增长5.4%，低于年度计划目标（6%）0.6个百分点；规模以上工业增加值增长7.8%，高于年度计划目标（7%）0.8个百分点；固定资产投资完成58.64亿元，增长4.6%，完成年计划的46.3%；社会消费品零售总额62.18亿元，增长6.2%，占年计划的48.7%；一般公共预算收入8.35亿元，增长3.1%，完成年度预算的52.4%。城镇居民人均可支配收入23165元，增长4.6%；农村居民人均可支配收入11482元，增长6.1%。',
  '二、需要关注的问题',
  '一是经济增速低于预期，地区生产总值增速与年度目标尚有0.6个百分点差距，固定资产投资完成进度落后时序进度3.7个百分点。二是消费恢复偏弱，社会消费品零售总额完成进度低于时序进度1.3个百分点。三是财政收入质量不高，税收收入4.92亿元，下降2.3%，税收占比仅为58.9%。',
  '三、几点建议',
  '（一）全力稳住经济增长。紧盯全年地区生产总值增长6%的目标，力争三季度末增速回升至5.8%左右。',
  '（二）加快重点项目建设。推动峤岷综合保税区二期项目（总投资12.5亿元，上半年完成投资3.8亿元）和峤岷县城市更新一期项目加快建设，尽快形成实物工作量。',
  '（三）深挖消费潜力。主动融入成渝地区双城经济圈建设，办好川渝消费季系列活动，促进消费持续回升。',
  '（四）加强财政收支管理。依法依规组织收入，严控一般性支出，兜牢“三保”底线。',
];

export const qiaomin: OfficeReport = {
  name: 'qiaomin-2024-h1-review',
  office: '峤岷县人大常委会财政经济工作委员会',
  title: '关于2024年上半年国民经济和社会发展计划执行情况的审查意见',
  under: ['县人大常委会财政经济工作委员会', '（2024年7月23日）'],
  body,
  closing: ['峤岷县人大常委会财政经济工作委员会', '2024年7月23日'],
};
