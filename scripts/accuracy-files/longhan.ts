// The one-hundred-and-fifty-sixth held-out batch's Word web archive (.mht, session 33): a Jiangsu-style county-level
// city 发改委's 关于2026年上半年国民经济和社会发展计划执行情况的报告 (泷浛市 under 浈邗市), saved by Word as a 单个文件网页
// through wordPlanReportMht (mht.ts) with the plainer page-number footer: the title over two lines, the
// meeting line and the byline, the addressee, part 一 by topic sentences with ranks in 浈邗市 and 全省县域 (and the
// move since 一季度), 高质量发展综合考核 wording with counts of indicators, 完成年度预算的A%，超序时进度B个百分点, 税收占比,
// a share with its move, 低于年度目标 gaps, the province's and the city's key-project programmes, three named projects
// (one without amounts), part 二's problems and part 三's 确保 goals. Invented place and figures; its answers are
// tests/accuracy/longhan-2026-h1-plan.answers.json.

import {
  PLAIN_FOOTER_LAYOUT,
  plainFooterHtm,
  wordBodyPara,
  wordCentred,
  wordPlanReportMht,
  wordSpan,
} from './mht.js';

export const longhan = { name: 'longhan-2026-h1-plan' };

const STEM = 'longhan-jhzx';

const paragraphs = [
  '受市人民政府委托，现将全市2026年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，全市上下坚持以高质量发展考核为导向，紧扣年初市十八届人大五次会议确定的目标任务，扎实推进产业强市、项目兴市，经济运行总体平稳、稳中有进，主要指标好于预期。',
  '（一）经济总量稳步扩大。上半年，全市实现地区生产总值512.36亿元，同比增长6.1%，高于全省0.6个百分点，增速居浈邗市第2位、全省县域第9位，比一季度前移3位。全市高质量发展考核监测的32项指标中，有24项达到或超过序时进度，其中11项增速居浈邗市前三。',
  '（二）工业经济提质增效。规模以上工业增加值增长8.4%，增速居浈邗市第1位；规模以上工业总产值1386.5亿元，增长9.7%。高新技术产业产值占规模以上工业产值比重达52.4%，比上年同期提高1.8个百分点。新增规模以上工业企业37家，总数达到812家。',
  '（三）有效投资持续扩大。固定资产投资增长5.8%，增速居浈邗市第4位，其中工业投资增长11.2%，制造业投资增长13.5%，工业技改投资增长21.6%；房地产开发投资下降8.7%。列入省重大项目的6个项目完成投资41.3亿元，完成年度计划的62.5%；86个市级重点项目完成投资128.6亿元，完成年度计划的54.7%。',
  '（四）消费外贸总体平稳。社会消费品零售总额198.74亿元，增长5.1%，低于年度目标0.4个百分点。外贸进出口总额286.3亿元，增长7.6%，其中出口总额201.5亿元，增长9.2%。实际使用外资1.86亿美元，增长4.5%，总量居浈邗市第1位。',
  '（五）财政收入和居民收入稳定增长。一般公共预算收入38.42亿元，增长5.3%，完成年度预算的53.6%，超序时进度3.6个百分点；其中税收收入31.17亿元，税收占比81.1%。城镇常住居民人均可支配收入36520元，增长4.6%；农村常住居民人均可支配收入23180元，增长6.2%。',
  '（六）重大项目加快推进。浈邗泷浛新能源电池材料产业园项目总投资65亿元，累计完成投资23.8亿元，一期主体厂房封顶；泷浛港区二期码头工程总投资18.6亿元，上半年完成投资4.2亿元；泷浛市第一人民医院东院区已完成主体结构施工。',
  '二、计划执行中存在的问题',
  '一是消费增长偏弱，社会消费品零售总额增速低于年度目标；二是房地产市场仍在调整，房地产开发投资持续下降；三是外贸订单不稳，部分企业出口压力加大；四是财政收支矛盾突出，刚性支出增长较快。',
  '三、下半年工作重点',
  '下半年，我们将对照高质量发展考核指标体系，逐项抓推进、补短板，确保全年地区生产总值增长6%左右，规模以上工业增加值增长8%以上，固定资产投资增长5%以上，社会消费品零售总额增长5.5%，一般公共预算收入增长5%，力争在全省县域高质量发展综合考核中进入第一等次。',
  '（一）全力抓好项目建设。推动浈邗泷浛新能源电池材料产业园项目一期年内投产，加快泷浛港区二期码头工程建设，确保86个市级重点项目全年完成投资235亿元以上。',
  '（二）着力扩大消费需求。办好第三届泷浛美食消费季，落实以旧换新政策，推动社会消费品零售总额增速回升至年度目标。',
  '（三）持续保障改善民生。确保城镇新增就业6500人以上，扎实办好12件民生实事。',
];

export function longhanMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DD1A4C.5B7E2F90',
    folder: 'file:///C:/A31F6C2D/',
    stem: STEM,
    title: '关于泷浛市2026年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgw',
      lastAuthor: '综合科',
      revision: 7,
      created: '2026-08-17T01:12:00Z',
      lastSaved: '2026-08-25T08:46:00Z',
      pages: 7,
      company: '泷浛市发展和改革委员会',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${wordCentred('关于泷浛市2026年上半年国民经济和社会', '22.0pt', '宋体')}

${wordCentred('发展计划执行情况的报告', '22.0pt', '宋体')}

${wordCentred('——2026年8月27日在泷浛市第十八届人民代表大会常务委员会第二十九次会议上', '16.0pt', '楷体_GB2312')}

${wordCentred('市发展和改革委员会主任　顾振华', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='line-height:28.0pt'>${wordSpan('主任、各位副主任、各位委员：')}</p>

${paragraphs.map(wordBodyPara).join('\n\n')}`,
    headerHtm: plainFooterHtm(STEM),
  });
}
