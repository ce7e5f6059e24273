// The two-hundred-and-forty-first held-out batch's .mht (session 37): a Yunnan-style county 发展和改革局's report to the
// county congress standing committee on the execution of the 2026 plan in the first half (漭岽县 under 湄崆州), saved by
// Word as a 单个文件网页: the session-file label, the title, the byline, the addressee, part 一's prose, the indicator
// table with 年度目标（%）, 上半年, 增速（%） and 全州排位 columns and its 注, the key projects with 年度计划投资 and
// 完成率, the problems and the second-half work. Invented place and figures; the answers are
// tests/accuracy/mangdong-2026-h1-plan.answers.json.

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

export const mangdong = { name: 'mangdong-2026-h1-plan' };

const STEM = 'mangdong-jhzx';
const B = '----=_NextPart_01DD0F3A.7C2B41E0';
const ROOT = `file:///C:/5D2E7B91/${STEM}.htm`;
const FILES = `file:///C:/5D2E7B91/${STEM}.files/`;
const TITLE = '关于漭岽县2026年上半年国民经济和社会发展计划执行情况的报告';

const opening = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将漭岽县2026年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
];

const part1 = [
  '一、上半年计划执行情况',
  '今年以来，全县上下认真贯彻落实县委决策部署，紧扣县十八届人大六次会议确定的目标任务，坚持稳中求进，全力抓项目、稳工业、促消费，经济运行总体平稳。',
  '（一）经济总量稳步增长。经湄崆州统计局统一核算，上半年全县实现地区生产总值98.46亿元，同比增长5.2%，比全州高0.4个百分点，居湄崆州10个县（市）第4位。分产业看，第一产业增加值16.72亿元，增长4.1%；第二产业增加值31.05亿元，增长6.3%；第三产业增加值50.69亿元，增长4.9%。',
  '（二）工业生产较快增长。规模以上工业增加值同比增长9.6%，高于年度目标1.6个百分点，增速居全州第2位，较一季度前移3位。其中，绿色铝产业增加值增长18.2%，烟草制品业增加值下降2.4%。规模以上工业总产值86.37亿元，增长11.3%。',
  '（三）投资降幅逐步收窄。固定资产投资同比下降3.8%，降幅较一季度收窄4.6个百分点，低于年度目标9.8个百分点，居全州第8位。其中，产业投资增长12.5%，占固定资产投资的比重为46.2%；房地产开发投资下降21.7%。',
  '（四）消费市场稳中有升。社会消费品零售总额32.18亿元，同比增长5.6%，比年度目标低0.4个百分点，居全州第5位。接待游客286.4万人次，实现旅游总收入31.52亿元，分别增长8.7%和10.2%。',
  '（五）财政金融运行平稳。地方一般公共预算收入3.84亿元，同比增长2.7%，完成年度预算的47.6%，低于时序进度2.4个百分点；其中税收收入2.61亿元，下降1.8%，税收占比68.0%。一般公共预算支出19.63亿元，增长4.5%。6月末，金融机构各项存款余额215.74亿元，较年初增加9.82亿元；各项贷款余额168.35亿元，同比增长6.9%。',
  '（六）民生保障持续加强。城镇常住居民人均可支配收入21386元，增长4.3%；农村常住居民人均可支配收入8974元，增长6.1%。城镇新增就业1865人，完成年度目标任务3400人的54.9%。',
  '上半年主要经济指标完成情况见下表。',
];

type Row = readonly [string, string, string, string, string, string, string];

const header: Row = ['序号', '指标名称', '单位', '年度目标（%）', '上半年', '增速（%）', '全州排位'];
const rows: readonly Row[] = [
  ['1', '地区生产总值', '亿元', '6', '98.46', '5.2', '4'],
  ['2', '规模以上工业增加值', '%', '8', '—', '9.6', '2'],
  ['3', '固定资产投资', '%', '6', '—', '-3.8', '8'],
  ['4', '社会消费品零售总额', '亿元', '6', '32.18', '5.6', '5'],
  ['5', '地方一般公共预算收入', '亿元', '3', '3.84', '2.7', '7'],
  ['6', '城镇常住居民人均可支配收入', '元', '5', '21386', '4.3', '6'],
  ['7', '农村常住居民人均可支配收入', '元', '7', '8974', '6.1', '3'],
];
const note = '注：全州排位为增速在湄崆州10个县（市）中的位次。';

