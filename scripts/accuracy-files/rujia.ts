// The two-hundred-and-forty-ninth held-out batch's Word web archive (.mht, session 37): a Hainan-style county 发展和改革委员会's
// report on the execution of the 2025 plan in the first half (溽岬县, one of the province's 18 市县), saved by Word as a
// 单个文件网页 through wordArchiveMht, wordHtml and wordNotedTable (mht.ts): the session-file label, the title over two lines,
// the byline, the addressee, part 一's chains with 低于/高于年度目标, 增速居全省第7位，较一季度前移2位, 非房地产投资 and 产业投资,
// 完成年度预算的52.3%, 超时序进度, 税收占比; a table of 年度目标（%）, 上半年, 增速（%） and 全省排名 with '—' cells and a 注
// naming the 18 市县; 自贸港 figures (货物进出口总额, 实际使用外资 in 万美元, 服务贸易进出口额, 新设外资企业, 零关税 货值);
// the 12个 省重点项目 programme and three projects; part 三's 力争全年…以上 and 突破 goals. Beside it the header part (page
// footer), the theme and filelist.xml. Invented place and figures; its answers are tests/accuracy/rujia-2025-h1-plan.answers.json.

import {
  MSO_TABLE_GRID,
  PLAIN_FOOTER_LAYOUT,
  pageNumberFooter,
  wordArchiveMht,
  wordBodyPara,
  wordCentred,
  wordFooterHtm,
  wordGridCell,
  wordHtml,
  wordNotedTable,
} from './mht.js';

export const rujia = { name: 'rujia-2025-h1-plan' };

const B = '----=_NextPart_01DC0F3A.5B92E1D0';
const ROOT = 'file:///C:/A3F1C7D2/rujia-jhzx.htm';
const FILES = 'file:///C:/A3F1C7D2/rujia-jhzx.files/';

const before = [
  '县人大常委会：',
  '受县人民政府委托，现将我县2025年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，在县委的坚强领导下，县人民政府坚决贯彻落实省委、省政府决策部署，紧紧围绕海南自由贸易港封关运作准备工作，认真执行县十七届人大五次会议批准的年度计划，全县经济运行总体平稳、稳中有进。主要指标完成情况见下表。',
];

const header = ['指标名称', '单位', '年度目标（%）', '上半年', '增速（%）', '全省排名'];
const rows = [
  ['地区生产总值', '亿元', '6.5', '86.42', '5.6', '7'],
  ['规模以上工业增加值', '亿元', '8', '—', '8.3', '5'],
  ['固定资产投资', '亿元', '10', '—', '4.7', '11'],
  ['社会消费品零售总额', '亿元', '6', '31.76', '3.2', '9'],
  ['地方一般公共预算收入', '亿元', '5', '8.64', '5.1', '6'],
  ['货物进出口总额', '亿元', '20', '14.28', '36.5', '3'],
  ['实际使用外资', '万美元', '—', '2316', '18.2', '—'],
  ['城镇常住居民人均可支配收入', '元', '6', '23856', '4.6', '8'],
  ['农村常住居民人均可支配收入', '元', '7', '12472', '6.8', '4'],
];
const note =
  '注：全省排名为在全省18个市县（不含洋浦经济开发区）中的位次；规模以上工业增加值、固定资产投资只发布增速。';

