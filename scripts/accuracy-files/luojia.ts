// The one-hundred-and-forty-third held-out batch's Word web archive (.mht, session 33): a Shandong-style county 发改局's
// 关于2026年上半年国民经济和社会发展计划执行情况的报告 to the county 人大常委会 (泺岬县 under 峄汶市), saved by Word as a
// 单个文件网页 through wordArchiveMht (mht.ts) in the plainer save with a page-number footer: the title over two lines,
// the session line and the speaker, 主任、各位副主任、各位委员, part 一 in seven （一）… heads with 高于年度计划 and 高于全市平均水平
// chains, ranks 居全市第N位 with 较一季度前移, 完成全年计划的A% and 完成年度预算的A%, 税收占比, a 68个 key-project programme with
// 超时序进度 and three projects, part 二's problems, part 三's 确保…以上 and lowered 力争 goals, and the 附表 of 全年计划 (levels, or
// 增长A% for growth rows), 上半年, 同比增长（%）, 完成计划（%） and 全市位次 with — cells and a 注 naming the group.
// Invented place and figures; its answers are tests/accuracy/luojia-2026-h1-plan.answers.json.

import {
  wordCentred as centred,
  PLAIN_FOOTER_LAYOUT,
  pageNumberFooter,
  wordBodyPara as para,
  wordArchiveMht,
  wordFooterHtm,
  wordGridCell,
  wordHtml,
  wordNotedTable,
} from './mht.js';

export const luojia = { name: 'luojia-2026-h1-plan' };

const B = '----=_NextPart_01DD1A2C.4E8B7F30';
const ROOT = 'file:///C:/8A3F61C4/luojia-jhbg.htm';
const FILES = 'file:///C:/8A3F61C4/luojia-jhbg.files/';

const part1 = [
  '今年以来，在县委的坚强领导下，在县人大及其常委会的监督支持下，全县上下坚持稳中求进工作总基调，认真落实县十九届人大四次会议确定的目标任务，经济运行稳中有进，主要指标完成情况好于预期（主要指标完成情况见附表）。',
  '（一）经济总量稳步增长。经峄汶市统计局统一核算，上半年全县实现地区生产总值168.42亿元，同比增长6.2%，高于年度计划0.2个百分点，高于全市平均水平0.4个百分点，增速居全市第5位，较一季度前移2位。其中，第一产业增加值14.36亿元，增长3.8%；第二产业增加值71.25亿元，增长7.1%；第三产业增加值82.81亿元，增长5.9%。',
  '（二）工业生产提质增效。规模以上工业增加值增长9.1%，高于年度计划1.1个百分点，增速居全市第3位。规模以上工业营业收入286.5亿元，增长7.6%。新增规模以上工业企业18家，新认定省级“专精特新”中小企业9家。',
  '（三）项目投资支撑有力。固定资产投资增长7.4%，低于年度计划2.6个百分点，增速居全市第9位。其中，工业投资增长18.2%，占全部投资的比重为42.6%，比上年同期提高3.1个百分点。全县68个省市县重点项目完成投资56.8亿元，占年度计划的54.6%，超时序进度4.6个百分点。泺岬经济开发区高端轴承产业园项目总投资18亿元，上半年完成投资4.2亿元，一期厂房主体完工；泺岬县第二人民医院新院区项目总投资6.5亿元，累计完成投资3.1亿元；峄汶至泺岬快速路改造工程加快推进。',
  '（四）消费市场持续回暖。社会消费品零售总额62.35亿元，增长5.8%，完成全年计划的48.7%，增速居全市第6位。其中，限额以上单位消费品零售额21.46亿元，增长8.2%。举办“惠享泺岬”促消费活动26场，发放消费券800万元。',
  '（五）财政运行总体平稳。一般公共预算收入8.42亿元，增长6.3%，完成年度预算的54.0%，超时序进度4个百分点，增速居全市第4位。其中，税收收入6.21亿元，增长4.9%，税收占比73.8%。一般公共预算支出16.75亿元，增长3.1%，民生支出占比达到81.2%。',
  '（六）对外开放扩面提质。进出口总额24.86亿元，增长12.4%，完成全年计划的54.0%，增速居全市第2位。其中，出口18.32亿元，增长15.6%。实际使用外资1856万美元，增长15.2%，完成全年计划的58.0%，居全市第3位。',
  '（七）民生保障持续加强。城镇居民人均可支配收入24386元，增长5.1%；农村居民人均可支配收入11872元，增长6.8%，增速居全市第4位。城镇新增就业3260人，完成年度计划的59.3%。',
];

