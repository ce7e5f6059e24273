// The one-hundred-and-twentieth held-out batch's Word web archive (.mht, session 31): a Zhejiang-style county 人大常委会
// 财政经济委员会's 审查意见 on the execution of the 2025 plan in the first half (埭溇县 under 瓯岙市), saved by Word as a
// 单个文件网页 through wordArchiveMht (mht.ts): the committee's document number, the title over two lines, the addressee,
// the committee's meeting, part 一's verdict by topic sentences (经济总量稳步扩大。…) with 高于全省, 增速居瓯岙市第3位,
// 高于/低于年度预期目标 (goals implied by their gaps), 数字经济核心产业增加值 and its share of GDP, 出口占全市的份额,
// 完成年度预算的A%, 城乡居民收入比缩小至1.57, the 62个 major-project programme with 超时序进度, part 二's problems (15项
// 主要指标中有4项未达到时序进度, 土地出让收入), part 三's suggestions with 确保…以上 and 力争 goals, two projects with amounts
// and a share goal 保持在75%以上, and the signature; beside it the header part (page footer), the theme and filelist.xml.
// Invented place and figures; its answers are tests/accuracy/dailou-2025-h1-review.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const dailou = { name: 'dailou-2025-h1-review' };

const paragraphs = [
  '县人大常委会：',
  '2025年8月上旬，县人大常委会财政经济委员会召开全体会议，听取了县发展和改革局关于2025年上半年国民经济和社会发展计划执行情况的汇报，结合前期开展的专题调研，对计划执行情况进行了初步审查。现将审查意见报告如下：',
  '一、上半年计划执行情况的基本评价',
  '财政经济委员会认为，今年以来，县人民政府及其有关部门认真贯彻落实县委决策部署，认真执行县十八届人大五次会议批准的年度计划，全县经济运行稳中向好，上半年计划执行情况总体良好。',
  '经济总量稳步扩大。上半年，全县实现地区生产总值218.64亿元，同比增长6.3%，高于全省0.5个百分点，增速居瓯岙市第3位。规模以上工业增加值58.72亿元，增长9.1%，高于年度预期目标1.1个百分点；数字经济核心产业增加值增长12.6%，占地区生产总值的比重为9.8%。',
  '有效投资持续扩大。固定资产投资同比增长5.4%，其中制造业投资增长16.2%，交通投资增长8.7%，民间项目投资下降3.1%。全县62个省市县重大项目完成投资48.3亿元，完成年度计划的58.6%，超时序进度8.6个百分点。',
  '消费和外贸总体平稳。社会消费品零售总额86.27亿元，增长4.8%，低于年度预期目标1.2个百分点。外贸进出口总额103.56亿元，增长7.4%，其中出口总额92.18亿元，增长8.9%，出口占全市的份额为11.6%。',
  '财政收入和居民收入稳定增长。财政总收入27.84亿元，增长3.2%；一般公共预算收入17.35亿元，增长4.6%，完成年度预算的55.1%。城镇常住居民人均可支配收入42618元，增长4.2%；农村常住居民人均可支配收入27145元，增长6.1%，城乡居民收入比缩小至1.57。',
  '二、计划执行中需要关注的问题',
  '在肯定成绩的同时，也要看到计划执行中存在的困难和问题：一是部分指标完成进度不理想，县人代会确定的15项主要指标中，有4项未达到时序进度，社会消费品零售总额、民间项目投资增速偏低。二是项目推进不平衡，62个重大项目中仍有7个未开工，埭溇县城北污水处理厂扩建工程因要素保障不到位进展缓慢。三是财政收支紧平衡态势明显，土地出让收入同比下降23.5%。',
  '三、对做好下半年工作的建议',
  '（一）聚焦目标抓攻坚。紧盯年度目标，对未达时序进度的指标逐项分析原因、细化措施，确保全年地区生产总值增长6%以上、规模以上工业增加值增长8%以上，力争社会消费品零售总额增长6%。',
  '（二）聚焦项目扩投资。加快瓯岙至埭溇城际铁路埭溇段（总投资42.6亿元，累计完成投资15.8亿元）、埭溇县智能装备产业园一期（总投资21.4亿元，上半年完成投资5.2亿元）等重大项目建设，推动未开工项目三季度末前全部开工。',
  '（三）聚焦民生补短板。加大就业、教育、养老等民生领域投入，确保民生支出占一般公共预算支出的比重保持在75%以上。',
  '（四）聚焦风险强防范。加强财政收支管理，严控一般性支出，稳妥化解政府债务风险，守住不发生系统性风险的底线。',
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const body = (text: string, first: boolean): string => {
  if (first)
    return `<p class=MsoNormal style='line-height:29.0pt;mso-line-height-rule:exactly'>${run(text)}</p>`;
  const font = /^[一二三四五]、/.test(text)
    ? '黑体'
    : /^（[一二三四五]）/.test(text)
      ? '楷体_GB2312'
      : '仿宋_GB2312';
  return `<p class=MsoNormal style='text-indent:32.0pt;line-height:29.0pt;mso-line-height-rule:exactly'>${run(text, font)}</p>`;
};

const centre = (text: string, font: string, size: string): string =>
  `<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt;mso-line-height-rule:exactly'>${run(text, font, size)}</p>`;

const right = (text: string): string =>
  `<p class=MsoNormal align=right style='text-align:right;line-height:29.0pt;mso-line-height-rule:exactly'>${run(text)}</p>`;

const blank = "<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>";

export function dailouMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC0B2E.7A41D3C0',
    folder: 'file:///C:/D7E2094B/',
    stem: 'dailou-scyj',
    title: '埭溇县人大常委会财政经济委员会关于2025年上半年国民经济和社会发展计划执行情况的审查意见',
    properties: {
      author: 'cjw',
      lastAuthor: '财经委',
      revision: 4,
      created: '2025-08-11T01:42:00Z',
      lastSaved: '2025-08-12T07:18:00Z',
      pages: 3,
      company: '埭溇县人大常委会',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${right('埭人大财经〔2025〕5号')}

${blank}

${centre('埭溇县人大常委会财政经济委员会', '方正小标宋简体', '22.0pt')}

${centre('关于2025年上半年国民经济和社会发展计划执行情况的审查意见', '方正小标宋简体', '22.0pt')}

${blank}

${paragraphs.map((t, i) => body(t, i === 0)).join('\n\n')}

${blank}

${right('埭溇县人大常委会财政经济委员会')}

${right('2025年8月12日')}`,
    headerHtm: plainFooterHtm('dailou-scyj', 'right'),
  });
}
