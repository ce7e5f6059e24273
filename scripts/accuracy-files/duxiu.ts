// Held-out-471 (session 50): a Liaoning-style county statistics bureau's 2003年一季度全县经济运行分析 (都岫县, invented)
// saved from the county's statistics site by Internet Explorer 6 as .mht (GB2312, quoted-printable, via mht.ts): nine
// bold heads, 同比 growths with moves against 上年同期 (增幅比上年同期提高/回落 points), a structure and a share's move
// against 上年同期, 全市位次 ranks, a 完成年度预算 share, 3月末 balances, problems and 二季度 suggestions with 上半年 aims
// (written before 非典 reached the province). Invented place and figures; the answers are
// tests/accuracy/duxiu-2003-q1-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const duxiu = { name: 'duxiu-2003-q1-analysis' };

export const duxiuParas = [
  '今年以来，全县上下认真贯彻县十四届人大一次会议精神，紧紧围绕“工业强县、项目兴县”的发展思路，狠抓工业生产和项目建设，全县经济开局良好。一季度，主要经济指标增幅均高于上年同期，多数指标增速在全市位次前移。',
  '<strong>一、国民经济保持较快增长</strong>',
  '据初步核算，一季度全县实现国内生产总值48620万元，同比增长11.8%，增幅比上年同期提高1.6个百分点，增速居全市7个县（市、区）第2位。其中，第一产业增加值6480万元，增长4.2%；第二产业增加值23950万元，增长15.6%；第三产业增加值18190万元，增长10.1%。三次产业增加值占国内生产总值的比重为13.3:49.3:37.4，第二产业比重比上年同期提高1.5个百分点。',
  '<strong>二、工业生产增势强劲</strong>',
  '一季度，全县规模以上工业总产值完成52860万元，同比增长24.3%，增速居全市第1位；规模以上工业增加值完成14720万元，增长21.6%，增幅比上年同期提高5.2个百分点。规模以上工业产品销售率为96.8%，比上年同期提高1.2个百分点；规模以上工业企业实现利润总额1260万元，增长18.5%。乡镇企业增加值完成31840万元，增长16.2%。',
  '<strong>三、固定资产投资高位运行</strong>',
  '一季度，全县完成全社会固定资产投资9860万元，同比增长32.5%，增速居全市第3位。其中，城镇固定资产投资7420万元，增长38.6%；房地产开发投资1280万元，增长45.2%。全县新开工项目23个，比上年同期增加6个。',
  '<strong>四、消费品市场平稳增长</strong>',
  '一季度，全县实现社会消费品零售总额21460万元，同比增长9.6%，增幅比上年同期回落0.8个百分点，增速居全市第4位。分行业看，批发零售贸易业零售额18350万元，增长9.2%；餐饮业零售额2860万元，增长13.4%。',
  '<strong>五、财政收入稳定增长</strong>',
  '一季度，全县完成财政收入3280万元，同比增长14.8%，完成年度预算的25.8%，增速居全市第2位。其中，地方财政一般预算收入2160万元，增长12.5%。一般预算支出4860万元，增长10.3%。',
  '<strong>六、金融存贷款稳步增加</strong>',
  '3月末，全县金融机构各项存款余额186420万元，比年初增加9860万元，同比增长13.6%；其中城乡居民储蓄存款余额152380万元，比年初增加8640万元。各项贷款余额98650万元，比年初增加2140万元，同比增长6.8%。',
  '<strong>七、对外经济和城乡居民收入</strong>',
  '一季度，全县外贸出口428万美元，同比增长15.7%，增速居全市第3位；实际利用外资186万美元，增长22.4%。据抽样调查，农民人均现金收入982元，增长6.4%；城镇居民人均可支配收入1586元，增长8.9%。',
  '<strong>八、经济运行中需要关注的问题</strong>',
  '一是农业生产基础仍不稳固，春季旱情露头，第一产业增加值增幅比上年同期回落0.9个百分点。二是企业经济效益不高，规模以上工业企业亏损面达18.2%。三是财政收支矛盾突出，一般预算支出增幅低于财政收入增幅，刚性支出压力较大。四是投资结构不尽合理，工业项目投资所占比重偏低。',
  '<strong>九、对二季度工作的几点建议</strong>',
  '二季度是全年经济工作的关键时期，各部门要抓住春季施工的有利时机，全力推进项目建设。为此建议：（一）抓好重点企业生产调度，力争上半年规模以上工业增加值增长20%以上。（二）加快在建项目进度，力争上半年全社会固定资产投资完成2.6亿元。（三）加强税收征管，确保上半年财政收入完成6800万元，实现“双过半”。',
];

function page(): string {
  return `${savedPageHead('2003年一季度全县经济运行分析_都岫县统计信息网', '/css/tj.css')}
</head>
<body>
<div class="top"><img src="/images/banner.gif" alt="都岫县统计信息网" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">统计动态</a> | <a href="#">统计分析</a> | <a href="#">统计数据</a> | <a href="#">统计公报</a> | <a href="#">政策法规</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">统计分析</a> &gt;&gt; 正文</div>
<div class="article">
<h1>2003年一季度全县经济运行分析</h1>
<div class="info">作者：都岫县统计局综合科　　来源：都岫县统计局　　更新时间：2003-4-16　　点击数：86</div>
<div class="content">
${savedPageParas(duxiuParas)}
<p align="right">都岫县统计局</p>
<p align="right">二○○三年四月十五日</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="#">2003年1—2月全县经济运行简况</a><br />下一篇：<a href="#">都岫县召开农村住户调查工作会议</a></div>
</div>
<div class="footer">都岫县统计局　版权所有　<br />地址：都岫县城关镇府前街8号　电话：0416-0000000</div>
</body></html>
`;
}

export function duxiuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 6',
    date: 'Thu, 17 Apr 2003 09:12:38 +0800',
    boundary: '----=_NextPart_000_0000_01C304B2.6F1A8D40',
    mimeOle: 'V6.00.2800.1106',
    url: 'http://www.duxiutj.example/tjfx/2003/0416_37.htm',
    html: page(),
    css: { url: 'http://www.duxiutj.example/css/tj.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.duxiutj.example/images/banner.gif',
  });
}
