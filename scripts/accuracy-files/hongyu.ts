// The thirty-sixth held-out batch's web archive: a Zhejiang county's report to its standing committee on its
// 2015 half-year plan execution (虹屿县 under 瓯岩市), on the county portal saved from the browser as .mht
// (mht.ts): nav, breadcrumbs, an info line, 分享到 links and a footer around the article, and an indicator
// table (年度目标, 市下达指导目标, actual, growth, rank) as an html <table>. Invented place and figures; the
// answers are tests/accuracy/hongyu-2015-h1.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const hongyu = { name: 'hongyu-2015-h1' };

const before = [
  '<strong>关于虹屿县2015年上半年国民经济和社会发展计划执行情况的报告</strong>',
  '——2015年7月28日在县十六届人大常委会第二十六次会议上',
  '县发展和改革局',
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将我县2015年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '<strong>一、上半年计划执行情况</strong>',
  '上半年，面对复杂多变的宏观经济形势，全县上下认真贯彻县十六届人大五次会议精神，稳增长、调结构、促转型，经济运行总体平稳。',
  '（一）经济总量平稳增长。全县实现地区生产总值118.36亿元，同比增长7.9%，增速比一季度提高0.4个百分点，低于年度目标0.6个百分点，高于市下达指导目标0.4个百分点，居瓯岩市9个县（市、区）第4位。其中，第一产业增加值5.12亿元，增长1.8%；第二产业增加值61.47亿元，增长8.6%；第三产业增加值51.77亿元，增长7.6%。',
  '（二）工业生产稳中有升。规模以上工业增加值43.25亿元，同比增长8.3%，高于年度目标0.3个百分点，增速居全市第3位。规模以上工业企业实现销售产值512.6亿元，增长6.2%；产品销售率96.8%。',
  '（三）投资保持较快增长。固定资产投资完成96.84亿元，同比增长14.6%，完成年计划的52.3%，高于时序进度2.3个百分点，增速居全市第5位。其中，工业投资38.12亿元，增长11.4%；民间投资57.31亿元，增长9.8%，占固定资产投资的比重为59.2%。',
  '（四）消费市场总体平稳。社会消费品零售总额45.63亿元，同比增长12.0%，与年度目标持平，居全市第6位。',
  '（五）财政收入稳步增长。财政总收入16.28亿元，增长9.1%，完成年度预算的56.7%；其中一般公共预算收入9.64亿元，增长8.7%，完成年度预算的55.2%，超序时进度5.2个百分点，税收收入占一般公共预算收入的86.4%。',
  '（六）外贸出口企稳回升。自营出口额7.86亿美元，增长4.3%，增幅比一季度回升6.1个百分点。实际利用外资1.12亿美元，完成年计划的48.7%。',
  '（七）居民收入持续增加。城镇常住居民人均可支配收入23856元，增长8.4%；农村常住居民人均可支配收入13642元，增长9.2%，增速快于城镇居民0.8个百分点。居民消费价格指数上涨1.5%。',
  '6月末，全县金融机构本外币各项存款余额286.45亿元，比年初增长8.9%；各项贷款余额213.62亿元，比年初增长7.6%。',
  '主要指标完成情况见附表。',
];

const after = [
  '<strong>二、存在的主要问题</strong>',
  '一是工业增长后劲不足，新开工亿元以上工业项目仅7个，比去年同期减少3个。二是消费增长乏力，社会消费品零售总额增速居全市第6位。三是财政收支平衡压力加大，上半年一般公共预算支出14.37亿元，增长15.8%。',
  '<strong>三、下半年工作重点</strong>',
  '下半年，我们将紧紧围绕全年地区生产总值增长8.5%、固定资产投资增长15%的目标，重点做好以下工作：',
  '（一）抓项目促投资。加快虹屿港区三期码头、瓯虹大道（南段）拓宽改造工程、县第二人民医院迁建等项目建设，确保全年完成固定资产投资185亿元以上。',
  '（二）抓工业稳增长。落实企业帮扶各项政策，力争全年新增规模以上工业企业20家。',
  '（三）抓民生补短板。办好十方面民生实事，确保全年城镇新增就业6000人以上。',
  '主任、各位副主任、各位委员，下半年任务繁重，我们将在县委的坚强领导下，自觉接受县人大常委会的监督，扎实工作，确保全面完成全年目标任务。',
];

const table = [
  ['指标', '单位', '年度目标（%）', '市下达指导目标（%）', '上半年完成', '增速（%）', '全市位次'],
  ['地区生产总值', '亿元', '8.5', '7.5', '118.36', '7.9', '4'],
  ['规模以上工业增加值', '亿元', '8', '7.5', '43.25', '8.3', '3'],
  ['固定资产投资', '亿元', '15', '13', '96.84', '14.6', '5'],
  ['社会消费品零售总额', '亿元', '12', '11.5', '45.63', '12.0', '6'],
  ['一般公共预算收入', '亿元', '8', '7', '9.64', '8.7', '5'],
  ['农村常住居民人均可支配收入', '元', '9', '8.5', '13642', '9.2', '2'],
];

function tableHtml(): string {
  return `<p align="center"><b>附表：虹屿县2015年上半年主要经济指标完成情况</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="100%">
${savedPageRows(table)}
</table>
<p>注：全市位次为增速在瓯岩市9个县（市、区）中的位次。</p>`;
}

function page(): string {
  return `${savedPageHead('关于虹屿县2015年上半年国民经济和社会发展计划执行情况的报告_规划计划_虹屿县政府门户网站')}
</head>
<body>
<div class="top"><img src="banner.gif" alt="虹屿县政府门户网站" /><span>设为首页 | 加入收藏 | 无障碍浏览</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进虹屿</a> <a href="#">信息公开</a> <a href="#">网上办事</a> <a href="#">政民互动</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; <a href="#">规划计划</a></div>
<div class="article">
<h1>关于虹屿县2015年上半年国民经济和社会发展计划执行情况的报告</h1>
<div class="info">信息来源：县发改局　　发布日期：2015-08-06　　浏览次数：847　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content">
${savedPageParas(before)}
${savedPageParas(after)}
${tableHtml()}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：虹屿县人民政府办公室　承办：虹屿县信息中心<br />网站标识码：3300000000　浙ICP备00000000号</div>
</body></html>
`;
}

export function hongyuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 9',
    date: 'Mon, 10 Aug 2015 09:14:27 +0800',
    boundary: '----=_NextPart_000_0000_01D0D33E.5A1B7C40',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.hongyu.example/xxgk/ghjh/201508/t20150806_847.html',
    html: page(),
    css: { url: 'http://www.hongyu.example/style.css', text: 'div.info {color: #888}' },
    imageUrl: 'http://www.hongyu.example/banner.gif',
  });
}
