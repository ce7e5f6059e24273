// The one-hundred-and-thirty-seventh held-out batch's Word web archive (.mht, session 32): a Yunnan-style county 人大常委会's
// 审议意见 on the county government's report on the execution of the 2025 plan in the first three quarters (泸岢县 under
// 滇崮市), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts): the document number, the title over two lines,
// the addressee, 会议认为 with one chain per indicator (低于/高于年度目标B个百分点, 居滇崮市9个县（市、区）第5位, 完成年度
// 预算的A%，低于时序进度, 同比下降A%), 高原特色农业 figures (烤烟, 茶叶, 咖啡, 水果), 会议指出 with the problems and a count of
// projects not started, 会议要求 with 力争 and 确保 goals for the year and named projects, the closing and the date;
// beside it the footer part (page number), the theme and filelist.xml.
// Invented place and figures; the answers are tests/accuracy/luke-2025-q3-review.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const luke = { name: 'luke-2025-q3-review' };

const STEM = 'luke-sjyj';

const paragraphs = [
  '县人民政府：',
  '2025年10月28日，县第十九届人民代表大会常务委员会第二十六次会议听取和审议了县发展和改革局局长杨志明受县人民政府委托所作的《关于泸岢县2025年前三季度国民经济和社会发展计划执行情况的报告》。现将审议意见函告如下：',
  '会议认为，今年以来，县人民政府认真执行县十九届人大五次会议批准的年度计划，全县经济运行总体平稳。前三季度，全县地区生产总值完成86.47亿元，同比增长5.2%，低于年度目标1.3个百分点，居滇崮市9个县（市、区）第5位；规模以上工业增加值增长7.9%，高于年度目标0.9个百分点；社会消费品零售总额34.18亿元，增长5.6%；一般公共预算收入4.92亿元，同比增长3.8%，完成年度预算的74.5%，低于时序进度0.5个百分点；城镇常住居民人均可支配收入33526元，增长4.1%；农村常住居民人均可支配收入14287元，增长6.3%，增速居全市第2位。高原特色农业稳步发展，收购烤烟4.2万担，茶叶产量0.86万吨，咖啡种植面积稳定在3.6万亩，水果产量12.7万吨，同比增长8.1%。',
  '会议指出，计划执行中还存在一些困难和问题：一是固定资产投资同比下降4.6%，低于年度目标12.6个百分点，42个县级重点项目中仍有6个未开工，项目储备不足；二是地区生产总值增速与年度目标差距较大，完成全年目标任务压力大；三是财政收支矛盾突出，一般公共预算收入进度慢于时序进度；四是高原特色农产品精深加工不足，咖啡、茶叶附加值偏低。',
  '会议要求，县人民政府要坚定信心、迎难而上，全力冲刺四季度，努力完成全年目标任务。',
  '一、全力稳增长。紧盯年度目标不放松，力争全年地区生产总值增长6%以上、规模以上工业增加值增长7%以上。',
  '二、全力抓项目。加快泸岢县滇中引水配套工程、泸岢县工业园区标准厂房（二期）建设，推动6个未开工项目年内开工，确保全年固定资产投资降幅收窄。',
  '三、全力抓财源。加强税收征管，确保一般公共预算收入完成年度预算6.6亿元。',
  '四、全力做优高原特色农业。推进咖啡、茶叶精深加工，做好烤烟收购后续工作。',
  '以上意见，请县人民政府认真研究处理，并于2026年1月底前将研究处理情况书面报告县人大常委会。',
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const para = (
  text: string,
  align: 'left' | 'center' | 'right' = 'left',
  font = '仿宋_GB2312',
  size = '16.0pt',
) => {
  const style =
    align === 'left'
      ? `text-indent:${text.endsWith('：') && text.length < 12 ? '0' : '32.0pt'};line-height:28.0pt;mso-line-height-rule:exactly`
      : `text-align:${align};line-height:28.0pt;mso-line-height-rule:exactly`;
  return `<p class=MsoNormal${align === 'left' ? '' : ` align=${align}`} style='${style}'>${run(text, font, size)}</p>`;
};

export function lukeMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC4A17.3B6E2D80',
    folder: 'file:///C:/8D2E41A7/',
    stem: STEM,
    title: '泸岢县人大常委会关于县人民政府2025年前三季度国民经济和社会发展计划执行情况报告的审议意见',
    properties: {
      author: 'rdcwh',
      lastAuthor: '人大常委会办公室',
      revision: 4,
      created: '2025-10-29T01:12:00Z',
      lastSaved: '2025-10-30T07:46:00Z',
      pages: 3,
      company: '泸岢县人大常委会',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: [
      para('泸人常函〔2025〕31号', 'center', '仿宋_GB2312'),
      para('泸岢县人大常委会关于县人民政府2025年前三季度', 'center', '方正小标宋简体', '22.0pt'),
      para('国民经济和社会发展计划执行情况报告的审议意见', 'center', '方正小标宋简体', '22.0pt'),
      ...paragraphs.map((t) => para(t)),
      para('泸岢县人民代表大会常务委员会', 'right'),
      para('2025年10月30日', 'right'),
    ].join('\n\n'),
    headerHtm: plainFooterHtm(STEM),
  });
}
