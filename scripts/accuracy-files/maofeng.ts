// Held-out-253's Word web archive (.mht, session 37): a Shaanxi-style county 发展和改革局's report on the execution of
// the 2020 plan in the first half (峁沣县 under 秦塬市), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts):
// the standing committee's file label, the title in two lines and the byline, the addressee, part 一 by topics (（一）…)
// where the epidemic's declines carry 降幅较一季度收窄 and the recovery 由负转正/较一季度回升, ranks among the city's 11
// 县区 with their moves against the first quarter, 完成年度预算的A%，低于时序进度B个百分点, 税收占比, the 38个 key-project
// programme, then a MsoTableGrid table of 年度目标, 上半年, 增速（%） and 全市排名 with '—' cells and a 注 naming the
// group, the problems and part 三's tasks with named projects and 确保/力争 goals; beside the header part (running
// header, page footer), the theme and filelist.xml. Invented place and figures; its answers are
// tests/accuracy/maofeng-2020-h1-plan.answers.json.

import {
  wordCentred as centred,
  HEADER_FOOTER_LAYOUT,
  pageNumberFooter,
  wordBodyPara as para,
  wordSpan as span,
  wordArchiveMht,
  wordFooterHtm,
  wordGridCell,
  wordHtml,
  wordNotedTable,
} from './mht.js';

export const maofeng = { name: 'maofeng-2020-h1-plan' };

const B = '----=_NextPart_01D6702B.3E95A1C0';
const ROOT = 'file:///C:/8A41C2E9/maofeng-jhzx.htm';
const FILES = 'file:///C:/8A41C2E9/maofeng-jhzx.files/';

const opening = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将全县2020年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
];

const part1 = [
  '今年以来，面对突如其来的新冠肺炎疫情，全县上下统筹推进疫情防控和经济社会发展，扎实做好“六稳”工作，全面落实“六保”任务，全县经济运行呈现降幅收窄、逐月回升的态势。',
  '（一）经济总量降幅收窄。经市统计局统一核算，上半年全县生产总值45.62亿元，同比下降1.8%，降幅较一季度收窄5.4个百分点，增速居全市11个县区第6位，比一季度前移2位。其中，第一产业增加值5.84亿元，增长2.6%；第二产业增加值18.37亿元，下降3.2%；第三产业增加值21.41亿元，下降1.5%。',
  '（二）工业生产逐步恢复。规模以上工业增加值同比下降2.4%，降幅较一季度收窄9.1个百分点，增速居全市第7位。全县58户规模以上工业企业全部复工复产，其中能源化工产业产值下降5.3%，农产品加工业产值增长4.8%。',
  '（三）投资增速由负转正。固定资产投资同比增长3.6%，较一季度回升19.8个百分点，低于年度目标6.4个百分点，增速居全市第4位，比一季度前移3位。其中，工业投资增长12.5%，占全部投资的比重为28.4%；房地产开发投资下降8.7%。全县38个市级重点项目完成投资21.6亿元，占年度计划的52.3%，超时序进度2.3个百分点。',
  '（四）消费市场持续回暖。社会消费品零售总额14.27亿元，同比下降9.6%，降幅较一季度收窄8.2个百分点，增速居全市第5位。其中，限额以上企业零售额3.46亿元，下降12.3%。',
  '（五）财政收入有所下滑。地方财政收入1.86亿元，同比下降6.8%，完成年度预算的43.5%，低于时序进度6.5个百分点；其中税收收入1.32亿元，下降8.1%，税收占比71.0%。',
  '（六）居民收入稳步增长。城镇居民人均可支配收入17425元，增长4.1%，增速居全市第3位；农村居民人均可支配收入6318元，增长6.2%，增速居全市第2位。城镇新增就业1245人，完成年度目标任务的62.3%。',
  '上半年主要经济指标完成情况见下表。',
];

type Row = readonly [string, string, string, string, string, string];

