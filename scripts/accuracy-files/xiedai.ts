// The one-hundred-and-thirty-second held-out batch's Word web archive (.mht, session 32): an Anhui-style county 发展和改革委员会's
// report on the execution of the 2025 plan in the first quarter (澥岱县 under 泷淝市), saved by Word as a 单个文件网页 through
// wordArchiveMht (mht.ts): the title and the office's byline, a 首季开门红 lead, part 一 by topics (（一）…) with rank chains
// (增速居全市第1位，较去年同期前移3位), 高于/低于年度目标, 完成年度预算的A%，超时序进度B个百分点, 税收占比, the 68个 key-project
// programme, then a MsoTableGrid table of 单位, 全年目标 (增长A% cells and one level), 一季度, 增速（%） and 全市位次 with '—' cells
// and a 注 naming the group, the problems and part 三's tasks with named projects, an 上半年 goal and 全年 goals with 以上.
// Invented place and figures; its answers are tests/accuracy/xiedai-2025-q1-plan.answers.json.

import {
  wordBodyPara as para,
  WORD_EMPTY_LINE,
  wordCaptionedTable,
  wordPlanReportMht,
  wordReportHead,
} from './mht.js';

export const xiedai = { name: 'xiedai-2025-q1-plan' };

const part1 = [
  '今年以来，全县上下坚持稳中求进工作总基调，紧扣县十八届人大四次会议确定的目标任务，抢抓项目建设黄金期，全县经济运行实现首季开门红。',
  '（一）经济总量稳步扩大。经市统计局统一核算，一季度全县实现地区生产总值82.36亿元，同比增长6.4%，高于全市0.7个百分点，增速居全市第2位。分产业看，第一产业增加值7.18亿元，增长3.2%；第二产业增加值35.47亿元，增长7.9%；第三产业增加值39.71亿元，增长5.6%。',
  '（二）工业经济强劲开局。规模以上工业增加值同比增长10.2%，高于年度目标1.2个百分点，增速居全市第1位，较去年同期前移3位。新增规上工业企业12家，总数达到286家。其中，新能源汽车零部件产业产值增长24.6%，绿色食品产业产值增长8.3%。',
  '（三）有效投资持续扩大。固定资产投资同比增长8.7%，低于年度目标1.3个百分点，增速居全市第5位。其中，工业投资增长18.4%，占全部投资的比重为46.2%；民间投资增长5.1%。全县68个省市重点项目完成投资27.6亿元，占年度计划的26.8%，超时序进度1.8个百分点。',
  '（四）消费市场加快回暖。社会消费品零售总额34.85亿元，同比增长6.2%，增速比全市高0.4个百分点，居全市第3位。其中，限额以上消费品零售额12.63亿元，增长9.5%。',
  '（五）财政收入开局良好。一般公共预算收入5.42亿元，同比增长7.3%，完成年度预算的28.5%，超时序进度3.5个百分点；其中税收收入4.09亿元，增长6.1%，税收占比75.5%。一般公共预算支出14.26亿元，增长4.8%。',
  '（六）开放和民生扎实推进。进出口总额2.38亿美元，增长12.6%；实际使用外资1260万美元，增长8.2%。城镇居民人均可支配收入12486元，增长4.6%；农村居民人均可支配收入5873元，增长6.3%，增速居全市第2位。城镇新增就业1582人，完成年度目标任务的31.6%。',
  '一季度主要经济指标完成情况见下表。',
];

type Row = readonly [string, string, string, string, string, string];

const header: Row = ['指　　标', '单位', '全年目标', '一季度', '增速（%）', '全市位次'];
const rows: readonly Row[] = [
  ['地区生产总值', '亿元', '增长6.5%', '82.36', '6.4', '2'],
  ['规模以上工业增加值', '%', '增长9%', '—', '10.2', '1'],
  ['固定资产投资', '%', '增长10%', '—', '8.7', '5'],
  ['社会消费品零售总额', '亿元', '增长6%', '34.85', '6.2', '3'],
  ['一般公共预算收入', '亿元', '增长5%', '5.42', '7.3', '4'],
  ['进出口总额', '亿美元', '增长8%', '2.38', '12.6', '—'],
  ['城镇居民人均可支配收入', '元', '增长5.5%', '12486', '4.6', '6'],
  ['农村居民人均可支配收入', '元', '增长7%', '5873', '6.3', '2'],
  ['城镇新增就业', '人', '5000', '1582', '—', '—'],
];
const note = '注：全市位次为增速在泷淝市7个县（市、区）中的位次；城镇新增就业全年目标为绝对数。';

const rest = [
  '二、存在的问题',
  '一是投资增速低于年度目标，新开工亿元以上项目偏少。二是城镇居民收入增长偏慢，增速低于年度目标0.9个百分点。三是外贸企业订单不足，稳外贸压力较大。',
  '三、下一步工作打算',
  '（一）坚持项目为王。加快澥岱经开区新能源电池壳体项目（总投资18.5亿元，一季度完成投资2.3亿元）、澥岱至泷淝快速通道（总投资12.8亿元，累计完成投资6.4亿元）和县中医院新院区项目建设，力争上半年新开工亿元以上项目20个以上。',
  '（二）全力扩大内需。持续开展“乐享澥岱”促消费活动，力争上半年社会消费品零售总额增长6.5%以上。',
  '（三）确保全年目标。对照年度目标逐项倒排工期，确保全年地区生产总值增长6.5%以上。',
];

export function xiedaiMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DBB62E.4A7C91D0',
    folder: 'file:///C:/5D2E7B19/',
    stem: 'xiedai-jhzx',
    title: '澥岱县2025年一季度国民经济和社会发展计划执行情况',
    properties: {
      author: 'xdfgw',
      lastAuthor: '综合科',
      revision: 7,
      created: '2025-04-21T01:47:00Z',
      lastSaved: '2025-04-25T08:12:00Z',
      pages: 5,
      company: '澥岱县发展和改革委员会',
    },
    body: `${wordReportHead({
      title: ['澥岱县2025年一季度国民经济和社会发展', '计划执行情况'],
      under: ['澥岱县发展和改革委员会', '（2025年4月25日）'],
    })}

${para('一、一季度计划执行情况')}

${part1.map(para).join('\n\n')}

${wordCaptionedTable('澥岱县2025年一季度主要经济指标完成情况表', [190, 50, 80, 70, 70, 70], header, rows, note)}

${WORD_EMPTY_LINE}

${rest.map(para).join('\n\n')}`,
  });
}
