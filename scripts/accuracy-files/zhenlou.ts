// Held-out-189's Word web archive (.mht, session 34): a Guangdong-style county 发展和改革局's report on the execution of
// the 2025 plan and the 2026 draft plan to the county people's congress (浈溇县 under 溱岺市), saved by Word as a 单个文件网页
// through wordArchiveMht (mht.ts): the congress's file label, the title in two lines, the byline, the addressee, part 一
// by topics with 增速排全市第N位，较上年前移1位 chains, 比/低于年度目标高/低B个百分点, 完成年度预算的A%, 税收占比 and
// 民生支出占比, a 62个 key-project programme; 表1 of 年度目标（%）, 完成值, 增长（%） and 全市排名 with a 注 naming the
// city's 7 县（市、区）; the problems; part 三's 2026 goal list and 表2 of 2025年完成 and 2026年预期目标 in words; part 四's
// tasks with named projects and 力争…突破 goals. Invented place and figures; its answers are
// tests/accuracy/zhenlou-2025-fy-plan.answers.json.

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

export const zhenlou = { name: 'zhenlou-2025-fy-plan' };

const B = '----=_NextPart_01DC85E2.3A7B14C0';
const ROOT = 'file:///C:/5D20B7E1/zhenlou-jhbg.htm';
const FILES = 'file:///C:/5D20B7E1/zhenlou-jhbg.files/';

const opening = [
  '各位代表：',
  '受县人民政府委托，现将浈溇县2025年国民经济和社会发展计划执行情况与2026年计划草案提请县十七届人大六次会议审查，并请县政协委员和其他列席人员提出意见。',
];

const part1 = [
  '2025年，全县上下深入实施“百县千镇万村高质量发展工程”，坚持稳中求进工作总基调，统筹推进稳增长、调结构、惠民生各项工作，全县经济运行总体平稳、稳中有进。',
  '（一）经济总量稳步增长。全县实现地区生产总值236.48亿元，同比增长4.6%，高于全市平均水平0.8个百分点，增速排全市第2位，较上年前移1位。其中，第一产业增加值41.27亿元，增长4.1%；第二产业增加值78.36亿元，增长5.2%；第三产业增加值116.85亿元，增长4.4%。三次产业结构调整为17.5:33.1:49.4。',
  '（二）工业经济提质增效。规模以上工业增加值增长6.8%，比年度目标高0.8个百分点，增速排全市第1位。规模以上工业企业达到186家，净增17家。其中，电子信息产业增加值增长14.2%，新材料产业增加值增长9.6%。浈溇产业转移工业园实现规上工业总产值152.6亿元，增长11.3%。',
  '（三）投资结构持续优化。固定资产投资同比下降2.4%，低于年度目标8.4个百分点，增速排全市第5位。其中，工业投资增长18.7%，占固定资产投资比重达到36.2%，比上年提高6.1个百分点；房地产开发投资下降21.5%。全县62个县级以上重点项目完成投资48.3亿元，完成年度计划的103.5%。',
  '（四）消费市场回暖向好。社会消费品零售总额92.57亿元，增长3.9%，低于年度目标1.1个百分点，增速排全市第4位。其中，限额以上单位消费品零售额增长7.3%。',
  '（五）财政金融运行稳健。地方一般公共预算收入11.26亿元，增长3.1%，完成年度预算的101.4%；其中税收收入7.94亿元，增长2.6%，税收占比70.5%。一般公共预算支出38.62亿元，增长1.8%，其中民生支出31.05亿元，占比80.4%。年末金融机构本外币各项存款余额386.4亿元，增长7.2%；各项贷款余额241.9亿元，增长9.5%。',
  '（六）民生保障持续加强。居民人均可支配收入31264元，增长5.3%，增速排全市第3位。其中，城镇居民人均可支配收入38715元，增长4.6%；农村居民人均可支配收入24187元，增长6.4%。城镇新增就业4215人，完成年度任务的120.4%。10件民生实事全面完成。',
  '2025年主要经济指标完成情况见表1。',
];

type Row1 = readonly [string, string, string, string, string, string];

const header1: Row1 = ['指　　标', '单位', '年度目标（%）', '完成值', '增长（%）', '全市排名'];
const rows1: readonly Row1[] = [
  ['地区生产总值', '亿元', '5', '236.48', '4.6', '2'],
  ['规模以上工业增加值', '亿元', '6', '61.35', '6.8', '1'],
  ['固定资产投资', '亿元', '6', '118.74', '-2.4', '5'],
  ['社会消费品零售总额', '亿元', '5', '92.57', '3.9', '4'],
  ['地方一般公共预算收入', '亿元', '3', '11.26', '3.1', '3'],
  ['居民人均可支配收入', '元', '5.5', '31264', '5.3', '3'],
];
const note1 = '注：全市排名为增速在溱岺市7个县（市、区）中的排名。';

