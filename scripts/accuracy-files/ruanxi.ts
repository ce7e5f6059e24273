// Held-out-479 (session 50): a Hubei-style county statistics bureau's 2005年1—5月全县经济运行情况 (阮溪县, invented)
// saved from the county's statistics site by Internet Explorer 6 as .mht (GB2312, quoted-printable, via mht.ts): a left
// column menu, eight bold heads, a lead figure after a colon (财政总收入：…完成), budgets in brackets
// (占年度预算（13500万元）的43.4%), ranks written `、列全市第N位` and `增幅居全市第N位`, a growth written 增幅为/增长率达,
// 5月份当月 beside 1—5月份, balances 比上月末/比年初, problems and June suggestions with a 上半年 aim and the year's
// 奋斗目标. Invented place and figures; the answers are tests/accuracy/ruanxi-2005-m1-5-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const ruanxi = { name: 'ruanxi-2005-m1-5-analysis' };

export const ruanxiParas = [
  '今年以来，全县上下认真落实县委、县政府“工业兴县、开放活县”的工作部署，抢抓促进中部崛起的有利时机，狠抓工业生产、项目建设和招商引资，全县经济运行呈现工业增长加快、投资持续扩大、财政收入稳步增加的良好态势。',
  '<strong>一、工业生产加快增长</strong>',
  '1—5月份，全县规模以上工业完成总产值58640万元，增幅为26.3%；完成工业增加值16820万元，同比增长24.8%、列全市第2位，增幅比1—4月提高1.6个百分点。其中，轻工业完成增加值5210万元，增长18.6%；重工业完成增加值11610万元，增长27.9%。5月份当月，规模以上工业完成增加值3860万元，增长27.5%。规模以上工业产品销售率为95.8%，比上年同期提高0.9个百分点。全县工业用电量4260万千瓦时，增长19.2%。',
  '<strong>二、固定资产投资持续扩大</strong>',
  '1—5月份，全县完成全社会固定资产投资32450万元，同比增长38.6%，增幅高出全市平均水平9.4个百分点。其中，城镇固定资产投资24680万元，增长42.1%；农村固定资产投资7770万元，增长28.5%。在城镇投资中，工业投资完成11860万元，增长56.3%，占城镇投资的比重达48.1%。全县新开工项目18个，其中亿元以上项目2个。',
  '<strong>三、消费品市场繁荣活跃</strong>',
  '1—5月份，全县实现社会消费品零售总额28960万元，增长率达13.8%，比上年同期提高1.2个百分点。分行业看，批发零售贸易业零售额25180万元，增长13.1%；餐饮业零售额3780万元，增长18.7%。',
  '<strong>四、财政收入稳步增加</strong>',
  '财政总收入：1—5月份完成5860万元，同比增长21.6%，占年度预算（13500万元）的43.4%，增幅居全市第3位。其中，地方一般预算收入3420万元，增长18.9%，占年度预算（7800万元）的43.8%。一般预算支出8640万元，增长14.2%。',
  '<strong>五、金融存贷款运行平稳</strong>',
  '5月末，全县金融机构各项存款余额196480万元，比上月末增加3260万元，比年初增加14850万元，同比增长15.6%；其中城乡居民储蓄存款余额168250万元，比年初增加12630万元。各项贷款余额102360万元，比年初减少2140万元，同比下降1.8%。',
  '<strong>六、农业农村经济形势较好</strong>',
  '夏粮生产喜获丰收，预计夏粮总产量3.86万吨，比上年增产0.32万吨。1—5月份，全县出栏生猪16.8万头，增长6.3%。据抽样调查，农民人均现金收入1286元，同比增长12.4%，增幅比上年同期提高2.6个百分点。',
  '<strong>七、对外开放和招商引资成效明显</strong>',
  '1—5月份，全县招商引资实际到位资金21360万元，同比增长32.4%，完成全年目标任务（50000万元）的42.7%。外贸出口完成586万美元，增长24.7%、列全市第1位；实际利用外资312万美元，增长16.8%。',
  '<strong>八、经济运行中需要关注的问题</strong>',
  '一是农民增收难度加大，农资价格上涨较快，化肥价格同比上涨12.6%。二是部分骨干企业生产经营困难，规模以上工业亏损企业14户，亏损面为17.5%。三是信贷投放不足，贷款余额比年初减少，项目建设资金紧张。',
  '<strong>九、几点建议</strong>',
  '6月份是实现“时间过半、任务过半”的关键月份。各部门要紧紧盯住年初确定的目标任务，加强工业生产调度，加快在建项目进度，强化税收征管，力争上半年规模以上工业增加值增长25%以上，确保实现全年财政总收入13500万元、招商引资实际到位资金50000万元的奋斗目标。',
];

function page(): string {
  return `${savedPageHead('2005年1—5月全县经济运行情况－阮溪县统计信息网', '/style/tjj.css')}
</head>
<body>
<table width="778" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/top.jpg" alt="阮溪县统计信息网" /></td></tr>
<tr><td colspan="2" class="nav"><a href="#">网站首页</a>　<a href="#">统计信息</a>　<a href="#">统计分析</a>　<a href="#">统计数据</a>　<a href="#">统计法规</a>　<a href="#">联系我们</a></td></tr>
<tr>
<td width="180" valign="top" class="left">
<div class="lm">统计分析</div>
<ul><li><a href="#">经济运行</a></li><li><a href="#">专题分析</a></li><li><a href="#">调查报告</a></li></ul>
<div class="lm">站内搜索</div>
<form action="#"><input type="text" name="key" size="14" /> <input type="submit" value="搜索" /></form>
</td>
<td width="598" valign="top">
<div class="crumb">当前位置：<a href="#">网站首页</a> → <a href="#">统计分析</a> → <a href="#">经济运行</a></div>
<h2 align="center">2005年1—5月全县经济运行情况</h2>
<div class="info" align="center">文章来源：阮溪县统计局　　发布日期：2005年6月13日　　阅读次数：112</div>
<div class="content">
${savedPageParas(ruanxiParas)}
<p align="right">阮溪县统计局综合股</p>
</div>
<div class="tools" align="right">【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】【<a href="#">返回顶部</a>】</div>
<div class="pn">上一篇：<a href="#">2005年1—4月全县经济运行情况</a><br />下一篇：<a href="#">阮溪县开展农村住户调查换户工作</a></div>
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">版权所有：阮溪县统计局　地址：阮溪县城关镇解放路16号　邮编：430000<br />建议使用IE5.0以上浏览器，1024×768分辨率浏览本站</td></tr>
</table>
</body></html>
`;
}

export function ruanxiMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 6',
    date: 'Wed, 15 Jun 2005 10:24:51 +0800',
    boundary: '----=_NextPart_000_0000_01C57195.3A8E6F20',
    mimeOle: 'V6.00.2900.2180',
    url: 'http://www.ruanxitj.example/tjfx/jjyx/200506/13_58.htm',
    html: page(),
    css: {
      url: 'http://www.ruanxitj.example/style/tjj.css',
      text: 'td.left {background:#eef3f8} div.lm {font-weight:bold}',
    },
    imageUrl: 'http://www.ruanxitj.example/images/top.jpg',
  });
}
