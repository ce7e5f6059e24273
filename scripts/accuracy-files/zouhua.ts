// Held-out-433 (session 48): a Jilin-style county statistics bureau's 2013年1—2月经济运行情况 (邹桦县 under 白峪市,
// invented) saved from the county portal by Internet Explorer 8 as .mht (GB2312, quoted-printable, via mht.ts): 开门红
// prose by section, growths against the year before's 1—2月 (提高/回落 points), ranks in the 市, the budget's share against
// the time schedule, problems, and a 注 on the statistical scopes. Invented place and figures; the answers are
// tests/accuracy/zouhua-2013-m2-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const zouhua = { name: 'zouhua-2013-m2-analysis' };

export const paras = [
  '今年以来，全县上下认真贯彻落实县委十四届三次全会和县“两会”精神，紧紧围绕实现“开门红”的目标，克服春节假期和持续低温天气等不利因素影响，抓项目、稳工业、促消费，主要经济指标保持较快增长，全县经济实现良好开局。',
  '<strong>一、工业生产开局平稳</strong>',
  '1—2月，全县规模以上工业企业完成工业总产值38.64亿元，同比增长18.6%，增速比去年同期回落3.2个百分点；实现工业增加值10.52亿元，同比增长17.4%，增速在全市5个县（市、区）中居第2位。分行业看，农产品加工业产值16.27亿元，增长21.3%；医药工业产值7.85亿元，增长15.8%。全县规模以上工业企业实现主营业务收入36.92亿元，增长17.9%；实现利润总额2.16亿元，增长10.3%。受春节因素影响，全县有14户企业停产或半停产。',
  '<strong>二、固定资产投资增势强劲</strong>',
  '1—2月，全县完成固定资产投资（不含农户）4.86亿元，同比增长36.2%，增速比去年同期提高5.4个百分点，居全市第1位。其中，房地产开发投资1.74亿元，增长28.5%。全县在建500万元以上项目26个，比去年同期增加7个，其中亿元以上项目9个。',
  '<strong>三、消费市场活跃</strong>',
  '受春节消费拉动，1—2月，全县实现社会消费品零售总额9.37亿元，同比增长15.2%，增速比去年同期回落1.8个百分点，居全市第3位。其中，限额以上企业消费品零售额2.64亿元，增长19.6%。',
  '<strong>四、财政收入较快增长</strong>',
  '1—2月，全县完成全口径财政收入3.26亿元，同比增长21.4%。其中，地方级财政收入2.05亿元，增长24.7%，居全市第2位，完成年度预算12.6亿元的16.3%，低于时序进度0.4个百分点。公共财政预算支出4.83亿元，增长12.1%。',
  '<strong>五、金融存贷款稳步增加</strong>',
  '2月末，全县金融机构人民币各项存款余额86.42亿元，比年初增加5.37亿元，同比增长16.8%；各项贷款余额52.18亿元，比年初增加3.26亿元，同比增长19.5%。',
  '<strong>六、外经外贸和用电量</strong>',
  '1—2月，全县外贸进出口总额1286万美元，同比增长9.4%；实际利用外资635万美元，增长11.2%。全社会用电量1.36亿千瓦时，增长8.7%；其中工业用电量0.82亿千瓦时，增长10.5%。',
  '<strong>七、春耕备耕准备充分</strong>',
  '截至2月末，全县落实春播面积152.6万亩，其中玉米118.4万亩；已备足种子1.26万吨、化肥8.35万吨。全县生猪存栏42.6万头，同比增长3.8%；牛存栏18.2万头，增长5.1%。',
  '<strong>八、需要关注的问题</strong>',
  '一是工业增长后劲不足。新投产项目少，部分企业受春节假期和原料供应影响开工不足。二是项目开复工率偏低。受气候影响，续建项目复工较晚，新开工项目尚处于前期准备阶段。三是财政收入进度偏慢，完成预算进度低于时序进度。',
  '注：1．规模以上工业统计口径为年主营业务收入2000万元及以上的工业企业。2．固定资产投资统计口径为计划总投资500万元及以上的项目，不含农户投资。3．全口径财政收入、地方级财政收入由县财政局提供。4．本期数据为快报数，增速按可比口径计算。',
];

function page(): string {
  return `${savedPageHead('2013年1—2月邹桦县经济运行情况_统计信息_邹桦县人民政府', '/css/main.css')}
</head>
<body>
<div class="top"><img src="/images/logo.gif" alt="邹桦县人民政府" /><span>设为首页 | 加入收藏</span></div>
<div class="nav"><a href="#">首页</a> | <a href="#">走进邹桦</a> | <a href="#">政务公开</a> | <a href="#">统计信息</a> | <a href="#">招商引资</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">统计信息</a> &gt; <a href="#">统计分析</a></div>
<div class="article">
<h1>2013年1—2月邹桦县经济运行情况</h1>
<div class="info">信息来源：县统计局　　发布时间：2013-03-15 09:26　　浏览次数：218</div>
<div class="content">
${savedPageParas(paras)}
<p align="right">邹桦县统计局</p>
<p align="right">2013年3月14日</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="#">2012年邹桦县经济运行情况</a><br />下一篇：<a href="#">邹桦县2013年春耕生产准备情况</a></div>
</div>
<div class="footer">主办：邹桦县人民政府办公室　承办：邹桦县政务信息中心<br />吉ICP备00000000号</div>
</body></html>
`;
}

export function zouhuaMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Mon, 18 Mar 2013 10:12:45 +0800',
    boundary: '----=_NextPart_000_0000_01CE23B7.5A1C3D20',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.zouhua.example/tjxx/tjfx/201303/t20130315_1187.html',
    html: page(),
    css: { url: 'http://www.zouhua.example/css/main.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.zouhua.example/images/logo.gif',
  });
}
