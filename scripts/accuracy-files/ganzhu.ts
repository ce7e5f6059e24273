// The twenty-sixth held-out batch's .mht: a Liaoning county portal's news page on the county's 1—7月 economy
// (甘渚县 under 辽岑市, 2013), saved from Internet Explorer 9 as a web archive (mht.ts: GB2312 html in
// quoted-printable beside a stylesheet and the logo). Nav, breadcrumbs, a source line, share links, 上一篇/下一篇
// and a footer surround the article. Invented place and figures; its answers are
// tests/accuracy/ganzhu-2013-m7-news.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const ganzhu = { name: 'ganzhu-2013-m7-news' };

const paragraphs = [
  '本网讯（记者 邵晓峰）8月12日，记者从县统计局获悉，1—7月份，我县主要经济指标保持平稳增长，多项指标增速位居辽岑市前列。',
  '工业生产稳中有升。1—7月份，全县规模以上工业完成增加值56.37亿元，同比增长14.6%，增速比上半年提高0.5个百分点，居全市7个县（市）区第2位。其中，7月份当月完成增加值8.52亿元，增长15.9%。',
  '项目投资拉动有力。1—7月份，全县完成固定资产投资（不含农户）78.45亿元，同比增长27.3%，完成全年目标的61.8%。其中，亿元以上项目42个，完成投资51.26亿元；工业投资完成46.82亿元，增长31.5%。',
  '消费市场繁荣活跃。1—7月份，全县实现社会消费品零售总额34.68亿元，同比增长15.2%，高于全市平均水平1.1个百分点。',
  '财政收入稳步增长。1—7月份，全县完成公共财政预算收入9.26亿元，同比增长18.4%，完成年度预算的63.5%，其中税收收入7.15亿元，增长21.7%。',
  '对外开放成效明显。1—7月份，全县实际利用外资8650万美元，同比增长23.6%；外贸出口1.72亿美元，增长12.8%。',
  '此外，7月末全县金融机构人民币各项存款余额215.38亿元，比年初增长12.4%。',
  '县统计局有关负责人表示，下一步将加强对重点企业和重点项目的监测，确保全年规模以上工业增加值增长15%、固定资产投资增长25%的目标顺利实现。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('1—7月份我县主要经济指标保持平稳增长_甘渚县人民政府', 'css/index.css')}
</head>
<body>
<div class="topbar"><span>今天是：2013年8月12日</span> <a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
<div class="banner"><img src="images/logo.gif" alt="甘渚县人民政府" /></div>
<div class="menu"><a href="#">网站首页</a> <a href="#">甘渚概况</a> <a href="#">政务动态</a> <a href="#">信息公开</a> <a href="#">招商引资</a> <a href="#">便民服务</a> <a href="#">互动交流</a></div>
<div class="position">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">甘渚要闻</a></div>
<div class="article">
<h2>1—7月份我县主要经济指标保持平稳增长</h2>
<div class="source">来源：甘渚县人民政府网　作者：邵晓峰　发布时间：2013-08-12 16:05:33　点击数：<span>386</span></div>
<div class="content">
${body}
</div>
<div class="bdshare">分享到：<a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">人人网</a> <a href="#">QQ空间</a></div>
<div class="pagenav">上一篇：<a href="#">县领导督导检查防汛工作</a><br />下一篇：<a href="#">甘渚县召开农村环境综合整治推进会</a></div>
<div class="tools">【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">版权所有：甘渚县人民政府　承办：甘渚县政府信息中心<br />地址：甘渚县渚河大街88号　邮编：000000　辽ICP备00000000号</div>
</body></html>
`;
}

export function ganzhuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 9',
    date: 'Tue, 13 Aug 2013 09:18:42 +0800',
    boundary: '----=_NextPart_000_0000_01CE97F1.4A2C3D10',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.ganzhu.example/zwdt/gzyw/201308/t20130812_2186.html',
    html: page(),
    css: { url: 'http://www.ganzhu.example/css/index.css', text: '.content p {line-height: 2em}' },
    imageUrl: 'http://www.ganzhu.example/images/logo.gif',
  });
}
