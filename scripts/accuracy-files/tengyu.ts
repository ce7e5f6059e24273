// The twentieth held-out batch's web archive: a Hebei prefecture-level city statistics bureau's 一季度
// release (腾峪市, 2015) on the city government's site, saved from the browser as .mht: a MIME message whose
// html part is GB2312 in quoted-printable beside a stylesheet and a gif. Above the article the site's
// 政府信息公开 grid (索引号 / 发布机构 / 发布日期 / 生成日期 / 主题分类 / 文号); around it nav, breadcrumbs,
// 分享到 links, print/close and a footer. Invented place and figures; the answers are
// tests/accuracy/tengyu-2015-q1-news.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const tengyu = { name: 'tengyu-2015-q1-news' };

const paragraphs = [
  '一季度，面对经济下行压力，全市上下认真落实市委、市政府决策部署，稳增长、调结构、促改革，全市经济运行总体平稳，结构调整稳步推进。',
  '根据全省统一核算，一季度全市实现生产总值468.35亿元，按可比价格计算，同比增长5.8%，增速比上年同期回落1.3个百分点，低于全省平均水平0.4个百分点，居全省11个设区市第7位。其中，第一产业增加值32.17亿元，增长2.9%；第二产业增加值231.64亿元，增长4.6%；第三产业增加值204.54亿元，增长7.9%。',
  '<strong>一、工业生产增速放缓</strong>',
  '一季度，全市规模以上工业增加值同比增长4.2%，比1—2月加快0.5个百分点，居全省第8位。分行业看，钢铁工业增加值下降3.6%，装备制造业增长9.8%，食品工业增长6.1%。全市812家规模以上工业企业中，增加值下降的有296家，下降面为36.5%。',
  '<strong>二、固定资产投资保持较快增长</strong>',
  '一季度，全市固定资产投资完成286.42亿元，同比增长15.3%，居全省第4位。其中，工业投资124.68亿元，增长11.7%；基础设施投资58.21亿元，增长26.4%。房地产开发投资41.35亿元，下降6.8%；商品房销售面积78.6万平方米，下降14.2%。',
  '<strong>三、消费市场平稳运行</strong>',
  '一季度，全市社会消费品零售总额236.57亿元，同比增长10.6%，居全省第3位。分城乡看，城镇消费品零售额188.92亿元，增长10.2%；乡村消费品零售额47.65亿元，增长12.3%。',
  '<strong>四、财政收入低速增长</strong>',
  '一季度，全市公共财政预算收入38.64亿元，同比增长3.5%，其中税收收入29.17亿元，下降1.8%，税收占比为75.5%。公共财政预算支出72.39亿元，增长18.6%。',
  '<strong>五、金融存贷款平稳增长</strong>',
  '3月末，全市金融机构本外币各项存款余额3862.47亿元，比年初增加186.35亿元，同比增长11.4%；各项贷款余额2418.96亿元，比年初增加132.28亿元，同比增长13.6%。',
  '<strong>六、居民收入稳定增长</strong>',
  '一季度，全市城镇居民人均可支配收入7346元，同比增长8.3%；农村居民人均可支配收入3518元，同比增长9.1%。',
  '<strong>七、市场价格温和上涨</strong>',
  '一季度，全市居民消费价格同比上涨1.3%，其中食品类价格上涨2.4%。工业生产者出厂价格同比下降5.7%。',
  '总体来看，一季度全市经济运行总体平稳，但工业增长乏力、钢铁行业持续低迷、财政增收压力较大等问题仍较突出，经济下行压力依然较大。',
];

function page(): string {
  const body = savedPageParas(paragraphs);
  const grid = [
    ['索引号：', '000000000/2015-00412', '主题分类：', '统计信息'],
    ['发布机构：', '腾峪市统计局', '生成日期：', '2015-04-24'],
    ['名　　称：', '一季度全市经济运行情况', '文　　号：', ''],
    ['发布日期：', '2015-04-24', '关 键 词：', '经济运行'],
  ]
    .map((r) => `<tr>${r.map((c, i) => `<td class="${i % 2 ? 'v' : 'k'}">${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `${savedPageHead('一季度全市经济运行情况 - 腾峪市人民政府')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="腾峪市人民政府" /><span>2015年4月24日　星期五</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务要闻</a> <a href="#">政府信息公开</a> <a href="#">网上办事</a> <a href="#">政民互动</a> <a href="#">走进腾峪</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">统计信息</a> &gt;&gt; 正文</div>
<table class="xxgk" border="1" cellspacing="0" cellpadding="3" width="100%">
${grid}
</table>
<div class="article">
<h1>一季度全市经济运行情况</h1>
<div class="info">来源：腾峪市统计局　　发布时间：2015-04-24 09:30　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
${body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
<div class="tools">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：腾峪市人民政府办公厅　承办：腾峪市政务信息中心<br />冀ICP备00000000号　网站标识码：0000000000　联系电话：0000-0000000</div>
</body></html>
`;
}

export function tengyuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Fri, 24 Apr 2015 15:42:06 +0800',
    boundary: '----=_NextPart_000_0000_01D07E5A.6C1B2F30',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.tengyu.example/xxgk/tjxx/201504/t20150424_412.html',
    html: page(),
    css: { url: 'http://www.tengyu.example/style.css', text: 'td.k {text-align: right; width: 12%}' },
    imageUrl: 'http://www.tengyu.example/logo.gif',
  });
}
