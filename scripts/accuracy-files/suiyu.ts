// The one-hundred-and-sixteenth held-out batch's Word web archive (.mht, session 31): an Anhui-style county 人大常委会's
// 审议意见 on the report on the execution of the 2025 plan in the first half (濉嵛县), saved by Word as a 单个文件网页
// through wordArchiveMht (mht.ts): the document number, the title over two lines, the addressee, the session that heard the
// report, part 一's verdict with 高于/低于年度目标 and rank chains among the city's 7 县区 (居全市7个县区第2位), 完成年计划的
// A% and 完成年度预算的A%, incomes 分别达到…分别增长…, the 46个 key-project programme with 超时序进度 and the 签约 counts,
// part 二's problems (民间投资下降, 税收占比), part 三's numbered suggestions with 确保…的目标任务, 力争 goals and named
// projects, the 研究处理 deadline and the signature; beside it the header part (page footer), the theme and filelist.xml.
// Invented place and figures; its answers are tests/accuracy/suiyu-2025-h1-review.answers.json.

import { MSO_NORMAL, pageNumberFooter, wordFooterHtm, wordPlanReportMht } from './mht.js';

export const suiyu = { name: 'suiyu-2025-h1-review' };

const body = [
  '县人民政府：',
  '2025年8月28日，县十八届人大常委会第二十六次会议听取和审议了县发展和改革委员会主任刘其峰受县人民政府委托所作的《关于濉嵛县2025年上半年国民经济和社会发展计划执行情况的报告》。会前，县人大常委会财政经济工作委员会组织部分常委会组成人员和县人大代表，深入濉嵛经开区和部分乡镇，对重点项目建设和企业运行情况进行了视察。现将常委会组成人员的审议意见综合如下：',
  '一、总体评价',
  '常委会组成人员认为，今年以来，县人民政府及其部门坚持稳中求进工作总基调，认真落实县十八届人大五次会议确定的目标任务，全县经济运行总体平稳、稳中有进。上半年，全县实现地区生产总值142.38亿元，同比增长6.3%，高于年度目标0.3个百分点，增速居全市7个县区第2位；规模以上工业增加值增长9.6%，高于年度目标0.6个百分点，增速居全市第1位；固定资产投资增长7.2%，低于年度目标2.8个百分点，增速居全市第5位；社会消费品零售总额46.73亿元，增长5.1%，完成年计划的48.6%；地方一般公共预算收入6.84亿元，增长4.6%，完成年度预算的52.1%；城镇和农村常住居民人均可支配收入分别达到21856元和10342元，分别增长4.8%和6.9%。全县46个省市重点项目完成投资38.6亿元，占年度计划的58.2%，超时序进度8.2个百分点。新签约亿元以上项目17个，协议总投资62.5亿元。计划执行情况总体较好，实现了“时间过半、任务过半”。',
  '二、存在的主要问题',
  '常委会组成人员在肯定成绩的同时，也指出了计划执行中存在的困难和问题：一是经济增长内生动力不足。固定资产投资增速低于年度目标，民间投资下降3.6%，新开工亿元以上项目仅有9个。二是财政收入质量有待提高。税收收入4.68亿元，仅增长2.1%，税收占比为68.4%，比上年同期下降1.7个百分点。三是消费市场恢复偏慢。社会消费品零售总额增速比一季度回落0.8个百分点，县域商贸流通体系仍不完善。',
  '三、意见和建议',
  '（一）紧盯目标任务，全力稳住经济增长。要对照年初目标，逐项分析研判，确保完成全年地区生产总值增长6%、固定资产投资增长10%的目标任务。要强化经济运行监测调度，及时解决企业生产经营中的困难。',
  '（二）突出项目支撑，持续扩大有效投资。要加快濉嵛经开区新能源电池材料产业园、濉嵛至淮岭一级公路改建工程、县中医院新院区等项目建设进度，推动已签约项目早开工、早投产。力争全年新开工亿元以上项目20个以上。',
  '（三）培育财源税源，提高财政收入质量。要加大税收征管力度，严控一般性支出，兜牢“三保”底线，确保完成年度预算收入目标。',
  '（四）激发消费活力，促进城乡居民增收。要持续开展促消费活动，力争全年社会消费品零售总额增长6%以上，确保城乡居民收入增长与经济增长同步。',
  '县人民政府要认真研究处理本审议意见，并于2025年11月30日前将研究处理情况向县人大常委会书面报告。',
];

const span = (text: string, size = '16.0pt', font = '仿宋_GB2312') =>
  `<span style='font-size:${size};font-family:${font};mso-hansi-font-family:"Times New Roman"'>${text}</span>`;

const p = (text: string, style: string, size?: string, font?: string) =>
  `<p class=MsoNormal ${style}>${span(text, size, font)}</p>`;

const indent = "style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'";
const centre = "align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'";
const right = "align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'";

const bodyPara = (text: string, i: number): string =>
  i === 0
    ? p(text, "style='line-height:28.0pt'")
    : /^[一二三四五六七八九十]+、/.test(text)
      ? p(text, indent, '16.0pt', '黑体')
      : p(text, indent);

export function suiyuMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC1F3A.7B2D4E60',
    folder: 'file:///C:/5D7E03B2/',
    stem: 'suiyu-sjyj',
    title: '濉嵛县人大常委会关于2025年上半年国民经济和社会发展计划执行情况报告的审议意见',
    properties: {
      author: 'rdb',
      lastAuthor: '财经委',
      revision: 4,
      created: '2025-09-02T01:20:00Z',
      lastSaved: '2025-09-05T08:12:00Z',
      pages: 4,
      company: '濉嵛县人大常委会办公室',
    },
    layout: {
      full: true,
      comments: false,
      fonts: ['宋体', '黑体', '仿宋_GB2312', '方正小标宋简体'],
      styles: [
        MSO_NORMAL,
        ' p.MsoFooter {margin:0cm;text-align:center;layout-grid-mode:char;font-size:9.0pt;}',
      ],
      margin: '104.9pt 73.7pt 87.9pt 73.7pt',
      parts: [['footer', 'f1']],
    },
    body: `${p('濉嵛人常〔2025〕21号', "align=right style='text-align:right'", '16.0pt', '仿宋_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${p('濉嵛县人大常委会关于2025年上半年国民经济和社会', centre, '22.0pt', '方正小标宋简体')}

${p('发展计划执行情况报告的审议意见', centre, '22.0pt', '方正小标宋简体')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${body.map(bodyPara).join('\n\n')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${p('濉嵛县人大常委会', right)}

${p('2025年9月5日', right)}`,
    headerHtm,
  });
}

const headerHtm = wordFooterHtm('suiyu-sjyj', true, [['footer', 'f1', pageNumberFooter('center')]]);
