// Held-out-439 (session 48): a Heilongjiang-style county 人大常委会's 审议意见 on the 2006 plan execution report (浔垦县, invented),
// saved from the county portal by Internet Explorer 6 as .mht (GB2312, quoted-printable, via mht.ts): addressed 县人民政府：, the
// sitting that heard the report, 一 the year's figures restated (完成年计划, 完成计划, 完成预算, 低于计划), 二 four problems, 三 four
// 建议 with 力争/确保 goals for 2007 and named projects, a request to report back. Invented place and figures; the answers are
// tests/accuracy/xunken-2006-fy-review.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const xunken = { name: 'xunken-2006-fy-review' };

export const xunkenParas = [
  '县人民政府：',
  '2007年1月10日，县第十四届人大常委会第三十次会议听取了县发展和改革局局长受县人民政府委托所作的《关于2006年国民经济和社会发展计划执行情况的报告》，常委会组成人员进行了认真审议。现将审议意见综述如下：',
  '<strong>一、对2006年计划执行情况的总体评价</strong>',
  '常委会组成人员认为，2006年，县人民政府认真执行县十四届人大五次会议批准的国民经济和社会发展计划，坚持以农业产业化为主线，大力发展畜牧业和农副产品加工业，全县经济保持了平稳较快发展的良好态势，计划执行情况总体是好的。全县实现地区生产总值31.28亿元，同比增长12.6%，完成年计划的101.8%；粮食总产量达到76.5万吨，增长4.2%，连续三年创历史新高；规模以上工业增加值4.65亿元，增长22.4%；全社会固定资产投资15.6亿元，增长32.5%，完成计划的104.0%；社会消费品零售总额9.42亿元，增长14.8%；地方财政收入9860万元，增长18.6%，完成预算的103.8%；城镇居民人均可支配收入8120元，增长11.2%；农民人均纯收入3960元，增长9.8%，低于计划0.2个百分点。',
  '畜牧业发展势头良好，畜牧业产值占农业总产值的比重达到35.2%，年末奶牛存栏5.2万头，生猪饲养量36.8万头。项目建设成效明显，浔垦热电厂扩建工程完成投资1.35亿元，县城集中供热工程、浔垦经济开发区道路管网工程相继竣工。',
  '<strong>二、存在的主要问题</strong>',
  '常委会组成人员也指出，全县经济社会发展中还存在一些不容忽视的问题：一是农业基础设施薄弱，抵御自然灾害的能力不强；二是工业项目少、规模小，全县规模以上工业企业仅有19户，对经济增长的拉动作用不够明显；三是财政收支矛盾突出，刚性支出压力较大；四是农民持续增收的难度加大，农民人均纯收入增幅未能完成计划目标。',
  '<strong>三、几点建议</strong>',
  '（一）进一步巩固农业基础地位。要加大农田水利建设投入，推广水稻大棚育秧和玉米膜下滴灌技术，稳定粮食生产；要加快奶牛养殖小区建设，力争年末奶牛存栏达到6万头，把畜牧业培育成农民增收的支柱产业。',
  '（二）加快工业项目建设。要确保浔垦热电厂扩建工程年内竣工投产，加快垦丰大豆深加工项目前期工作，争取早日开工；要强化招商引资，力争全年规模以上工业增加值增长20%以上。',
  '（三）切实加强财政收支管理。要依法组织收入，确保地方财政收入增长15%以上；要严格控制一般性支出，保障重点支出需要。',
  '（四）努力保障和改善民生。要多渠道促进农民增收，确保农民人均纯收入增长8%以上；落实就业再就业政策，确保城镇新增就业1800人以上，城镇登记失业率控制在4.5%以内。',
  '以上审议意见，请县人民政府认真研究处理，并于2007年4月底前将办理情况书面报告县人大常委会。',
];

function page(): string {
  return `${savedPageHead('浔垦县人大常委会关于2006年国民经济和社会发展计划执行情况的审议意见－浔垦县人大网', '/css/rd.css')}
</head>
<body>
<div class="top"><img src="/images/rd_banner.gif" alt="浔垦县人大常委会" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">人大要闻</a> | <a href="#">常委会公报</a> | <a href="#">审议意见</a> | <a href="#">代表工作</a> | <a href="#">法律法规</a></div>
<div class="crumb">您的位置：<a href="#">首页</a> &gt; <a href="#">常委会公报</a> &gt; <a href="#">审议意见</a></div>
<div class="article">
<h1>浔垦县人大常委会关于2006年国民经济和社会发展计划执行情况的审议意见</h1>
<div class="info">发布单位：浔垦县人大常委会办公室　　发布日期：2007-01-19　　阅读：412次</div>
<div class="content">
${savedPageParas(xunkenParas)}
<p align="right">浔垦县人大常委会</p>
<p align="right">2007年1月15日</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">浔垦县人大常委会办公室主办<br />黑ICP备00000000号</div>
</body></html>
`;
}

export function xunkenMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 6',
    date: 'Tue, 23 Jan 2007 09:14:27 +0800',
    boundary: '----=_NextPart_000_0000_01C73ED1.4F8A2C60',
    mimeOle: 'V6.00.2900.2180',
    url: 'http://www.xunkenrd.example/cwhgb/sjyj/200701/t20070119_58.htm',
    html: page(),
    css: { url: 'http://www.xunkenrd.example/css/rd.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.xunkenrd.example/images/rd_banner.gif',
  });
}