const rest = [
  '二、重点项目推进情况',
  '全县纳入州级调度的重点项目48个，年度计划投资42.6亿元，上半年完成投资19.87亿元，完成率46.6%。漭岽县绿色铝精深加工产业园项目总投资26.5亿元，年度计划投资8亿元，上半年完成投资4.36亿元，完成率54.5%。漭岽至湄崆高速公路连接线工程年度计划投资3.2亿元，完成投资1.15亿元，完成率35.9%。县人民医院医技综合楼项目总投资2.4亿元，累计完成投资1.72亿元，主体工程已封顶。漭岽县高原特色农产品冷链物流园已完成选址和用地预审。',
  '三、存在的主要问题',
  '一是投资持续负增长。48个重点项目中有13个未达到序时进度，新开工项目接续不足。二是财政增收困难。税收收入同比下降，刚性支出持续增加，收支矛盾突出。三是消费恢复偏慢。社会消费品零售总额增速低于年度目标，居民消费意愿不强。',
  '四、下半年工作打算',
  '下半年，我们将对标对表年度目标任务，重点抓好以下工作：',
  '（一）全力稳住投资基本盘。确保全年固定资产投资降幅收窄至3%以内，力争三季度新开工项目12个以上。',
  '（二）推动工业提质增效。确保全年规模以上工业增加值增长10%以上，力争新增规上工业企业6家。',
  '（三）着力激发消费活力。办好漭岽火把节系列促消费活动，力争全年社会消费品零售总额突破68亿元。',
  '主任、各位副主任、各位委员，下半年任务艰巨繁重，我们将在县委坚强领导下，在县人大及其常委会监督支持下，奋力完成全年目标任务。',
];

const cell = wordGridCell([40, 190, 50, 80, 70, 70, 70]);

function html(): string {
  return wordHtml({
    stem: STEM,
    title: TITLE,
    properties: {
      author: 'fgj',
      lastAuthor: '综合规划股',
      revision: 5,
      created: '2026-08-14T01:22:00Z',
      lastSaved: '2026-08-20T08:47:00Z',
      pages: 7,
      company: '湄崆州漭岽县发展和改革局',
    },
    ...HEADER_FOOTER_LAYOUT,
    body: `${centred('漭岽县第十八届人大常委会第二十六次会议文件（3）', '12.0pt', '宋体')}

${centred('关于漭岽县2026年上半年国民经济和', '22.0pt', '方正小标宋简体')}
${centred('社会发展计划执行情况的报告', '22.0pt', '方正小标宋简体')}

${centred('——2026年8月26日在县第十八届人民代表大会常务委员会第二十六次会议上', '16.0pt', '楷体_GB2312')}
${centred('县发展和改革局局长　杨建岽', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${opening.map((t, i) => (i === 0 ? `<p class=MsoNormal>${span(t)}</p>` : para(t))).join('\n')}

${part1.map(para).join('\n\n')}

${centred('漭岽县2026年上半年主要经济指标完成情况表', '14.0pt', '黑体')}
${wordNotedTable('MsoTableGrid', cell, header, rows, note)}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${rest.map(para).join('\n\n')}`,
  });
}

const headerHtm = wordFooterHtm(STEM, true, [
  [
    'header',
    'h1',
    `<p class=MsoHeader style='border-bottom:none'><span style='font-size:9.0pt;font-family:宋体'><o:p>&nbsp;</o:p></span></p>`,
  ],
  ['footer', 'f1', pageNumberFooter('center')],
]);

export function mangdongMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
