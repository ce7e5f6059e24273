// Held-out-288's Word web archive (.mht, session 39): a Xinjiang-style county 发展和改革委员会's report on the execution of
// the 2025 plan and the 2026 draft plan (托木江县 under 阿克墩地区, with 援疆 partner 甬澄市), saved by Word as a 单个文件网页
// through wordPlanReportMht (mht.ts): the title over two lines, the congress line and the speaker, the addressee, part 一's
// eight （一）…（八） fields with 预计 levels and growths, 高于/低于年度目标 gaps, 增速居全地区第N位 with 较上年前移/后移 and
// 与上年持平, 棉花 and 林果 output (a fall in 林果), 完成年度计划/预算的N%, the 援疆资金 programme (到位率, 开工, 完工率) and
// four 援疆项目 with amounts and statuses, part 二's problems, part 三's 2026 goals with 左右/以上/以内, part 四's two
// projects, and the signature-free close. Invented place and figures; its answers are
// tests/accuracy/tuomujiang-2025-fy-plan.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const tuomujiang = { name: 'tuomujiang-2025-fy-plan' };

const paragraphs = [
  '各位代表：',
  '受县人民政府委托，现将托木江县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案提请县十七届人大五次会议审议，并请县政协各位委员和其他列席人员提出意见。',
  '一、2025年国民经济和社会发展计划执行情况',
  '2025年，在县委的坚强领导下，全县上下完整准确全面贯彻新时代党的治疆方略，在浙江省甬澄市的倾情援助下，认真执行县十七届人大四次会议批准的年度计划，经济运行稳中有进，主要目标任务总体完成。',
  '（一）经济总量稳步增长。预计全年实现地区生产总值126.48亿元，同比增长6.8%，高于年度目标0.3个百分点，增速居全地区第3位，较上年前移2位。其中，第一产业增加值48.62亿元，增长5.4%；第二产业增加值31.75亿元，增长9.2%；第三产业增加值46.11亿元，增长6.5%。三次产业结构调整为38.4:25.1:36.5。',
  '（二）农业基础持续巩固。棉花播种面积稳定在86.3万亩，棉花总产量15.82万吨，增长3.6%，平均单产183.3公斤/亩。林果面积保持在42.5万亩，林果总产量38.67万吨，下降2.4%，其中红枣产量12.36万吨、核桃产量9.48万吨。粮食总产量21.45万吨，完成地区下达任务的102.1%。',
  '（三）工业经济提质增效。规模以上工业增加值增长11.4%，低于年度目标1.6个百分点，增速居全地区第5位，较上年后移1位。纺织服装产业产值18.26亿元，增长24.7%，新增纺织服装产业就业2160人。',
  '（四）固定资产投资较快增长。全年完成固定资产投资78.35亿元，增长14.2%，完成年度计划的103.6%，增速居全地区第2位，与上年持平。其中，工业投资增长21.5%，占固定资产投资的比重为34.8%；民间投资下降6.3%。全年实施500万元以上项目146个，其中新开工项目98个，完工项目71个。',
  '（五）消费市场稳步回暖。社会消费品零售总额23.84亿元，增长7.3%，高于年度目标0.3个百分点，增速居全地区第4位。',
  '（六）财政收入和居民收入同步增长。一般公共预算收入7.26亿元，增长9.8%，完成年度预算的104.5%；其中税收收入4.93亿元，增长12.1%，税收占比67.9%。城镇居民人均可支配收入38216元，增长5.8%；农村居民人均可支配收入19874元，增长8.3%，高于全地区平均水平0.9个百分点。',
  '（七）援疆工作成效明显。甬澄市全年安排我县援疆资金3.68亿元，实施援疆项目42个。截至12月底，援疆资金到位3.52亿元，到位率95.7%；42个项目全部开工，已完工37个，完工率88.1%。甬澄·托木江纺织产业园标准化厂房二期项目，总投资1.86亿元，其中援疆资金0.92亿元，已竣工投用；托木江县第二中学教学综合楼项目，总投资6800万元，已完成投资6800万元，交付使用；托木江县人民医院医技综合楼项目，总投资1.24亿元，累计完成投资0.87亿元，主体已封顶；托木江县林果冷链物流中心项目，总投资4500万元，完成投资2100万元，正在进行设备安装。全年通过产业援疆引进企业11家，到位资金9.6亿元。',
  '（八）社会民生持续改善。城镇新增就业3865人，完成年度目标的110.4%；城镇登记失业率2.9%，控制在4%以内；农村劳动力转移就业9.26万人次。民生支出占一般公共预算支出的比重为76.3%。',
  '二、计划执行中存在的主要问题',
  '一是规模以上工业增加值未完成年度目标，工业支撑作用有待增强；二是林果总产量下降2.4%，林果业提质增效任务较重；三是民间投资下降6.3%，投资结构有待优化。',
  '三、2026年国民经济和社会发展主要预期目标',
  '综合考虑各方面因素，建议2026年全县经济社会发展主要预期目标为：地区生产总值增长7%左右；规模以上工业增加值增长12%以上；固定资产投资增长10%以上；社会消费品零售总额增长7%左右；一般公共预算收入增长6%；城镇和农村居民人均可支配收入分别增长6%和8%左右；城镇新增就业3500人以上，城镇登记失业率控制在4%以内；棉花总产量稳定在15万吨以上，林果总产量达到40万吨；争取援疆资金3.8亿元以上。',
  '四、2026年重点工作',
  '（一）做强纺织服装产业。推进甬澄·托木江纺织产业园三期项目，总投资2.5亿元，年内开工建设，力争新增纺织服装产业就业2000人以上。',
  '（二）用好援疆资金。实施援疆项目40个以上，确保托木江县人民医院医技综合楼项目（总投资1.24亿元）年内竣工投用。',
  '各位代表，做好2026年各项工作任务艰巨、责任重大。我们将在县委的坚强领导下，认真落实本次大会决议，努力完成全年目标任务。',
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const body = (text: string, first: boolean): string => {
  if (first)
    return `<p class=MsoNormal style='line-height:29.0pt;mso-line-height-rule:exactly'>${run(text)}</p>`;
  const font = /^[一二三四五]、/.test(text)
    ? '黑体'
    : /^（[一二三四五六七八]）/.test(text)
      ? '楷体_GB2312'
      : '仿宋_GB2312';
  return `<p class=MsoNormal style='text-indent:32.0pt;line-height:29.0pt;mso-line-height-rule:exactly'>${run(text, font)}</p>`;
};

const centre = (text: string, font: string, size: string): string =>
  `<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt;mso-line-height-rule:exactly'>${run(text, font, size)}</p>`;

const blank = "<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>";

export function tuomujiangMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC6F3A.2B94C1E0',
    folder: 'file:///C:/4A8E21D7/',
    stem: 'tmj-jhbg',
    title: '关于托木江县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    properties: {
      author: 'fgw',
      lastAuthor: '县发改委',
      revision: 6,
      created: '2026-01-04T03:12:00Z',
      lastSaved: '2026-01-08T09:41:00Z',
      pages: 7,
      company: '托木江县发展和改革委员会',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${centre('关于托木江县2025年国民经济和社会发展计划执行情况', '方正小标宋简体', '22.0pt')}

${centre('与2026年国民经济和社会发展计划草案的报告', '方正小标宋简体', '22.0pt')}

${centre('——2026年1月9日在托木江县第十七届人民代表大会第五次会议上', '楷体_GB2312', '16.0pt')}

${centre('县发展和改革委员会主任　吐尔逊江·买买提依明', '楷体_GB2312', '16.0pt')}

${blank}

${paragraphs.map((t, i) => body(t, i === 0)).join('\n\n')}`,
    headerHtm: plainFooterHtm('tmj-jhbg', 'center'),
  });
}
