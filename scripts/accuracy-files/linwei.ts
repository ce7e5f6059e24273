// Held-out-443 (session 48): a Jiangsu-style 县级市 人民代表大会's 关于2001年国民经济和社会发展计划执行情况和2002年计划的决议
// (林韦市, invented), built with office-report.ts's officeReportDocx and saved as Word 97–2003 .doc by LibreOffice: the
// 通过 line under the title, one paragraph approving the report and the plan, one restating 2001's results (十五 开局,
// 入世), one agreeing the 2002 goals as a list in a sentence, and two 会议要求 paragraphs with two projects. Invented place
// and figures; the answers are tests/accuracy/linwei-2001-fy-resolution.answers.json.

import type { OfficeReport } from './office-report.js';

export const linweiBody = [
  '林韦市第十二届人民代表大会第五次会议审查了市人民政府提出的《关于林韦市2001年国民经济和社会发展计划执行情况和2002年计划草案的报告》，同意市人民代表大会财政经济委员会的审查报告。会议决定，批准这个报告，批准2002年国民经济和社会发展计划。',
  '会议认为，2001年是实施“十五”计划的第一年。面对世界经济增长放缓和我国加入世界贸易组织的新形势，市人民政府认真执行市十二届人大四次会议批准的计划，国民经济保持了较快增长。全市实现国内生产总值128.6亿元，增长12.4%；完成全社会固定资产投资46.2亿元，增长19.5%；实际利用外资1.12亿美元，增长35.6%；财政总收入9.62亿元，增长21.8%；农民人均纯收入4120元，增长6.1%。年度计划确定的主要目标全面完成，实现了“十五”计划的良好开局。',
  '会议同意市人民政府提出的2002年全市国民经济和社会发展的主要预期目标：国内生产总值增长12%；全社会固定资产投资增长15%以上；社会消费品零售总额增长11%；财政总收入增长12%，地方财政一般预算收入增长10%；实际利用外资1.3亿美元；外贸自营出口增长15%；城镇居民人均可支配收入和农民人均纯收入分别增长8%和6%；城镇登记失业率控制在4%以内；人口自然增长率控制在3‰以内。',
  '会议要求，市人民政府及各部门要抓住我国加入世贸组织后的新机遇，加快经济结构战略性调整，进一步扩大对外开放，着力提高经济增长的质量和效益。要突出抓好重点项目建设，加快总投资6.5亿元的林韦沿江热电联产项目和市区东部污水处理厂建设，努力增强发展后劲。',
  '会议要求，要千方百计增加农民收入，切实做好下岗职工再就业和社会保障工作，认真解决人民群众关心的热点难点问题，保持社会稳定。全市人民要在市委的领导下，同心同德，开拓进取，为全面完成2002年国民经济和社会发展计划而努力奋斗。',
];

export const linwei: OfficeReport = {
  name: 'linwei-2001-fy-resolution',
  office: '林韦市人民代表大会',
  title:
    '林韦市第十二届人民代表大会第五次会议关于2001年国民经济和社会发展计划执行情况和2002年国民经济和社会发展计划的决议',
  under: ['（2002年2月28日林韦市第十二届人民代表大会第五次会议通过）'],
  body: linweiBody,
  closing: [],
};
