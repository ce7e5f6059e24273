// The one-hundred-and-ninety-second held-out batch's Word web archive (.mht, session 35): a Jiangxi-style county
// 发展和改革委员会's report to the standing committee on the execution of the 2024 plan in the first half (湓屺县 under
// 琚州市), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts): the byline (date, session, speaker), the
// addressee, part 一's opening and a bordered table of 全年目标, 上半年, 增速（%） and 全市排位 with a unit column and a
// 注 naming the city's ten counties, then topic paragraphs (（一）经济总量稳步扩大。…) with 低于/高于全年目标, 居琚州市
// 10个县（市、区）第7位, 较一季度后移1位, 完成年度预算的A%, 税收占比, 完成年度目标任务的A%, the 56个 programme with
// 超时序进度 and four projects; part 二's problems and part 三's goals (紧盯…的目标不放松, 力争…突破, 确保…以上).
// Invented place and figures; the answers are tests/accuracy/penqi-2024-h1-plan.answers.json.

import {
  PLAIN_FOOTER_LAYOUT,
  plainFooterHtm,
  wordBodyPara,
  wordCentred,
  wordGridCell,
  wordNotedTable,
  wordPlanReportMht,
  wordSpan,
} from './mht.js';

export const penqi = { name: 'penqi-2024-h1-plan' };

const STEM = 'penqi-jhzx';

const TITLE = '关于湓屺县2024年上半年国民经济和社会发展计划执行情况的报告';

const byline = [
  '——2024年7月26日在县第十八届人民代表大会常务委员会第二十一次会议上',
  '县发展和改革委员会主任　钟晓峰',
];

const opening = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将我县2024年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，全县上下认真执行县十八届人大四次会议批准的年度计划，紧扣“项目攻坚年”工作主线，全力稳增长、扩投资、促消费、惠民生，经济运行总体平稳、稳中有进。上半年主要经济指标完成情况如下表：',
];

const caption = '湓屺县2024年上半年主要经济指标完成情况表';
const header = ['指标名称', '单位', '全年目标', '上半年', '增速（%）', '全市排位'];
const rows = [
  ['地区生产总值', '亿元', '6%', '96.38', '5.4', '7'],
  ['规模以上工业增加值', '%', '8%', '—', '8.6', '3'],
  ['固定资产投资', '%', '6.5%', '—', '4.2', '8'],
  ['社会消费品零售总额', '亿元', '6%', '33.74', '5.7', '5'],
  ['一般公共预算收入', '亿元', '4%', '4.05', '3.8', '6'],
  ['　其中：税收收入', '亿元', '—', '2.71', '2.6', '—'],
  ['进出口总额', '亿元', '5%', '7.92', '12.3', '2'],
  ['城镇居民人均可支配收入', '元', '5.5%', '23416', '4.6', '6'],
  ['农村居民人均可支配收入', '元', '7%', '11286', '6.8', '4'],
  ['城镇新增就业', '人', '3500', '1862', '—', '—'],
];
const note = '注：全市排位为增速在琚州市10个县（市、区）中的位次；“—”表示无此项或未排位。';