const header: Row = ['指标名称', '单位', '年度目标', '上半年', '增速（%）', '全市排名'];
const rows: readonly Row[] = [
  ['生产总值', '亿元', '7', '45.62', '-1.8', '6'],
  ['规模以上工业增加值', '%', '8', '—', '-2.4', '7'],
  ['固定资产投资', '%', '10', '—', '3.6', '4'],
  ['社会消费品零售总额', '亿元', '8', '14.27', '-9.6', '5'],
  ['地方财政收入', '亿元', '5', '1.86', '-6.8', '9'],
  ['城镇居民人均可支配收入', '元', '8', '17425', '4.1', '3'],
  ['农村居民人均可支配收入', '元', '9', '6318', '6.2', '2'],
  ['城镇新增就业', '人', '2000', '1245', '—', '—'],
];
const note = '注：年度目标除城镇新增就业外均为增长率（%）；全市排名为增速在秦塬市11个县区中的位次。';

const rest = [
  '二、存在的主要问题',
  '一是受疫情冲击，生产总值、规模以上工业增加值、社会消费品零售总额仍为负增长，完成年度目标压力较大。二是财政减收明显，地方财政收入低于时序进度，“三保”支出压力加大。三是重点项目推进不平衡，38个市级重点项目中仍有6个未开工。',
  '三、下半年工作措施',
  '（一）全力以赴稳增长。紧盯年度目标，逐月分析调度，确保全年生产总值增长5%以上，力争规模以上工业增加值增速年底转正。',
  '（二）聚焦项目扩投资。加快峁沣煤化工循环经济园区项目（总投资16.8亿元，累计完成投资6.2亿元）、秦塬至峁沣一级公路项目（总投资9.5亿元，上半年完成投资2.7亿元）和县城集中供热扩容工程建设，力争下半年新开工项目15个以上。',
  '（三）促进消费保民生。持续开展“峁沣好礼”促消费活动，确保全年城镇新增就业2000人以上。',
];

const widths = [170, 45, 65, 70, 65, 65];

const cell = wordGridCell(widths);

const table = (): string =>
  `${centred('峁沣县2020年上半年主要经济指标完成情况表', '14.0pt', '黑体')}
${wordNotedTable('MsoTableGrid', cell, header, rows, note)}`;

function html(): string {
  return wordHtml({
    stem: 'maofeng-jhzx',
    title: '关于峁沣县2020年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '规划股',
      revision: 4,
      created: '2020-08-11T02:16:00Z',
      lastSaved: '2020-08-20T07:48:00Z',
      pages: 5,
      company: '峁沣县发展和改革局',
    },
    ...HEADER_FOOTER_LAYOUT,
    body: `<p class=MsoNormal>${span('峁沣县第十八届人大常委会第三十一次会议文件（2）', '14.0pt', '黑体')}</p>

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${centred('关于峁沣县2020年上半年国民经济和社会发展', '22.0pt', '方正小标宋简体')}

${centred('计划执行情况的报告', '22.0pt', '方正小标宋简体')}

${centred('——2020年8月25日在县第十八届人民代表大会常务委员会第三十一次会议上', '16.0pt', '楷体_GB2312')}

${centred('县发展和改革局局长　贺建民', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${opening.map((t, i) => (i === 0 ? `<p class=MsoNormal>${span(t)}</p>` : para(t))).join('\n')}

${para('一、上半年计划执行情况')}

${part1.map(para).join('\n\n')}

${table()}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${rest.map(para).join('\n\n')}`,
  });
}

const headerHtm = wordFooterHtm('maofeng-jhzx', true, [
  [
    'header',
    'h1',
    `<p class=MsoHeader style='border-bottom:none'><span style='font-size:9.0pt;font-family:宋体'>峁沣县发展和改革局<o:p></o:p></span></p>`,
  ],
  ['footer', 'f1', pageNumberFooter('center')],
]);

export function maofengMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
