// The one-hundred-and-ninth held-out batch's Word web archive (.mht, session 31): a Shaanxi-style district 发展和改革委员会's
// report on the execution of the 2025 plan in the first half (沣嶍区 under 浐岍市), saved by Word as a 单个文件网页 through
// wordArchiveMht (mht.ts): the standing committee's session file label, the title and the byline, the addressee, part 一
// by topics (（一）…) with rank chains among the city's 11 区县 (增速居全市11个区县第3位，较一季度前移2位), 高于/低于年度目标
// and 比年度目标低, 完成年度预算的A%，超时序进度B个百分点, 税收占比, the 52个 key-project programme, then a MsoTableGrid
// table of 单位, 年度目标（%）, 1—6月完成, 同比增长（%） and 全市位次 with '—' cells and a 注 naming the group, the problems
// and part 三's tasks with named projects and 力争 goals; beside the header part (running header, page footer), the theme
// and filelist.xml. Invented place and figures; its answers are tests/accuracy/fengxi-2025-h1-plan.answers.json.

import {
  wordBodyPara as para,
  WORD_EMPTY_LINE,
  wordCaptionedTable,
  wordOpening,
  wordPlanReportMht,
  wordReportHead,
} from './mht.js';

export const fengxi = { name: 'fengxi-2025-h1-plan' };

const opening = [
  '主任、各位副主任、各位委员：',
  '受区人民政府委托，现将我区2025年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
];

const part1 = [
  '今年以来，全区上下坚持稳中求进工作总基调，紧盯区十八届人大五次会议确定的目标任务，扎实开展“项目建设年”活动，全区经济运行稳中有进、进中提质。',
  '（一）经济总量持续扩大。经市统计局统一核算，上半年全区实现地区生产总值186.42亿元，同比增长6.1%，高于全市0.5个百分点，增速居全市11个区县第3位，较一季度前移2位。分产业看，第一产业增加值6.35亿元，增长3.8%；第二产业增加值72.18亿元，增长7.4%；第三产业增加值107.89亿元，增长5.3%。',
  '（二）工业生产较快增长。规模以上工业增加值同比增长8.6%，高于年度目标0.6个百分点，增速居全市第2位。其中，装备制造业增加值增长12.4%，食品工业增加值增长6.7%。新增规上工业企业9家，总数达到214家。',
  '（三）投资增速有所放缓。固定资产投资同比增长4.2%，低于年度目标3.8个百分点，增速居全市第7位，较一季度后移1位。其中，工业投资增长15.6%，占全部投资的比重为38.4%；民间投资下降2.3%；房地产开发投资下降11.7%。全区52个市级以上重点项目完成投资46.8亿元，占年度计划的56.1%，超时序进度6.1个百分点。',
  '（四）消费市场平稳回升。社会消费品零售总额58.63亿元，同比增长5.4%，比年度目标低0.6个百分点，增速居全市第4位。其中，限额以上消费品零售额21.47亿元，增长8.2%。',
  '（五）财政金融稳健运行。地方一般公共预算收入7.36亿元，同比增长5.2%，完成年度预算的52.6%，超时序进度2.6个百分点；其中税收收入5.61亿元，增长4.1%，税收占比76.2%。一般公共预算支出21.85亿元，增长3.4%。6月末，金融机构各项存款余额512.36亿元，同比增长7.8%；各项贷款余额338.14亿元，增长9.1%。',
  '（六）居民收入稳步增加。城镇居民人均可支配收入23815元，增长4.9%，增速居全市第5位；农村居民人均可支配收入9862元，增长6.8%，增速居全市第2位。城镇新增就业3126人，完成年度目标任务的62.5%。',
  '上半年主要经济指标完成情况见下表。',
];

type Row = readonly [string, string, string, string, string, string];

const header: Row = ['指　　标', '单位', '年度目标（%）', '1—6月完成', '同比增长（%）', '全市位次'];
const rows: readonly Row[] = [
  ['地区生产总值', '亿元', '6.5', '186.42', '6.1', '3'],
  ['规模以上工业增加值', '%', '8', '—', '8.6', '2'],
  ['固定资产投资', '%', '8', '—', '4.2', '7'],
  ['社会消费品零售总额', '亿元', '6', '58.63', '5.4', '4'],
  ['地方一般公共预算收入', '亿元', '5', '7.36', '5.2', '6'],
  ['城镇居民人均可支配收入', '元', '5.5', '23815', '4.9', '5'],
  ['农村居民人均可支配收入', '元', '7', '9862', '6.8', '2'],
];
const note = '注：全市位次为增速在浐岍市11个区县中的位次。';

const rest = [
  '二、存在的问题',
  '一是投资后劲不足。全区在建的42个重点项目中有9个进度滞后，新开工项目储备不足，民间投资持续下降。二是消费增长乏力，社会消费品零售总额增速低于年度目标。三是财政收支矛盾突出，刚性支出压力较大。',
  '三、下半年重点工作',
  '（一）紧盯目标抓落实。对照年度目标任务，逐项压实责任，力争全年城镇新增就业5000人以上，确保全年各项主要指标顺利完成。',
  '（二）聚焦项目强支撑。加快沣嶍区智能装备产业园二期项目（总投资28.6亿元，累计完成投资13.2亿元）、浐岍西站综合交通枢纽项目（总投资15.4亿元，上半年完成投资4.7亿元）和区第二人民医院迁建项目建设，力争下半年新开工项目15个以上。',
  '（三）扩大消费稳增长。持续开展“乐购沣嶍”系列促消费活动，力争全年限额以上消费品零售额增长9%。',
];

export function fengxiMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC1A6B.5F3C2E90',
    folder: 'file:///C:/8A3F21C4/',
    stem: 'fengxi-jhzx',
    title: '关于沣嶍区2025年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgw',
      lastAuthor: '规划科',
      revision: 7,
      created: '2025-08-18T02:11:00Z',
      lastSaved: '2025-08-25T09:36:00Z',
      pages: 6,
      company: '浐岍市沣嶍区发展和改革委员会',
    },
    body: `${wordReportHead({
      label: '沣嶍区十八届人大常委会第二十九次会议文件（5）',
      title: ['关于沣嶍区2025年上半年国民经济和社会发展', '计划执行情况的报告'],
      under: ['——2025年8月27日在区十八届人大常委会第二十九次会议上', '区发展和改革委员会主任　邵秦川'],
    })}

${wordOpening(opening)}

${para('一、上半年计划执行情况')}

${part1.map(para).join('\n\n')}

${wordCaptionedTable('沣嶍区2025年上半年主要经济指标完成情况表', [190, 50, 80, 80, 80, 70], header, rows, note)}

${WORD_EMPTY_LINE}

${rest.map(para).join('\n\n')}`,
  });
}
