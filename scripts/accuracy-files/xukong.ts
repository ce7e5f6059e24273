// The one-hundred-and-fifty-first held-out batch's Word web archive (.mht, session 33): a Hunan-style county 统计局's
// 2018年上半年经济运行情况分析 (溆崆县 under 沅嵊市), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts): the
// title, the bureau and date line, 一、主要特点 with one （一）… paragraph per field (居全市11个县市区第4位，比一季度前移2位,
// 增速居全市第N位, 高于全市平均水平, 三次产业结构为a∶b∶c, 税收占比, 占…的比重…比上年同期下降B个百分点), 二、存在的问题,
// 三、几点建议 with 确保…以上 and 力争 goals for the year; beside it the footer part (page number), the theme and filelist.xml.
// Invented place and figures; the answers are tests/accuracy/xukong-2018-h1-analysis.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const xukong = { name: 'xukong-2018-h1-analysis' };

const STEM = '2018sbnfx';

const paragraphs = [
  '今年以来，全县上下认真贯彻县委经济工作会议精神，坚持稳中求进工作总基调，扎实推进“产业强县、项目兴县”战略，全县经济运行总体平稳、稳中向好。',
  '一、经济运行的主要特点',
  '（一）经济总量稳步增长。根据沅嵊市统计局统一核算，上半年全县实现地区生产总值86.52亿元，同比增长8.1%，高于全市平均水平0.3个百分点，增速居全市11个县市区第4位，比一季度前移2位。其中，第一产业增加值9.87亿元，增长3.6%；第二产业增加值35.41亿元，增长8.9%；第三产业增加值41.24亿元，增长8.6%。三次产业结构为11.4∶40.9∶47.7。',
  '（二）工业生产加快。全县规模工业增加值同比增长9.2%，增速居全市第3位。规模工业企业达到142家，上半年新增9家。六大高耗能行业增加值增长4.1%，占规模工业的比重为31.6%，比上年同期下降2.3个百分点。高新技术产业增加值18.65亿元，增长14.8%。',
  '（三）投资保持较快增长。固定资产投资同比增长13.6%，增速居全市第5位。其中，工业投资增长18.9%；民间投资增长15.2%，占固定资产投资的比重为62.4%。房地产开发投资3.26亿元，下降5.8%。',
  '（四）消费市场运行平稳。社会消费品零售总额34.18亿元，增长10.6%，增速居全市第6位。其中，限额以上零售额9.72亿元，增长12.3%。',
  '（五）财政收入较快增长。财政总收入6.84亿元，增长11.7%；其中地方一般公共预算收入4.15亿元，增长9.4%；税收收入2.96亿元，增长12.5%，税收占比71.3%。一般公共预算支出16.72亿元，增长6.8%。',
  '（六）居民收入稳定增长。城镇居民人均可支配收入13846元，增长8.4%；农村居民人均可支配收入6128元，增长9.1%，增速居全市第2位。6月末，金融机构各项存款余额182.36亿元，同比增长8.7%；各项贷款余额98.54亿元，增长14.2%。',
  '二、经济运行中存在的问题',
  '（一）工业结构偏重。六大高耗能行业占比仍超三成，新材料、电子信息等新兴产业规模较小，支撑作用不强。',
  '（二）房地产市场降温。房地产开发投资下降5.8%，商品房销售面积8.62万平方米，下降12.4%。',
  '（三）消费增速低于全市平均水平。社会消费品零售总额增速低于全市平均水平0.4个百分点，限额以上企业数量偏少。',
  '三、几点建议',
  '一是加快项目建设，确保全年固定资产投资增长15%以上。二是抓好规模工业企业培育，力争全年新增规模工业企业15家。三是强化税收征管，确保全年地方一般公共预算收入增长8%以上。',
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const para = (text: string, align: 'left' | 'center' = 'left', font = '仿宋_GB2312', size = '16.0pt') => {
  const heading = /^[一二三]、/.test(text);
  const style =
    align === 'left'
      ? `text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly`
      : `text-align:center;line-height:28.0pt;mso-line-height-rule:exactly`;
  return `<p class=MsoNormal${align === 'left' ? '' : ' align=center'} style='${style}'>${run(text, heading ? '黑体' : font, size)}</p>`;
};

export function xukongMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01D41F6C.5A2B9E40',
    folder: 'file:///C:/3F9A0C21/',
    stem: STEM,
    title: '2018年上半年溆崆县经济运行情况分析',
    properties: {
      author: 'tjj',
      lastAuthor: '溆崆县统计局',
      revision: 3,
      created: '2018-07-18T02:20:00Z',
      lastSaved: '2018-07-20T08:05:00Z',
      pages: 3,
      company: '溆崆县统计局',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: [
      para('2018年上半年溆崆县经济运行情况分析', 'center', '方正小标宋简体', '22.0pt'),
      para('溆崆县统计局　2018年7月20日', 'center', '楷体_GB2312'),
      ...paragraphs.map((t) => para(t)),
    ].join('\n\n'),
    headerHtm: plainFooterHtm(STEM),
  });
}
