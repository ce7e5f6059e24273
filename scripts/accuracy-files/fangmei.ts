// The two-hundred-and-fifty-second held-out batch's PDF (session 37): a Sichuan-style county standing committee's
// 审查意见 on the government's report on the execution of the 2025 plan in the first half (邡嵋县), typed in Word and
// printed to PDF for the committee's bulletin: the title, the 文号 and the adopting session in brackets under it, the
// addressee 县人民政府, the figures the report gave restated in one paragraph (levels, growths, shares of the year's
// plan, one rank), the committee's judgement, the problems, and five numbered recommendations carrying the year's goals
// (确保…以上, 力争…突破) and the deadline for the government's reply. Built with office-report.ts's officeReportDocx and
// printed by LibreOffice. Invented place and figures; the answers are tests/accuracy/fangmei-2025-h1-review.answers.json.

import type { OfficeReport } from './office-report.js';

export const fangmei: OfficeReport = {
  name: 'fangmei-2025-h1-review',
  office: '邡嵋县人民代表大会常务委员会',
  title: '邡嵋县人大常委会关于2025年上半年国民经济和社会发展计划执行情况的审查意见',
  under: ['邡人常〔2025〕31号', '（2025年8月28日县第十八届人民代表大会常务委员会第二十九次会议通过）'],
  body: [
    '县人民政府：',
    '县第十八届人大常委会第二十九次会议听取和审议了县发展和改革局局长受县人民政府委托所作的《关于邡嵋县2025年上半年国民经济和社会发展计划执行情况的报告》，审议了县人大常委会财政经济工作委员会的初步审查报告。现将审查意见转交你们，请认真研究处理。',
    '一、总体评价',
    '会议认为，今年以来，县人民政府及其部门认真执行县十八届人大五次会议批准的年度计划，全县经济运行总体平稳。上半年，全县实现地区生产总值86.37亿元，同比增长5.8%，增速居全市第5位；规模以上工业增加值增长7.9%；固定资产投资37.42亿元，增长3.6%，完成年度计划的44.5%；社会消费品零售总额39.65亿元，增长5.4%；地方一般公共预算收入4.28亿元，增长6.2%，完成年度预算的52.3%；城镇居民人均可支配收入22174元，增长4.6%；农村居民人均可支配收入10863元，增长6.3%。主要指标中，地区生产总值、规模以上工业增加值、地方一般公共预算收入实现时间过半、任务过半，固定资产投资低于序时进度5.5个百分点。会议同意县人民政府的报告，认为计划执行情况总体较好。',
    '二、存在的问题',
    '会议指出，计划执行中仍存在一些困难和问题：项目储备不足，新开工项目偏少，投资增长乏力；工业结构单一，新动能培育较慢；消费恢复不及预期，社会消费品零售总额增速低于年度目标0.6个百分点；民生领域短板仍然明显。',
    '三、审查建议',
    '为确保完成全年目标任务，会议提出如下建议：',
    '（一）稳住经济增长基本盘。紧盯年度目标，强化经济运行调度，确保全年地区生产总值增长6%以上、规模以上工业增加值增长8%以上。',
    '（二）全力扩大有效投资。抓好邡嵋县工业园区标准化厂房三期、邡嵋县城区防洪堤二期工程等重点项目建设，力争全年固定资产投资增长8%、重点项目完成投资突破45亿元。',
    '（三）持续激发消费活力。落实以旧换新等促消费政策，力争全年社会消费品零售总额增长6%。',
    '（四）加强财政收支管理。依法组织收入，确保地方一般公共预算收入完成年度预算8.18亿元，从严控制一般性支出。',
    '（五）办好民生实事。确保城镇新增就业2600人以上，抓好10件民生实事。',
    '县人民政府应于2025年11月30日前将审查意见研究处理情况书面报告县人大常委会。',
  ],
  closing: ['邡嵋县人大常委会办公室', '2025年9月1日印发'],
};
