// The thirtieth held-out batch's web archive: a Shaanxi county's report on its 2014 plan execution and 2015
// draft plan (漓浔县 under 榆沣市) on the county government's site, saved from the browser as .mht (mht.ts):
// nav, breadcrumbs, an info line, 分享到 links and a footer around the article; next year's goals are
// `预期目标：…` paragraphs. Invented place and figures; the answers are tests/accuracy/lixun-2014-fy-plan.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const lixun = { name: 'lixun-2014-fy-plan' };

const paragraphs = [
  '<strong>关于漓浔县2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划草案的报告</strong>',
  '——2015年1月20日在漓浔县第十七届人民代表大会第五次会议上',
  '县发展和改革局',
  '各位代表：',
  '受县人民政府委托，现将漓浔县2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划草案提请大会审议，并请县政协委员和其他列席人员提出意见。',
  '<strong>一、2014年国民经济和社会发展计划执行情况</strong>',
  '2014年，在县委的坚强领导下，在县人大、县政协的监督支持下，全县上下认真落实县十七届人大四次会议确定的各项目标任务，经济社会保持平稳较快发展。',
  '经济总量稳步扩大。预计全县实现地区生产总值86.42亿元，比上年增长10.6%，高于年度计划0.6个百分点，增速居榆沣市十二县区第5位。其中，第一产业增加值14.23亿元，增长5.1%；第二产业增加值45.37亿元，增长13.2%；第三产业增加值26.82亿元，增长8.9%。三次产业结构为16.5:52.5:31.0。',
  '工业经济较快增长。规模以上工业增加值38.16亿元，增长14.5%，低于年度计划0.5个百分点。',
  '投资拉动作用明显。全社会固定资产投资完成102.35亿元，增长21.4%，完成年计划的103.4%。42个县级重点项目完成投资56.7亿元。',
  '消费市场活跃。社会消费品零售总额27.58亿元，增长13.1%，与年度计划持平。',
  '财政收入稳定增长。公共财政预算收入4.26亿元，增长12.3%，完成年度预算的104.6%。',
  '人民生活持续改善。城镇居民人均可支配收入23615元，增长10.2%；农民人均纯收入7843元，增长12.6%。居民消费价格总水平上涨2.1%。',
  '在看到成绩的同时，我们也清醒地认识到，经济发展中还存在一些困难和问题：工业结构单一，煤炭、建材行业比重偏高；项目储备不足，大项目、好项目少；财政收支矛盾突出。',
  '<strong>二、2015年国民经济和社会发展的主要目标</strong>',
  '综合考虑各方面因素，建议2015年全县国民经济和社会发展的主要目标为：',
  '（一）地区生产总值。预期目标：增长10%左右。',
  '（二）规模以上工业增加值。预期目标：增长12%。',
  '（三）全社会固定资产投资。预期目标：完成115亿元，增长12%以上。',
  '（四）社会消费品零售总额。预期目标：增长12.5%。',
  '（五）公共财政预算收入。预期目标：增长10%。',
  '（六）城乡居民收入。预期目标：城镇居民人均可支配收入增长10%，农民人均纯收入增长11%。',
  '（七）居民消费价格。预期目标：涨幅控制在3%左右。',
  '（八）节能减排。预期目标：完成市下达的目标任务。',
  '<strong>三、2015年的主要任务</strong>',
  '突出抓好项目建设。重点推进漓浔至榆沣一级公路、漓浔工业园区标准化厂房（二期）、县城污水处理厂提标改造等项目建设，力争早见成效。',
  '各位代表，做好2015年经济社会发展工作任务艰巨、意义重大。让我们在县委的坚强领导下，开拓进取，扎实工作，为完成全年目标任务而努力奋斗！',
];

function page(): string {
  const body = savedPageParas(paragraphs);
  return `${savedPageHead('漓浔县2014年国民经济和社会发展计划执行情况与2015年计划草案的报告 - 漓浔县人民政府')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="漓浔县人民政府" /><span>设为首页 | 加入收藏</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">漓浔概况</a> <a href="#">政务公开</a> <a href="#">规划计划</a> <a href="#">公众参与</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">规划计划</a></div>
<div class="article">
<h1>漓浔县2014年国民经济和社会发展计划执行情况与2015年计划草案的报告</h1>
<div class="info">发布时间：2015-02-03　　来源：县发改局　　点击数：1362　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="content">
${body}
</div>
<div class="share">分享到：<a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">人人网</a></div>
</div>
<div class="footer">版权所有：漓浔县人民政府办公室　技术支持：漓浔县信息中心<br />陕ICP备00000000号</div>
</body></html>
`;
}

export function lixunMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Tue, 10 Feb 2015 10:21:44 +0800',
    boundary: '----=_NextPart_000_0000_01D044F1.3A7C2E10',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.lixun.example/zwgk/ghjh/201502/t20150203_1362.html',
    html: page(),
    css: { url: 'http://www.lixun.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.lixun.example/logo.gif',
  });
}
