// The three-hundred-and-seventeenth held-out batch (session 41): a Heilongjiang-style county 人大常委会's 审查意见 on the
// execution of the 2024 plan (朔北县, invented), saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts): the title
// in three lines with the adopting session in brackets, the preamble naming the report and the 财经工委's first review, the
// verdict (12项主要指标中，8项完成或超额完成，4项未完成), results quoted with gaps to the plan (高于/低于计划B个百分点),
// 完成年度预算的A%, 完成年度计划的A%, a rank with its move, a control goal kept, the key-project programme and three projects
// (one 累计, one 占年度计划投资的A%, one 尚未开工), the problems, the 2025 draft goals with 左右/以上/以内, the 建议 with
// 力争/确保…以上 goals, and the closing request. Invented place and figures; the answers are
// tests/accuracy/shuobei-2024-fy-review.answers.json.

import { wordBodyPara as para, wordPlanReportMht, wordReportHead } from './mht.js';

export const shuobei = { name: 'shuobei-2024-fy-review' };

const opening = [
  '县第十八届人民代表大会常务委员会第二十三次会议听取了县发展和改革局局长受县人民政府委托所作的《关于朔北县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告》，结合县人大常委会财政经济工作委员会的初步审查意见，对2024年计划执行情况进行了审查。现提出如下审查意见：',
];

const paras = [
  '一、2024年计划执行情况总体较好',
  '会议认为，2024年，县人民政府坚持稳中求进工作总基调，全力以赴稳增长、抓项目、惠民生，全县经济保持平稳运行。县十八届人大四次会议确定的12项主要指标中，8项完成或超额完成，地区生产总值、社会消费品零售总额、城镇常住居民人均可支配收入和城镇新增就业4项未完成。',
  '从主要指标看：地区生产总值完成96.84亿元，增长5.2%，低于计划0.8个百分点，增速居全市第5位，比上年后移1位；规模以上工业增加值增长7.6%，高于计划1.6个百分点，增速居全市第2位；固定资产投资增长10.3%，高于计划2.3个百分点；社会消费品零售总额完成31.56亿元，增长3.8%，低于计划2.2个百分点；一般公共预算收入完成6.42亿元，增长8.1%，完成年度预算的102.4%；粮食总产量41.7亿斤，增长1.9%；城镇常住居民人均可支配收入32685元，增长4.1%，低于计划1.9个百分点；农村常住居民人均可支配收入22964元，增长6.4%，高于计划0.4个百分点；城镇新增就业1840人，完成年度计划的92%；城镇登记失业率3.1%，低于4.5%的控制目标。',
  '重点项目建设扎实推进。全县实施重点项目38个，完成投资27.5亿元，占年度计划的105.8%。朔北县生物质热电联产项目总投资6.8亿元，累计完成投资5.1亿元，已并网发电；朔北大豆精深加工产业园项目完成投资2.3亿元，占年度计划投资的76.7%；县人民医院门诊楼项目因资金原因尚未开工。',
  '二、计划执行中存在的主要问题',
  '会议指出，计划执行中还存在一些不容忽视的问题：一是经济增速低于预期，4项主要指标未完成年度计划；二是消费需求不足，社会消费品零售总额增速比上年回落2.6个百分点；三是财政收支矛盾突出，刚性支出压力较大；四是部分重点项目推进缓慢，项目储备不足。',
  '三、对2025年计划草案的意见',
  '会议认为，县人民政府提出的2025年计划草案符合县委经济工作会议精神，主要预期目标总体可行：地区生产总值增长5.5%左右；规模以上工业增加值增长7%以上；固定资产投资增长8%；社会消费品零售总额增长5%左右；一般公共预算收入增长4%；城乡居民人均可支配收入增长与经济增长同步；城镇新增就业2000人以上，城镇登记失业率控制在4.5%以内；粮食总产量稳定在40亿斤以上。建议提请县第十八届人民代表大会第五次会议审议批准。',
  '四、几点建议',
  '（一）着力稳住经济增长。紧盯年度目标，强化经济运行调度，力争全年固定资产投资增长10%以上，确保地区生产总值增速回升到5.5%以上。',
  '（二）着力扩大有效需求。落实好消费品以旧换新等政策，办好冰雪旅游季系列活动，推动消费持续回暖。',
  '（三）着力加快项目建设。督促朔北大豆精深加工产业园项目加快建设，力争年内建成投产；推动县人民医院门诊楼项目尽快开工。',
  '（四）着力保障改善民生。稳定和扩大就业，兜牢“三保”底线，持续办好民生实事。',
  '会议要求，县人民政府要认真研究落实本审查意见，并于2025年6月底前将落实情况书面报告县人大常委会。',
];

export function shuobeiMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DB62F4.3A9C7E10',
    folder: 'file:///C:/4B7E2D91/',
    stem: 'shuobei-scyj',
    title: '朔北县人民代表大会常务委员会关于2024年国民经济和社会发展计划执行情况的审查意见',
    properties: {
      author: 'rdcjw',
      lastAuthor: '财经工委',
      revision: 4,
      created: '2025-01-06T02:10:00Z',
      lastSaved: '2025-01-10T07:35:00Z',
      pages: 4,
      company: '朔北县人大常委会',
    },
    body: `${wordReportHead({
      title: ['朔北县人民代表大会常务委员会', '关于2024年国民经济和社会发展计划', '执行情况的审查意见'],
      under: ['（2025年1月10日县第十八届人民代表大会常务委员会第二十三次会议通过）'],
    })}

${opening.map(para).join('\n\n')}

${paras.map(para).join('\n\n')}`,
  });
}
