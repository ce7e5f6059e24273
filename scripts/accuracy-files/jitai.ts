// Held-out-491 (session 51): a Xinjiang-style county 发改委's 2009年前三季度国民经济和社会发展计划执行情况 (吉台县, invented)
// saved from the county government's site by Internet Explorer 7 as .mht (GB2312, quoted-printable, via mht.ts): a lead
// figure after a colon (地区生产总值：1—9月完成…), a year's plan in brackets (完成年计划（26.5亿元）的70.3%), ranks written
// 位居全地区第N位 and 列全地区第N位, growths written 增速为/增长率达/增幅, 棉花 in 万担 and herds in 万头（只）, a 援疆 programme
// with projects written 年度计划投资/计划投资/累计完成投资, and 第四季度 goals with 确保…以上/力争/控制在…以内. Invented place
// and figures; the answers are tests/accuracy/jitai-2009-m1-9-plan.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const jitai = { name: 'jitai-2009-m1-9-plan' };

export const jitaiParas = [
  '今年前三季度，面对国际金融危机的不利影响，在县委、县人民政府的正确领导下，全县各族干部群众认真落实中央、自治区和地区扩大内需、保持经济平稳较快增长的各项政策措施，抢抓对口援疆的有利机遇，国民经济保持了平稳较快的发展势头。现将前三季度计划执行情况报告如下：',
  '<strong>一、主要经济指标完成情况</strong>',
  '（一）地区生产总值：1—9月完成18.62亿元，同比增长11.4%，增幅位居全地区第3位，完成年计划（26.5亿元）的70.3%。其中，第一产业增加值7.35亿元，增长6.2%；第二产业增加值5.48亿元，增长16.8%；第三产业增加值5.79亿元，增长12.9%。',
  '（二）工业生产：全县规模以上工业完成总产值9.86亿元，增速为18.5%；实现工业增加值3.12亿元，增长17.6%，列全地区第2位。',
  '（三）固定资产投资：全社会固定资产投资完成14.3亿元，增长率达41.2%，完成年度计划（18亿元）的79.4%，高出时序进度4.4个百分点。',
  '（四）财政收入：地方财政一般预算收入完成1.26亿元，增长15.8%，占年度预算（1.65亿元）的76.4%；一般预算支出4.87亿元，增长28.3%。',
  '（五）市场消费：社会消费品零售总额完成3.42亿元，增长18.1%，居全地区第5位。',
  '（六）金融：9月末，全县金融机构各项存款余额24.6亿元，比年初增加3.8亿元；各项贷款余额15.2亿元，比年初增加2.1亿元。',
  '（七）招商引资：1—9月全县招商引资到位资金4.86亿元，增长32.5%，完成年度目标任务（6亿元）的81%。',
  '（八）城乡居民收入：城镇居民人均可支配收入9860元，增长9.6%。',
  '<strong>二、农牧业生产情况</strong>',
  '今年全县棉花种植面积42.6万亩，预计籽棉总产136万担，比上年增加8万担，增幅6.3%。粮食播种面积18.3万亩，预计粮食总产量9.8万吨。9月末，全县牲畜存栏68.5万头（只），增长4.6%；出栏31.2万头（只），增长7.8%；肉类总产量1.26万吨，增长6.9%。特色林果业加快发展，全县林果面积达到12.4万亩，其中红枣8.6万亩、核桃2.1万亩；新建设施农业温室大棚320座。据抽样调查，农民人均现金收入3860元，同比增长10.2%。',
  '<strong>三、援疆和重点项目建设情况</strong>',
  '今年全县共安排援疆项目14个，年度计划投资1.36亿元，1—9月完成投资1.02亿元，占年度计划的75%。其中：援疆安居富民房建设项目，年度计划投资4600万元，累计完成投资3800万元，已建成住房1150套；吉台县人民医院综合楼项目，计划投资2800万元，累计完成投资1960万元，主体工程已封顶；吉台县城集中供热管网改造工程，计划投资3200万元，年度计划投资1800万元，累计完成投资2450万元。县城至乌尔塘乡公路改建工程已完成路基工程。全县援疆项目中新开工项目9个，续建项目5个，援疆资金到位1.12亿元，到位率82.4%。',
  '<strong>四、社会事业和民生工作</strong>',
  '民生工程扎实推进。前三季度，全县城镇新增就业1860人，完成年度目标任务（2200人）的84.5%；城镇登记失业率为3.1%。新型农村合作医疗参合率达到98.6%。完成农村安居工程建设2100户，解决了农村1.8万人的饮水安全问题。',
  '<strong>五、存在的主要问题</strong>',
  '一是工业结构单一，对棉花加工依赖较大，棉价低位运行影响企业效益。二是部分援疆项目前期工作滞后，配套资金到位较慢。三是农民增收难度加大，地区生产总值完成年计划的进度低于时序进度。',
  '<strong>六、第四季度工作重点</strong>',
  '第四季度，我们将紧紧围绕年初确定的目标任务，狠抓工业生产、项目建设和棉花收购，确保全年地区生产总值增长11%以上，力争达到12%；确保全社会固定资产投资完成年度计划；地方财政一般预算收入完成年度预算；农民人均纯收入增长8%以上；居民消费价格总指数控制在4%以内，城镇登记失业率控制在3.5%以内。',
];

function page(): string {
  return `${savedPageHead('吉台县2009年前三季度国民经济和社会发展计划执行情况－吉台县人民政府网', '/css/main.css')}
</head>
<body>
<div class="top"><img src="/images/banner.jpg" alt="吉台县人民政府网" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">部门动态</a> | <a href="#">经济发展</a> | <a href="#">援疆专栏</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">部门动态</a> &gt; <a href="#">发展和改革委员会</a></div>
<h1 align="center">吉台县2009年前三季度国民经济和社会发展计划执行情况</h1>
<div class="info" align="center">来源：县发展和改革委员会　　日期：2009-10-16　　浏览：86次</div>
<div class="content">
${savedPageParas(jitaiParas)}
<p align="right">吉台县发展和改革委员会<br />二○○九年十月十五日</p>
</div>
<div class="footer" align="center">主办：吉台县人民政府办公室　　技术支持：吉台县信息中心<br />新ICP备05000000号</div>
</body></html>
`;
}

export function jitaiMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 7',
    date: 'Mon, 19 Oct 2009 11:42:07 +0800',
    boundary: '----=_NextPart_000_0000_01CA50B1.6C2D4E10',
    mimeOle: 'V6.00.2900.5512',
    url: 'http://www.jitai.example/bmdt/fgw/200910/t20091016_312.htm',
    html: page(),
    css: {
      url: 'http://www.jitai.example/css/main.css',
      text: 'div.nav {background:#1d5c9c} div.content p {text-indent:2em}',
    },
    imageUrl: 'http://www.jitai.example/images/banner.jpg',
  });
}
