// Held-out-365's Word web archive (.mht, session 44): a Sichuan-style county 人大常委会's 审议意见 on the county
// government's report on the execution of the 2008 plan in the first half, the 汶川地震 year (都坪县 under 杜州市, both
// invented), saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts): the title in two lines and the 通过 line,
// the addressee, the hearing and the request to answer by a date, 一 基本评价 quoting the half's figures (GDP with its
// fall in pace against 一季度 and a rank among the city's 9 县（市、区）, investment and the budget revenue with shares of
// the year's plan, the quake's losses), 二 problems (a falling 规模以上工业增加值, 停产 firms, 开工率 of the rebuilding
// projects, a gap to the time schedule), 三 建议 with two named projects and 力争/确保 goals and a 民生 paragraph (new jobs
// with 完成年度目标任务的A% and their 以上 goal), signature and date.
// Invented place and figures; its answers are tests/accuracy/duping-2008-h1-review.answers.json.

import { wordBodyPara as para, WORD_EMPTY_LINE, wordPlanReportMht, wordReportHead } from './mht.js';

export const duping = { name: 'duping-2008-h1-review' };

const body = [
  '县人民政府：',
  '县第十五届人大常委会第四次会议听取和审议了县发展和改革局局长受县人民政府委托所作的《关于都坪县2008年上半年国民经济和社会发展计划执行情况的报告》。现将审议意见转交你们，请认真研究处理，并将研究处理情况于10月底前书面报告县人大常委会。',
  '一、基本评价',
  '会议认为，“5·12”汶川特大地震发生后，县人民政府团结带领全县人民全力以赴抗震救灾，迅速开展灾后恢复重建，取得了阶段性成效，全县经济社会秩序基本恢复。',
  '上半年，全县实现地区生产总值15.83亿元，同比增长2.6%，比一季度回落9.4个百分点，增速居全市9个县（市、区）第5位；全社会固定资产投资8.27亿元，增长11.5%，完成年度计划的41.4%；地方财政一般预算收入0.84亿元，下降6.2%，完成年度预算的42.1%；社会消费品零售总额6.35亿元，增长12.4%。全县地震直接经济损失32.6亿元，已落实灾后重建资金5.48亿元。',
  '二、存在的问题',
  '会议指出，上半年计划执行中还存在一些不容忽视的问题：一是工业生产尚未走出低谷，规模以上工业增加值下降8.7%，全县43户规模以上工业企业中仍有9户停产。二是灾后重建项目推进较慢，全县规划的灾后重建项目152个，已开工58个，开工率仅38.2%。三是财政收支矛盾加剧，地方财政一般预算收入低于时序进度7.9个百分点，刚性支出压力大。',
  '三、几点建议',
  '（一）全力推进灾后恢复重建。抓紧实施都坪县中学灾后重建项目（总投资1.26亿元）和都坪至杜溪公路恢复重建工程（总投资3.4亿元，已完成投资0.65亿元），确保年内完成农房重建8600户，力争全年灾后重建投资完成10亿元以上。',
  '（二）促进工业恢复发展。帮助停产企业解决厂房修复、资金周转等实际困难，力争全年规模以上工业增加值恢复正增长。',
  '（三）加强财政收支管理。积极争取上级支持，依法加强税收征管，确保完成地方财政一般预算收入2亿元的年度预算。',
  '（四）切实保障和改善民生。上半年全县城镇新增就业1260人，完成年度目标任务的52.5%；发放受灾群众临时生活救助资金4860万元。要落实就业援助措施，确保全年城镇新增就业2400人以上。',
  '会议要求，县人民政府要紧紧围绕全年目标任务，确保全年地区生产总值增长8%左右，全社会固定资产投资完成20亿元以上，切实保障受灾群众基本生活。',
];

export function dupingMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01C904B7.2E5A81C0',
    folder: 'file:///C:/3B8D27F4/',
    stem: 'duping-syyj',
    title: '都坪县人大常委会关于2008年上半年国民经济和社会发展计划执行情况报告的审议意见',
    properties: {
      author: 'rdcwh',
      lastAuthor: '财经委',
      revision: 4,
      created: '2008-08-22T02:10:00Z',
      lastSaved: '2008-08-25T07:36:00Z',
      pages: 2,
      company: '都坪县人大常委会办公室',
    },
    body: `${wordReportHead({
      label: '都坪县人大常委会文件',
      title: ['都坪县人大常委会关于2008年上半年国民经济和社会发展', '计划执行情况报告的审议意见'],
      under: ['（2008年8月22日县第十五届人大常委会第四次会议通过）'],
    })}

${body.map(para).join('\n\n')}

${WORD_EMPTY_LINE}

${para('都坪县人大常委会')}

${para('2008年8月25日')}`,
  });
}
