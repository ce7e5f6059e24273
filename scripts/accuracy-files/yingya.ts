// The one-hundred-and-seventy-ninth held-out batch's Word web archive (.mht, session 34): a Chongqing-style district
// 发展和改革委员会's report on the execution of the 2025 plan in the first half (潆岈区, a district of the municipality),
// saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts): the standing committee's session file label, the title
// and the byline, the addressee, part 一 by topics (（一）…) with two ranks in one chain (增速居全市第8位，较一季度前移3位，
// 居主城都市区第5位), 高于/低于/比全年目标低, a share with its move (占全部投资的比重…较一季度提高B个百分点), 网上零售额
// with growth only, 完成年度预算的A%，超时序进度B个百分点, 税收占比, the 63个 市级重点项目 programme, 完成全年目标任务的A%,
// then a MsoTableGrid table of 单位, 全年目标 (cells with a % sign), 上半年, 增速（%） and 全市排名 with '—' cells and a 注
// sizing the rank among the municipality's 38个区县, the problems and part 三's tasks with 确保/力争 goals (one 突破 a
// level) and three projects; beside the header part (running header, page footer), the theme and filelist.xml.
// Invented place and figures; its answers are tests/accuracy/yingya-2025-h1-plan.answers.json.

import {
  wordBodyPara as para,
  WORD_EMPTY_LINE,
  wordCaptionedTable,
  wordOpening,
  wordPlanReportMht,
  wordReportHead,
} from './mht.js';

export const yingya = { name: 'yingya-2025-h1-plan' };

const opening = [
  '区人大常委会：',
  '受区人民政府委托，现将潆岈区2025年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
];

const part1 = [
  '今年以来，全区上下深入落实区第十八届人民代表大会第五次会议审议通过的计划报告各项目标任务，聚焦稳进增效、除险固安、改革突破、惠民强企工作导向，全区经济运行总体平稳、稳中有进。',
  '（一）经济总量稳步扩大。经统一核算，上半年全区实现地区生产总值412.36亿元，同比增长5.9%，高于全市0.9个百分点，增速居全市第8位，较一季度前移3位，居主城都市区第5位。分产业看，第一产业增加值8.74亿元，增长3.4%；第二产业增加值173.52亿元，增长7.2%；第三产业增加值230.10亿元，增长5.0%。',
  '（二）工业生产较快增长。规模以上工业增加值同比增长9.6%，高于全年目标1.6个百分点，增速居全市第6位。分产业看，汽车产业增长12.8%，电子信息产业增长7.3%，材料产业下降2.1%。规上工业总产值612.8亿元，增长8.7%；工业用电量6.42亿千瓦时，增长10.3%。新增规上工业企业14家，总数达到386家。',
  '（三）投资增速有所放缓。固定资产投资同比增长2.1%，低于全年目标5.9个百分点，增速居全市第27位，较一季度后移4位。其中，工业投资增长16.4%，占全部投资的比重为34.6%，较一季度提高2.3个百分点；基础设施投资增长3.8%；房地产开发投资下降14.2%。全区63个市级重点项目完成投资128.6亿元，占年度计划的54.3%，快于时序进度4.3个百分点。',
  '（四）消费市场温和回升。社会消费品零售总额218.47亿元，同比增长4.8%，比全年目标低1.2个百分点，增速居全市第15位。其中，限额以上单位消费品零售额96.35亿元，增长6.9%；网上零售额增长18.6%。全区接待游客312.4万人次，增长9.7%。',
  '（五）对外贸易增势较好。进出口总额86.27亿元，同比增长11.4%，其中出口59.80亿元，增长15.2%。',
  '（六）财政金融运行平稳。一般公共预算收入15.63亿元，同比增长3.6%，完成年度预算的51.8%，超时序进度1.8个百分点；其中税收收入10.94亿元，增长2.2%，税收占比70.0%。一般公共预算支出34.18亿元，增长5.1%。6月末，金融机构本外币存款余额1268.4亿元，同比增长6.3%；贷款余额1035.7亿元，增长7.9%。',
  '（七）民生保障有力有效。城镇常住居民人均可支配收入28476元，增长4.2%；农村常住居民人均可支配收入14862元，增长6.1%，增速居全市第9位。城镇新增就业8624人，完成全年目标任务的61.6%。',
  '上半年主要经济指标完成情况见附表。',
];

type Row = readonly [string, string, string, string, string, string];

const header: Row = ['指　　标', '单位', '全年目标', '上半年', '增速（%）', '全市排名'];
const rows: readonly Row[] = [
  ['地区生产总值', '亿元', '6.5%', '412.36', '5.9', '8'],
  ['规模以上工业增加值', '%', '8%', '—', '9.6', '6'],
  ['固定资产投资', '%', '8%', '—', '2.1', '27'],
  ['社会消费品零售总额', '亿元', '6%', '218.47', '4.8', '15'],
  ['进出口总额', '亿元', '10%', '86.27', '11.4', '12'],
  ['一般公共预算收入', '亿元', '4%', '15.63', '3.6', '18'],
  ['城镇常住居民人均可支配收入', '元', '5.5%', '28476', '4.2', '21'],
  ['农村常住居民人均可支配收入', '元', '7%', '14862', '6.1', '9'],
];
const note = '注：全市排名为增速在全市38个区县中的位次。';

const rest = [
  '二、存在的主要问题',
  '一是投资增长乏力。固定资产投资增速低于全年目标，63个市级重点项目中有11个进度滞后，储备项目转化偏慢。二是消费恢复偏弱，社会消费品零售总额增速低于全年目标。三是财政收支平衡压力较大，刚性支出持续增加。',
  '三、下半年重点工作',
  '（一）紧盯全年目标不放松。对照区人代会确定的目标任务，逐项压实责任，确保全年地区生产总值增长6.5%以上，力争全年固定资产投资增长5%以上。',
  '（二）全力抓项目稳投资。加快潆岈智能网联汽车零部件产业园项目（总投资46.5亿元，累计完成投资21.8亿元）、潆岈至渝西快速通道工程（总投资18.2亿元，上半年完成投资3.6亿元）和区中医院新院区项目建设，力争下半年新开工市级重点项目12个以上。',
  '（三）持续扩大消费。办好“潆岈夜市”系列促消费活动，力争全年社会消费品零售总额突破450亿元。',
  '（四）兜牢民生底线。抓好高校毕业生等重点群体就业，确保全年城镇新增就业14000人以上。',
];

export function yingyaMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC0E42.9A61B7D0',
    folder: 'file:///C:/3F7D05B2/',
    stem: 'yingya-sbnjh',
    title: '关于潆岈区2025年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgw-zhk',
      lastAuthor: '综合科',
      revision: 5,
      created: '2025-07-21T01:42:00Z',
      lastSaved: '2025-07-28T08:15:00Z',
      pages: 7,
      company: '潆岈区发展和改革委员会',
    },
    body: `${wordReportHead({
      label: '区十八届人大常委会第三十一次会议文件（3）',
      title: ['关于潆岈区2025年上半年国民经济和社会发展', '计划执行情况的报告'],
      under: ['——2025年7月30日在区十八届人大常委会第三十一次会议上', '区发展改革委主任　谭渝峰'],
    })}

${wordOpening(opening)}

${para('一、上半年计划执行情况')}

${part1.map(para).join('\n\n')}

${rest.map(para).join('\n\n')}

${WORD_EMPTY_LINE}

${wordCaptionedTable('附表：潆岈区2025年上半年主要经济指标完成情况', [200, 50, 70, 80, 70, 70], header, rows, note)}`,
  });
}
