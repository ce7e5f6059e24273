// The one-hundred-and-seventy-eighth held-out batch's .docx (session 34): a Zhejiang-style county's 2025年政府工作报告
// (澂峤县 under 峃澜市) as the county government's Word file: the title, the session line and the county head, the
// opening, the 2024 review with figures and ranks in the city and province, named projects with amounts, then the 2025
// goals with 左右 and 以上 and the year's named projects; no table. Built with office-report.ts's officeReportDocx.
// Invented place and figures; the answers are tests/accuracy/chengqiao-2024-fy-gov-report.answers.json.

import { type OfficeReport, officeReportDocx } from './office-report.js';

export const chengqiao: OfficeReport = {
  name: 'chengqiao-2024-fy-gov-report',
  office: '澂峤县人民政府',
  title: '政府工作报告',
  under: ['——2025年1月15日在澂峤县第十七届人民代表大会第五次会议上', '县长　周岱屿'],
  body: [
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
    '一、2024年工作回顾',
    '过去一年，在县委的坚强领导下，县政府团结带领全县人民，忠实践行“八八战略”，深入实施“三个一号工程”，较好完成了县十七届人大四次会议确定的主要目标任务。预计全年实现地区生产总值412.6亿元、增长6.8%，增速居全市第1位；规上工业增加值增长10.3%，连续三年保持全市第一；固定资产投资增长11.5%，居全市第2位；社会消费品零售总额168.4亿元、增长6.2%；一般公共预算收入36.52亿元、增长5.7%；城乡居民人均可支配收入分别达到68520元和41260元，分别增长4.8%和6.3%。',
    '——产业能级加快提升。新增规上工业企业62家，总数达到835家。数字经济核心产业增加值增长14.6%，占地区生产总值比重提高到12.8%。研发经费投入强度达到3.1%。',
    '——项目建设提速增效。实施省市县重点项目112个，完成投资152.3亿元，完成年度计划的118.4%，投资完成率列全市第一。澂峤高铁新城综合开发项目累计完成投资46.2亿元；年产8万吨新型铝材项目总投资21.5亿元，当年完成投资9.8亿元并实现投产；澂峤港区二期码头工程建成投用。',
    '——开放活力持续释放。出口总额216.8亿元，增长13.4%，占全省份额提高0.1个百分点。实际使用外资8620万美元，增长22.5%。',
    '——民生福祉不断增进。民生支出占一般公共预算支出的78.6%。城镇新增就业1.26万人。新建改建农村公路86公里。',
    '二、2025年工作安排',
    '2025年是“十四五”规划收官之年。全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；规上工业增加值增长8%以上；固定资产投资增长8%左右；社会消费品零售总额增长6%；一般公共预算收入增长5%以上；城乡居民人均可支配收入增长与经济增长基本同步；城镇调查失业率控制在5%以内；完成上级下达的节能减排任务。',
    '围绕上述目标，重点抓好以下工作：',
    '（一）全力以赴扩投资。安排重点项目120个以上，年度计划投资160亿元。加快推进澂峤抽水蓄能电站项目，年度完成投资12亿元；开工建设峃澜至澂峤铁路支线，总投资68亿元；建成澂峤县第一人民医院新院区。',
    '（二）做强做优制造业。力争新增规上工业企业50家以上，数字经济核心产业增加值增长12%以上。',
    '（三）扩大开放促消费。力争出口总额突破230亿元，实际使用外资1亿美元以上。',
    '各位代表，新征程上，我们将在县委的坚强领导下，踔厉奋发、勇毅前行，为全面完成“十四五”规划目标任务而努力奋斗！',
  ],
  closing: [],
};

export const chengqiaoDocx = (): Promise<Buffer> => officeReportDocx(chengqiao);