const after = [
  '（一）经济总量稳步增长。上半年，全县实现地区生产总值86.42亿元，同比增长5.6%，低于年度目标0.9个百分点，增速居全省第7位，较一季度前移2位。分产业看，第一产业增加值21.35亿元，增长4.2%；第二产业增加值16.08亿元，增长6.1%；第三产业增加值48.99亿元，增长6.2%。规模以上工业增加值增长8.3%，高于年度目标0.3个百分点，增速居全省第5位。',
  '（二）投资结构持续优化。固定资产投资同比增长4.7%，低于年度目标5.3个百分点。其中，非房地产投资增长12.6%，房地产开发投资下降9.4%；产业投资增长15.3%，占固定资产投资的比重为41.8%，比上年同期提高3.6个百分点。全县纳入省重点项目12个，年度计划投资18.6亿元，上半年完成投资10.45亿元，完成年度计划的56.2%。溽岬县热带农产品冷链物流园项目总投资6.8亿元，上半年完成投资1.25亿元，累计完成投资3.9亿元；溽岬滨海旅游公路项目总投资12.4亿元，年度计划投资3亿元，上半年完成投资1.62亿元；县人民医院门诊综合楼项目总投资2.1亿元，已完成主体结构封顶。',
  '（三）消费市场温和回升。社会消费品零售总额31.76亿元，增长3.2%，比年度目标低2.8个百分点。接待游客总人次132.6万人次，增长8.7%；旅游总收入18.43亿元，增长10.2%。',
  '（四）自贸港政策效应加快释放。货物进出口总额14.28亿元，增长36.5%，增速居全省第3位，完成年度目标的62.1%。实际使用外资2316万美元，增长18.2%，新设外资企业9家。服务贸易进出口额1.86亿元，增长21.4%。享受“零关税”政策进口自用生产设备货值0.83亿元，减免税款0.11亿元。新增经营主体4385户，增长12.9%。',
  '（五）财政收入稳中有增。地方一般公共预算收入8.64亿元，增长5.1%，完成年度预算的52.3%，超时序进度2.3个百分点。其中，税收收入6.53亿元，税收占比75.6%。一般公共预算支出21.37亿元，增长3.8%，民生支出占一般公共预算支出的比重为78.4%。',
  '（六）居民收入稳步提高。城镇常住居民人均可支配收入23856元，增长4.6%；农村常住居民人均可支配收入12472元，增长6.8%，增速居全省第4位。城镇新增就业2140人，完成年度任务的71.3%。',
  '二、存在的主要问题',
  '一是投资增长乏力，固定资产投资增速低于年度目标，房地产开发投资持续下降；二是消费恢复偏慢，社会消费品零售总额增速低于全省平均水平；三是财政收支矛盾仍然突出，刚性支出压力较大。',
  '三、下半年工作安排',
  '下半年，我们将紧盯年度目标任务，全力以赴稳增长、促投资、扩消费，力争全年地区生产总值增长6%以上，固定资产投资增长8%以上，社会消费品零售总额增长5%以上，货物进出口总额突破25亿元。',
  '（一）全力抓项目扩投资。加快溽岬滨海旅游公路、热带农产品冷链物流园等项目建设，确保下半年新开工项目8个以上，力争省重点项目全年完成投资20亿元以上。',
  '（二）用足用好自贸港政策。做好封关运作各项准备，扩大“零关税”政策受益面，引进外资企业5家以上。',
  '（三）持续改善民生。确保城乡居民收入增长与经济增长同步，全年城镇新增就业3000人以上。',
];

function html(): string {
  const table = wordNotedTable('MsoTableGrid', wordGridCell([200, 60, 90, 80, 80, 80]), header, rows, note);
  return wordHtml({
    stem: 'rujia-jhzx',
    title: '关于溽岬县2025年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgw',
      lastAuthor: '县发改委',
      revision: 6,
      created: '2025-07-24T02:10:00Z',
      lastSaved: '2025-07-29T08:36:00Z',
      pages: 4,
      company: '溽岬县发展和改革委员会',
    },
    ...PLAIN_FOOTER_LAYOUT,
    styles: [...PLAIN_FOOTER_LAYOUT.styles, MSO_TABLE_GRID],
    body: `${wordCentred('溽岬县第十七届人民代表大会常务委员会第二十九次会议文件（2）', '14.0pt', '黑体')}

${wordCentred('关于溽岬县2025年上半年国民经济', '22.0pt', '方正小标宋简体')}

${wordCentred('和社会发展计划执行情况的报告', '22.0pt', '方正小标宋简体')}

${wordCentred('——2025年7月30日在县十七届人大常委会第二十九次会议上', '16.0pt', '楷体_GB2312')}

${wordCentred('县发展和改革委员会主任  符明川', '16.0pt', '楷体_GB2312')}

${before.map(wordBodyPara).join('\n\n')}

${wordCentred('溽岬县2025年上半年主要经济指标完成情况表', '14.0pt', '黑体')}

${table}

${after.map(wordBodyPara).join('\n\n')}`,
  });
}

const headerHtm = wordFooterHtm('rujia-jhzx', false, [['footer', 'f1', pageNumberFooter('center')]]);

export function rujiaMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
