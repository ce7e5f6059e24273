// The one-hundred-and-sixty-second held-out batch's Word web archive (.mht, session 33): an Inner-Mongolia-style banner
// 发改委's 关于2026年上半年国民经济和社会发展计划执行情况的报告 (嵬岢旗 under 嵯峁盟), saved by Word as a 单个文件网页
// through wordPlanReportMht (mht.ts) in the fuller save with a running header and a page-number footer: the
// title over two lines, the meeting line and the byline, the addressee, part 一 by topic sentences with ranks among the
// 盟's 9 旗县市区 (and the move since 一季度), the 牧业年度 livestock figures in 万头只, 低于年度目标 and 完成年度预算的A%，
// 超序时进度B个百分点, 税收占比, the 盟级 key-project programme, three named projects (one without amounts), part 二's
// problems and part 三's 紧盯…的目标不放松 list with 确保 goals. Invented place and figures; its answers are
// tests/accuracy/weike-2026-h1-plan.answers.json.

import { headerFooterHtm, wordBodyPara, wordCentred, wordPlanReportMht, wordSpan } from './mht.js';

export const weike = { name: 'weike-2026-h1-plan' };

const STEM = 'weike-shangbannian';

const paragraphs = [
  '受旗人民政府委托，现将全旗2026年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，在旗委的坚强领导下，全旗上下紧扣旗十八届人大五次会议确定的目标任务，坚持生态优先、绿色发展，统筹抓好稳增长、调结构、惠民生、防风险各项工作，经济运行总体平稳、稳中有进。',
  '（一）经济运行稳中有进。上半年，全旗实现地区生产总值68.42亿元，同比增长6.2%，增速居全盟9个旗县市区第3位，比一季度前移2位。其中，第一产业增加值7.86亿元，增长4.8%；第二产业增加值38.27亿元，增长6.9%；第三产业增加值22.29亿元，增长5.6%。',
  '（二）农牧业生产总体稳定。2026年牧业年度（6月末），全旗牲畜存栏186.4万头只，同比增长2.3%，其中大畜存栏21.7万头，增长5.6%，小畜存栏164.7万只，增长1.9%。上半年肉类总产量2.86万吨，增长4.1%；牛奶产量5.43万吨，增长7.2%。牧业年度出栏牲畜97.6万头只，出栏率52.4%。新建标准化棚圈320座，完成人工饲草种植12.5万亩。',
  '（三）工业经济加快回升。规模以上工业增加值增长7.8%，增速居全盟第2位。规上工业企业达到41户，其中新增升规企业3户。原煤产量862.5万吨，增长3.4%；发电量46.8亿千瓦时，增长11.2%。',
  '（四）项目投资持续发力。固定资产投资增长12.6%，增速居全盟第1位，其中工业投资增长18.3%，项目投资增长15.7%。列入盟级重点项目库的38个项目年度计划投资46.5亿元，上半年完成投资25.1亿元，完成年度计划的54.0%。嵬岢旗200万千瓦风光储一体化项目总投资96亿元，累计完成投资31.4亿元，一期80万千瓦已并网发电；嵬岢旗肉牛全产业链产业园项目总投资12.8亿元，上半年完成投资3.6亿元；嵬岢旗蒙中医医院综合楼主体已封顶。',
  '（五）消费市场平稳恢复。社会消费品零售总额14.36亿元，增长4.2%，低于年度目标1.3个百分点，增速居全盟第6位。',
  '（六）财政金融运行平稳。一般公共预算收入6.18亿元，增长6.9%，完成年度预算的53.3%，超序时进度3.3个百分点；其中税收收入4.72亿元，税收占比76.4%。一般公共预算支出18.93亿元，增长3.5%。6月末，金融机构各项存款余额112.46亿元，增长7.8%；各项贷款余额78.35亿元，增长9.1%。',
  '（七）居民收入稳步增长。城镇常住居民人均可支配收入24368元，增长4.7%；农村牧区常住居民人均可支配收入12815元，增长7.3%，增速居全盟第2位。',
  '二、计划执行中存在的问题',
  '一是消费增长偏弱，社会消费品零售总额增速低于年度目标；二是工业结构仍然偏重，非煤产业支撑不足；三是草原畜牧业受饲草料价格影响较大，牧民增收压力加大；四是财政刚性支出增长较快，收支平衡难度加大。',
  '三、下半年工作重点',
  '下半年，我们将紧盯全年地区生产总值增长6%以上、固定资产投资增长10%以上、社会消费品零售总额增长5.5%、一般公共预算收入增长5%、城乡居民人均可支配收入增长与经济增长同步的目标不放松，重点抓好以下工作。',
  '（一）稳定畜牧业生产。落实草畜平衡制度，确保牧业年度牲畜存栏稳定在185万头只以上，全年肉类总产量达到5.8万吨。',
  '（二）抓好项目建设。推动嵬岢旗200万千瓦风光储一体化项目二期开工，加快嵬岢旗肉牛全产业链产业园项目建设，力争38个盟级重点项目全年完成投资50亿元以上。',
  '（三）保障改善民生。确保城镇新增就业1200人以上，办好10件民生实事。',
];

export function weikeMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DD2B7E.3C94A160',
    folder: 'file:///C:/D7E20B14/',
    stem: STEM,
    title: '关于嵬岢旗2026年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgw-zhk',
      lastAuthor: 'Administrator',
      revision: 9,
      created: '2026-08-12T02:37:00Z',
      lastSaved: '2026-08-24T07:18:00Z',
      pages: 8,
      company: '嵬岢旗发展和改革委员会',
    },
    body: `${wordCentred('关于嵬岢旗2026年上半年国民经济和', '22.0pt', '方正小标宋简体')}

${wordCentred('社会发展计划执行情况的报告', '22.0pt', '方正小标宋简体')}

${wordCentred('——2026年8月26日在嵬岢旗第十八届人民代表大会常务委员会第二十四次会议上', '16.0pt', '楷体_GB2312')}

${wordCentred('旗发展和改革委员会主任　其木格', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='line-height:28.0pt'>${wordSpan('主任、各位副主任、各位委员：')}</p>

${paragraphs.map(wordBodyPara).join('\n\n')}`,
    headerHtm: headerFooterHtm(
      STEM,
      `<p class=MsoHeader align=right style='text-align:right'>${wordSpan('嵬岢旗人大常委会会议文件（二十四）', '9.0pt', '宋体')}</p>`,
    ),
  });
}