const problems = [
  '二、计划执行中存在的主要问题',
  '一是投资增长乏力，固定资产投资负增长，全年新开工项目28个，比上年减少9个，项目储备接续不足。二是消费增长不及预期，社会消费品零售总额增速低于年度目标。三是财政收支平衡压力较大，刚性支出持续增加。',
];

const part3 = [
  '三、2026年经济社会发展的主要目标',
  '2026年是“十五五”规划的开局之年。综合考虑发展基础和各方面因素，建议2026年全县经济社会发展主要预期目标为：地区生产总值增长5%左右；规模以上工业增加值增长6.5%；固定资产投资增长5%；社会消费品零售总额增长4.5%；地方一般公共预算收入增长3%以上；居民人均可支配收入增长与经济增长同步；城镇新增就业3500人以上；单位地区生产总值能耗完成市下达任务。主要指标见表2。',
];

type Row2 = readonly [string, string, string];

const header2: Row2 = ['指　　标', '2025年完成', '2026年预期目标'];
const rows2: readonly Row2[] = [
  ['地区生产总值', '增长4.6%', '增长5%左右'],
  ['规模以上工业增加值', '增长6.8%', '增长6.5%'],
  ['固定资产投资', '下降2.4%', '增长5%'],
  ['社会消费品零售总额', '增长3.9%', '增长4.5%'],
  ['地方一般公共预算收入', '增长3.1%', '增长3%以上'],
  ['居民人均可支配收入', '增长5.3%', '与经济增长同步'],
  ['城镇新增就业', '4215人', '3500人以上'],
];
const note2 = '注：2026年目标均为预期性目标。';

const part4 = [
  '四、2026年重点工作',
  '（一）做强实体经济。深入推进制造业当家，力争全县规模以上工业总产值突破500亿元，新增规上工业企业15家以上。',
  '（二）扩大有效投资。安排县重点项目68个，总投资412.6亿元，年度计划投资56.8亿元。重点推进浈溇产业转移工业园扩园项目（总投资36.5亿元，2026年计划投资8.2亿元）、溱岺至浈溇高速公路浈溇段（总投资52.8亿元，累计完成投资19.6亿元）、浈溇县城乡供水一体化工程（总投资6.3亿元）和县人民医院新院区建设项目。',
  '（三）提振消费需求。持续开展“浈情消费”系列活动，力争社会消费品零售总额突破100亿元。',
  '（四）办好民生实事。坚持尽力而为、量力而行，办好10件民生实事，守牢民生底线。',
  '各位代表，2026年任务艰巨、使命光荣。我们将在县委的坚强领导下，在县人大的监督支持下，奋力完成全年目标任务。',
];

const table = (
  title: string,
  widths: number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  note: string,
): string =>
  `${centred(title, '14.0pt', '黑体')}
${wordNotedTable('MsoTableGrid', wordGridCell(widths), header, rows, note)}`;

function html(): string {
  return wordHtml({
    stem: 'zhenlou-jhbg',
    title: '关于浈溇县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '综合股',
      revision: 11,
      created: '2026-01-05T01:42:00Z',
      lastSaved: '2026-01-12T08:17:00Z',
      pages: 9,
      company: '浈溇县发展和改革局',
    },
    ...HEADER_FOOTER_LAYOUT,
    body: `<p class=MsoNormal>${span('浈溇县第十七届人民代表大会第六次会议文件（4）', '14.0pt', '黑体')}</p>

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${centred('关于浈溇县2025年国民经济和社会发展计划', '22.0pt', '方正小标宋简体')}

${centred('执行情况与2026年计划草案的报告', '22.0pt', '方正小标宋简体')}

${centred('——2026年1月14日在浈溇县第十七届人民代表大会第六次会议上', '16.0pt', '楷体_GB2312')}

${centred('县发展和改革局局长　欧阳楠', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${opening.map((t, i) => (i === 0 ? `<p class=MsoNormal>${span(t)}</p>` : para(t))).join('\n')}

${para('一、2025年国民经济和社会发展计划执行情况')}

${part1.map(para).join('\n\n')}

${table('表1　浈溇县2025年主要经济指标完成情况', [170, 50, 80, 80, 70, 70], header1, rows1, note1)}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${[...problems, ...part3].map(para).join('\n\n')}

${table('表2　浈溇县2026年经济社会发展主要预期目标', [190, 160, 170], header2, rows2, note2)}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${part4.map(para).join('\n\n')}`,
  });
}

const headerHtm = wordFooterHtm('zhenlou-jhbg', true, [
  [
    'header',
    'h1',
    `<p class=MsoHeader style='border-bottom:none'><span style='font-size:9.0pt;font-family:宋体'><o:p>&nbsp;</o:p></span></p>`,
  ],
  ['footer', 'f1', pageNumberFooter('center')],
]);

export function zhenlouMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
