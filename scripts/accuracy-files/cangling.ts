// The thirty-eighth held-out batch's web archive: a Guangxi county statistics bureau's 2015 一季度 analysis
// (苍岭县 under 梧岑市) saved from the county portal by Internet Explorer as .mht (GB2312, quoted-printable, via
// mht.ts): growths compared with 上年同期 and 上年全年 at once, 增长面 counts, 完成年度计划/预算的A%, a decline
// with 降幅比1-2月收窄, and a small table with a 全市位次 column. Invented place and figures; its answers are
// tests/accuracy/cangling-2015-q1-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const cangling = { name: 'cangling-2015-q1-analysis' };

const paras = [
  '今年一季度，面对经济下行压力加大的复杂形势，全县上下紧紧围绕年初确定的目标任务，稳增长、调结构、抓项目，经济运行总体平稳，但下行压力依然较大。',
  '<strong>一、主要经济指标运行情况</strong>',
  '（一）经济增长有所放缓。据梧岑市统计局统一核算，一季度全县实现地区生产总值21.37亿元，按可比价格计算，同比增长7.8%，增速比上年同期回落0.9个百分点，比上年全年回落0.4个百分点，居梧岑市6个县（市、区）第2位。分产业看，第一产业增加值3.26亿元，增长4.2%；第二产业增加值10.45亿元，增长9.1%；第三产业增加值7.66亿元，增长7.3%。',
  '（二）工业生产保持增长。一季度全县规模以上工业增加值9.12亿元，同比增长10.3%。全县62家规模以上工业企业中，有34家产值实现增长，增长面为54.8%。',
  '（三）投资增长较快。一季度全县固定资产投资完成18.64亿元，同比增长16.9%，完成年度计划的19.6%。其中，工业投资同比下降2.7%，降幅比1-2月收窄3.1个百分点。',
  '（四）消费市场平稳。一季度全县社会消费品零售总额8.95亿元，同比增长10.7%。',
  '（五）财政收入增幅回落。一季度全县财政收入2.83亿元，同比增长6.4%，完成年度预算的27.9%；其中一般公共预算收入1.62亿元，增长3.2%。',
  '（六）金融存贷款稳步增加。3月末，全县金融机构各项存款余额132.58亿元，比年初增长5.6%；各项贷款余额88.41亿元，比年初增长4.3%。',
  '（七）农民收入较快增长。一季度全县农村居民人均可支配收入2468元，同比增长9.6%。',
  '<strong>二、存在的主要问题</strong>',
  '一是工业投资持续下降，后续增长动力不足；二是财政收入增速放缓，收支矛盾突出；三是部分重点项目进展缓慢，梧岑至苍岭一级公路征地拆迁尚未完成，苍岭糖厂技改项目仍在办理前期手续。',
  '<strong>三、下一步建议</strong>',
  '紧紧围绕全年地区生产总值增长8.5%的目标，抓好工业稳增长，加快重点项目建设，确保上半年经济实现“双过半”。',
];

const table = [
  ['指标', '单位', '绝对数', '增长（%）', '全市位次'],
  ['地区生产总值', '亿元', '21.37', '7.8', '2'],
  ['规模以上工业增加值', '亿元', '9.12', '10.3', '3'],
  ['固定资产投资', '亿元', '18.64', '16.9', '4'],
  ['社会消费品零售总额', '亿元', '8.95', '10.7', '5'],
  ['财政收入', '亿元', '2.83', '6.4', '1'],
];

function page(): string {
  const body = savedPageParas(paras);
  const rows = savedPageRows(table);
  return `${savedPageHead('2015年一季度苍岭县经济运行分析_统计分析_苍岭县人民政府门户网站')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="苍岭县人民政府门户网站" /><span>设为首页 | 加入收藏 | 繁體版</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">统计信息</a> <a href="#">办事服务</a> <a href="#">互动交流</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">统计信息</a> &gt; <a href="#">统计分析</a></div>
<div class="article">
<h1>2015年一季度苍岭县经济运行分析</h1>
<div class="info">来源：县统计局　　作者：农秀兰　　时间：2015-04-28　　点击数：612</div>
<div class="content">
${body}
<p align="center"><b>2015年一季度苍岭县主要经济指标</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="100%">
${rows}
</table>
<p>注：全市位次为增速在梧岑市6个县（市、区）中的位次。</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：苍岭县人民政府办公室　技术支持：苍岭县信息中心<br />桂ICP备00000000号</div>
</body></html>
`;
}

export function canglingMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Thu, 30 Apr 2015 10:26:51 +0800',
    boundary: '----=_NextPart_000_0000_01D0830B.6F2A1C30',
    mimeOle: 'V6.1.7601.17514',
    url: 'http://www.cangling.example/tjxx/tjfx/201504/t20150428_612.html',
    html: page(),
    css: { url: 'http://www.cangling.example/style.css', text: 'div.info {color: #888}' },
    imageUrl: 'http://www.cangling.example/logo.gif',
  });
}