const rest = [
  '（一）经济总量稳步扩大。经琚州市统计局统一核算，上半年全县实现地区生产总值96.38亿元，同比增长5.4%，增速比一季度提高0.3个百分点，低于全年目标0.6个百分点，居琚州市10个县（市、区）第7位。分产业看，第一产业增加值9.12亿元，增长3.9%；第二产业增加值38.45亿元，增长6.1%；第三产业增加值48.81亿元，增长5.2%。三次产业结构为9.5:39.9:50.6。',
  '（二）工业经济回升向好。规模以上工业增加值同比增长8.6%，高于全年目标0.6个百分点，增速居全市第3位。其中，新材料产业增加值增长14.2%，电子信息产业增加值增长10.5%。规模以上工业企业实现营业收入142.6亿元，增长7.3%。新增规模以上工业企业9家，总数达到213家。',
  '（三）投资增长有所放缓。固定资产投资同比增长4.2%，低于全年目标2.3个百分点，居全市第8位，较一季度后移1位。其中，工业投资增长15.6%，占全部投资的比重达46.8%；房地产开发投资下降12.4%。全县列入省市县重点调度的56个项目完成投资31.7亿元，完成年度计划的57.2%，超时序进度7.2个百分点。湓屺县新型储能电池材料产业园一期项目总投资15.6亿元，累计完成投资6.8亿元，3栋厂房主体完工；琚州至湓屺一级公路改建工程总投资9.2亿元，上半年完成投资2.35亿元；湓屺县城区污水管网提质改造工程年度计划投资1.8亿元，已完成投资1.02亿元；湓屺县中医院整体搬迁项目于4月开工建设。',
  '（四）消费外贸稳中有进。社会消费品零售总额33.74亿元，同比增长5.7%，低于全年目标0.3个百分点，居全市第5位；限额以上单位消费品零售额增长9.1%。进出口总额7.92亿元，增长12.3%，高于全年目标7.3个百分点，增速居全市第2位；其中出口6.85亿元，增长14.6%。',
  '（五）财政金融运行平稳。财政总收入6.84亿元，增长2.9%；一般公共预算收入4.05亿元，增长3.8%，完成年度预算的56.3%；其中税收收入2.71亿元，增长2.6%，税收占比66.9%。一般公共预算支出19.36亿元，增长3.4%。6月末，金融机构各项存款余额312.45亿元，比年初增加18.62亿元；各项贷款余额228.17亿元，同比增长10.4%。',
  '（六）民生保障持续改善。城镇居民人均可支配收入23416元，增长4.6%；农村居民人均可支配收入11286元，增长6.8%，增速比城镇居民快2.2个百分点。城镇新增就业1862人，完成年度目标任务的53.2%。',
  '二、存在的主要问题',
  '一是投资增长乏力。固定资产投资增速低于全年目标，新开工项目接续不足，56个重点调度项目中仍有9个未开工。二是消费恢复偏慢。居民消费意愿不强，社会消费品零售总额增速低于全年目标。三是财政收支矛盾突出。税收收入增速低于一般公共预算收入增速，刚性支出持续增加。',
  '三、下半年工作安排',
  '下半年，我们将紧盯全年地区生产总值增长6%、规模以上工业增加值增长8%、固定资产投资增长6.5%的目标不放松，重点抓好以下工作：',
  '（一）全力扩大有效投资。坚持项目为王，推动9个未开工项目三季度全部开工，加快湓屺县新型储能电池材料产业园一期项目建设，确保年底前首条生产线投产。',
  '（二）推动工业提质增效。实施规上企业培育行动，力争全年新增规模以上工业企业20家。',
  '（三）持续提振消费和外贸。开展汽车、家电以旧换新促销活动，力争全年进出口总额突破15亿元。',
  '（四）兜牢民生底线。确保全年城镇新增就业3500人以上，城乡低保、特困供养等民生政策应保尽保。',
  '主任、各位副主任、各位委员，下半年任务艰巨繁重。我们将在县委坚强领导下，在县人大及其常委会监督支持下，奋力完成全年目标任务。',
];

const right = (text: string): string =>
  `<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'>${wordSpan(text)}</p>`;
const blank = "<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>";

export function penqiMht(): Buffer {
  const cell = wordGridCell([150, 50, 70, 70, 70, 70]);
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DADF41.3C9A62B0',
    folder: 'file:///C:/8E3F21A7/',
    stem: STEM,
    title: TITLE,
    properties: {
      author: 'fgw',
      lastAuthor: 'zhongxf',
      revision: 6,
      created: '2024-07-19T02:06:00Z',
      lastSaved: '2024-07-24T08:41:00Z',
      pages: 5,
      company: '湓屺县发展和改革委员会',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${wordCentred(TITLE, '22.0pt', '方正小标宋简体')}

${byline.map((line) => wordCentred(line, '16.0pt', '楷体_GB2312')).join('\n\n')}

${blank}

${opening.map(wordBodyPara).join('\n\n')}

${wordCentred(caption, '14.0pt', '黑体')}

${wordNotedTable('MsoTableGrid', cell, header, rows, note)}

${rest.map(wordBodyPara).join('\n\n')}

${blank}

${right('湓屺县发展和改革委员会')}

${right('2024年7月22日')}`,
    headerHtm: plainFooterHtm(STEM),
  });
}
