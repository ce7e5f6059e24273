// The one-hundred-and-fifty-seventh held-out batch's Word file (session 33): a Shaanxi-style county people's congress
// standing committee's 审议意见 on the execution of the 2026 plan in the first half (嵠沨县 under 沣岢市), built as .docx
// by office-report.ts's officeReportDocx: the committee's document number and the session under the title, the
// meeting's findings restating the report's figures with 占年计划的A% and growths, the gaps (距…还差, 低于时序进度), and
// the 建议 with full-year goals and named projects. Prose only. Invented place and figures; the answers are
// tests/accuracy/xifeng-2026-h1-review.answers.json.

import { type OfficeReport, officeReportDocx } from './office-report.js';

export const xifeng: OfficeReport = {
  name: 'xifeng-2026-h1-review',
  office: '嵠沨县人民代表大会常务委员会',
  title: '嵠沨县人大常委会关于2026年上半年国民经济和社会发展计划执行情况的审议意见',
  under: ['嵠人大常发〔2026〕19号', '（2026年8月27日县第十八届人民代表大会常务委员会第二十四次会议通过）'],
  body: [
    '县人民政府：',
    '2026年8月27日，县第十八届人大常委会第二十四次会议听取和审议了县发展和改革局局长受县人民政府委托所作的《关于嵠沨县2026年上半年国民经济和社会发展计划执行情况的报告》。现将审议意见函告如下：',
    '一、基本评价',
    '会议认为，今年以来，县人民政府认真落实县十八届人大五次会议决议，统筹推进稳增长、促改革、惠民生各项工作，全县经济运行总体平稳。上半年，全县实现地区生产总值58.36亿元，占年计划的47.2%，同比增长5.7%；规模以上工业增加值同比增长7.9%，增速居全市第4位；固定资产投资完成26.84亿元，占年计划的44.0%，同比增长3.6%；社会消费品零售总额完成19.72亿元，占年计划的48.5%，同比增长6.2%；一般公共预算收入完成2.35亿元，占年度预算的53.4%，同比增长4.8%；城镇居民人均可支配收入16480元，同比增长5.3%；农村居民人均可支配收入6925元，同比增长7.1%。上半年计划执行情况总体较好。',
    '二、存在的问题',
    '会议指出，计划执行中还存在一些困难和问题：一是部分指标差距较大。固定资产投资占年计划的44.0%，低于时序进度6个百分点，距年度目标增长7%还差3.4个百分点；地区生产总值增速低于年度目标0.8个百分点。二是项目建设推进不平衡。全县48个重点项目中，仍有11个项目未开工。三是工业支撑不足。规模以上工业企业45户，其中停产半停产企业6户。',
    '三、意见和建议',
    '（一）全力稳住经济增长。紧盯年初确定的目标任务，确保全年地区生产总值增长6.5%，规模以上工业增加值增长8%以上，社会消费品零售总额增长7%以上，城乡居民人均可支配收入分别增长6%和7.5%。',
    '（二）加快重点项目建设。力争全年固定资产投资增长7%，完成投资61亿元。加快推进嵠沨县10万千瓦光伏发电项目（总投资4.2亿元）和嵠沨至沣岢快速通道（总投资12.6亿元，已完成投资5.3亿元）建设，推动县城集中供热扩容工程年底前投入使用。',
    '（三）狠抓财政增收节支。确保一般公共预算收入完成4.4亿元，增长5%以上；严控一般性支出，兜牢“三保”底线。',
    '（四）持续保障改善民生。全年城镇新增就业2400人以上，统筹做好高校毕业生等重点群体就业工作。',
    '县人民政府要认真研究处理本审议意见，并于两个月内将研究处理情况向县人大常委会作出书面报告。',
  ],
  closing: ['嵠沨县人大常委会', '2026年8月28日'],
};

export const xifengDocx = (): Promise<Buffer> => officeReportDocx(xifeng);