const rest = [
  '二、存在的主要问题',
  '上半年计划执行情况总体较好，但也存在一些困难和问题：一是投资增长乏力。固定资产投资增速低于年度计划，民间投资下降2.4%，新开工亿元以上项目仅11个。二是财政收入质量有待提升。税收占比比上年同期下降1.2个百分点，刚性支出压力较大。三是居民增收压力加大。城镇居民人均可支配收入增速低于年度计划0.4个百分点。',
  '三、下半年工作安排',
  '下半年，我们将紧扣年度目标任务，突出重点、精准发力，确保全年地区生产总值增长6%以上、规模以上工业增加值增长8%以上。',
  '（一）全力扩大有效投资。加快泺岬经济开发区高端轴承产业园、泺岬县第二人民医院新院区等项目建设，推动泺岬县城乡供水一体化工程年内开工，固定资产投资力争全年增长8%以上。',
  '（二）持续提振消费。开展“金秋消费季”系列活动，培育夜间经济集聚区2处。',
  '（三）加强财源建设。强化税源监控，严控一般性支出，确保完成年度预算收入目标。',
  '（四）兜牢民生底线。落实就业优先政策，确保完成城镇新增就业5500人的年度任务。',
  '主任、各位副主任、各位委员，我们将在县委的坚强领导下，自觉接受县人大及其常委会的监督，奋力完成全年目标任务。',
];

const header = ['指标名称', '单位', '全年计划', '上半年', '同比增长（%）', '完成计划（%）', '全市位次'];
const rows = [
  ['地区生产总值', '亿元', '增长6%', '168.42', '6.2', '—', '5'],
  ['规模以上工业增加值', '%', '增长8%', '—', '9.1', '—', '3'],
  ['固定资产投资', '%', '增长10%', '—', '7.4', '—', '9'],
  ['社会消费品零售总额', '亿元', '128', '62.35', '5.8', '48.7', '6'],
  ['一般公共预算收入', '亿元', '15.6', '8.42', '6.3', '54.0', '4'],
  ['　其中：税收收入', '亿元', '11.8', '6.21', '4.9', '52.6', '—'],
  ['进出口总额', '亿元', '46', '24.86', '12.4', '54.0', '2'],
  ['实际使用外资', '万美元', '3200', '1856', '15.2', '58.0', '3'],
  ['城镇居民人均可支配收入', '元', '增长5.5%', '24386', '5.1', '—', '7'],
  ['农村居民人均可支配收入', '元', '增长6.5%', '11872', '6.8', '—', '4'],
  ['城镇新增就业', '人', '5500', '3260', '—', '59.3', '—'],
];
const note = '注：全市位次为在峄汶市11个县（市、区）中的位次；“—”表示不公布或不参与排位。';

const cell = wordGridCell([170, 56, 72, 72, 72, 72, 64]);

const table = (): string =>
  `${centred('附表', '16.0pt', '黑体')}

${centred('泺岬县2026年上半年主要经济指标完成情况', '14.0pt', '黑体')}
${wordNotedTable('MsoNormalTable', cell, header, rows, note)}`;

function html(): string {
  return wordHtml({
    stem: 'luojia-jhbg',
    title: '关于泺岬县2026年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '规划科',
      revision: 9,
      created: '2026-08-18T00:52:00Z',
      lastSaved: '2026-08-24T09:31:00Z',
      pages: 8,
      company: '泺岬县发展和改革局',
    },
    ...PLAIN_FOOTER_LAYOUT,
    body: `${centred('关于泺岬县2026年上半年国民经济和社会', '22.0pt', '宋体')}

${centred('发展计划执行情况的报告', '22.0pt', '宋体')}

${centred('——2026年8月26日在县第十九届人民代表大会常务委员会第二十三次会议上', '16.0pt', '楷体_GB2312')}

${centred('县发展和改革局局长　韩立新', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>主任、各位副主任、各位委员：</span></p>

${para('受县人民政府委托，现将全县2026年上半年国民经济和社会发展计划执行情况报告如下，请予审议。')}

${para('一、上半年计划执行情况')}

${part1.map(para).join('\n\n')}

${rest.map(para).join('\n\n')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${table()}`,
  });
}

const headerHtm = wordFooterHtm('luojia-jhbg', false, [['footer', 'f1', pageNumberFooter('right')]]);

export function luojiaMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
