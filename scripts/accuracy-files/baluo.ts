// Held-out-236's Word web archive (.mht, session 36): a Guangxi-style county 发展和改革局's report on the execution of
// the 2021 plan in the first half (岜渌县 under 洭峪市), saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts):
// the standing committee's session file label, the title in two lines and the byline, the addressee, part 一 by topics
// (（一）…) where each growth carries its 两年平均增长 beside 高于/低于全年目标 and a rank among the city's 7 县（区） with its
// move against the first quarter, 完成年度预算的A%，超时序进度B个百分点, 税收占比, the 46个 key-project programme, then a
// MsoTableGrid table of 全年目标, 上半年, 增速（%）, 两年平均增长（%） and 全市排名 with '—' cells and a 注 naming the
// group, the problems and part 三's tasks with named projects and 确保/力争 goals; beside the header part (running
// header, page footer), the theme and filelist.xml. Invented place and figures; its answers are
// tests/accuracy/baluo-2021-h1-plan.answers.json.

import {
  wordBodyPara as para,
  WORD_EMPTY_LINE,
  wordCaptionedTable,
  wordOpening,
  wordPlanReportMht,
  wordReportHead,
} from './mht.js';

export const baluo = { name: 'baluo-2021-h1-plan' };

const opening = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，我向会议报告全县2021年上半年国民经济和社会发展计划执行情况，请予审议。',
];

const part1 = [
  '今年以来，全县上下坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，深入开展“项目提速年”活动，全县经济运行持续恢复向好。',
  '（一）经济总量稳步回升。经市统计局统一核算，上半年全县地区生产总值78.46亿元，同比增长11.8%，两年平均增长5.6%，增速居全市7个县（区）第3位，比一季度前移1位。其中，第一产业增加值16.52亿元，增长8.4%；第二产业增加值24.37亿元，增长15.6%；第三产业增加值37.57亿元，增长10.9%。',
  '（二）工业生产较快增长。规模以上工业增加值同比增长18.2%，两年平均增长7.9%，高于全年目标6.2个百分点，增速居全市第2位。其中，制糖业增加值增长9.6%，新材料产业增加值增长31.4%。新增规模以上工业企业6家，总数达到87家。',
  '（三）投资增速有所放缓。固定资产投资同比增长6.4%，两年平均增长3.1%，低于全年目标8.6个百分点，增速居全市第6位，比一季度后移2位。其中，工业投资增长22.5%，占全部投资的比重为31.2%；房地产开发投资下降7.3%。全县46个自治区、市、县重点项目完成投资23.6亿元，占年度计划的54.8%，超时序进度4.8个百分点。',
  '（四）消费市场加快恢复。社会消费品零售总额32.18亿元，同比增长19.6%，两年平均增长4.2%，高于全年目标9.6个百分点，增速居全市第4位。',
  '（五）财政收入平稳增长。财政收入5.84亿元，同比增长6.3%，完成年度预算的55.1%，超时序进度5.1个百分点；其中一般公共预算收入3.62亿元，增长5.8%；税收收入2.47亿元，增长7.4%，税收占比68.2%。',
  '（六）居民收入持续增加。城镇居民人均可支配收入19856元，增长10.2%，两年平均增长6.1%；农村居民人均可支配收入8475元，增长12.4%，两年平均增长8.3%，增速居全市第1位。城镇新增就业1862人，完成全年目标任务的62.1%。',
  '上半年主要经济指标完成情况见下表。',
];

type Row = readonly [string, string, string, string, string, string, string];

const header: Row = ['指标名称', '单位', '全年目标', '上半年', '增速（%）', '两年平均增长（%）', '全市排名'];
const rows: readonly Row[] = [
  ['地区生产总值', '亿元', '8', '78.46', '11.8', '5.6', '3'],
  ['规模以上工业增加值', '%', '12', '—', '18.2', '7.9', '2'],
  ['固定资产投资', '%', '15', '—', '6.4', '3.1', '6'],
  ['社会消费品零售总额', '亿元', '10', '32.18', '19.6', '4.2', '4'],
  ['财政收入', '亿元', '5', '5.84', '6.3', '—', '5'],
  ['城镇居民人均可支配收入', '元', '8', '19856', '10.2', '6.1', '5'],
  ['农村居民人均可支配收入', '元', '9.5', '8475', '12.4', '8.3', '1'],
];
const note = '注：全年目标为增长率（%）；全市排名为增速在洭峪市7个县（区）中的位次。';

const rest = [
  '二、存在的主要问题',
  '一是投资增长后劲不足，全县46个重点项目中有11个进度滞后，房地产开发投资持续下降。二是工业结构仍然单一，制糖业比重偏高。三是财政收支矛盾突出，“三保”支出压力较大。',
  '三、下半年工作措施',
  '（一）紧盯目标抓落实。对照全年目标任务，逐项压实责任，确保全年地区生产总值增长8%以上，力争全年城镇新增就业3000人以上。',
  '（二）聚焦项目强支撑。加快岜渌糖业循环经济产业园项目（总投资12.6亿元，累计完成投资5.3亿元）、洭峪至岜渌二级公路改扩建工程（总投资8.4亿元，上半年完成投资2.1亿元）和县中医医院整体搬迁项目建设，力争下半年新开工项目12个以上。',
  '（三）扩大消费稳增长。持续开展“岜渌好物”系列促消费活动，推动县城商圈提质升级。',
];

export function baluoMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01D79A2E.6C41B3F0',
    folder: 'file:///C:/5D2E8B17/',
    stem: 'baluo-jhzx',
    title: '关于岜渌县2021年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '综合股',
      revision: 5,
      created: '2021-08-16T01:42:00Z',
      lastSaved: '2021-08-24T08:15:00Z',
      pages: 6,
      company: '岜渌县发展和改革局',
    },
    body: `${wordReportHead({
      label: '岜渌县第十七届人大常委会第四十二次会议文件（3）',
      title: ['关于岜渌县2021年上半年国民经济和社会发展', '计划执行情况的报告'],
      under: [
        '——2021年8月26日在县第十七届人民代表大会常务委员会第四十二次会议上',
        '县发展和改革局局长　覃振林',
      ],
    })}

${wordOpening(opening)}

${para('一、上半年计划执行情况')}

${part1.map(para).join('\n\n')}

${wordCaptionedTable('岜渌县2021年上半年主要经济指标完成情况表', [170, 45, 65, 70, 65, 85, 65], header, rows, note)}

${WORD_EMPTY_LINE}

${rest.map(para).join('\n\n')}`,
  });
}
