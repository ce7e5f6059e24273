// The forty-fourth held-out batch's web archive: a Shaanxi county statistics bureau's 2010 1—5月 统计简报 (石砚县
// under 秦州市) saved from the county portal by Internet Explorer 8 as .mht (GB2312, quoted-printable, via mht.ts):
// a 简报 masthead (第5期（总第62期）, the bureau and the date on one line), 5月当月 beside the 1—5月 figures, 较1—4月
// 加快/回落, ranks in the city, and a small table whose last column is the change against 1—4月 in points (±), then
// the 报/送 distribution lines. Invented place and figures; the answers are
// tests/accuracy/shiyan-2010-m5-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const shiyan = { name: 'shiyan-2010-m5-analysis' };

const paras = [
  '今年以来，全县上下认真落实县委、县政府确定的“项目带动、工业强县”发展思路，积极应对国际金融危机的后续影响，经济运行延续了去年下半年以来的回升态势，主要指标增速较1—4月有所加快。',
  '<strong>一、工业生产加快增长</strong>',
  '1—5月，全县规模以上工业完成总产值38.62亿元，同比增长24.7%，增速较1—4月加快2.3个百分点；实现增加值12.15亿元，增长19.8%，增速居秦州市10个县区第3位。其中，5月当月完成增加值2.86亿元，增长23.4%。全县规模以上工业产品销售率96.8%，比上年同期提高1.5个百分点。主导产业中，能源化工业完成产值21.37亿元，增长31.2%，占规模以上工业总产值的55.3%；果品加工业完成产值5.84亿元，增长12.6%。',
  '<strong>二、固定资产投资保持高位运行</strong>',
  '1—5月，全县完成全社会固定资产投资26.48亿元，同比增长38.5%，增速较1—4月回落4.1个百分点，居全市第2位，完成年计划的37.8%。其中，城镇固定资产投资22.91亿元，增长41.3%；农村固定资产投资3.57亿元，增长22.6%。县级重点项目完成投资14.26亿元，石砚电厂二期扩建工程、县城北塬新区道路管网工程等项目进展较快。',
  '<strong>三、消费市场活跃</strong>',
  '1—5月，全县实现社会消费品零售总额9.63亿元，同比增长18.9%，增速较1—4月加快0.6个百分点，居全市第4位。其中，5月当月零售额2.04亿元，增长19.5%。',
  '<strong>四、财政收入大幅增长</strong>',
  '1—5月，全县完成财政总收入5.28亿元，同比增长36.4%，完成年度预算的48.5%；其中地方财政收入2.16亿元，增长29.7%，完成年度预算的45.1%，超时间进度3.4个百分点。',
  '<strong>五、金融运行平稳</strong>',
  '5月末，全县金融机构人民币各项存款余额86.34亿元，比年初增加9.72亿元，增长12.7%；各项贷款余额41.27亿元，比年初增加5.18亿元，增长14.4%。',
  '<strong>六、需要关注的问题</strong>',
  '一是工业增长过度依赖能源化工，果品加工等非能产业增长偏慢；二是投资增速逐月回落，新开工项目储备不足，1—5月新开工项目仅23个，比上年同期减少6个；三是物价上涨压力加大，5月份居民消费价格同比上涨3.2%。',
];

const table = [
  ['指　标', '单位', '1—5月', '同比增长（%）', '增速较1—4月（±百分点）'],
  ['规模以上工业总产值', '亿元', '38.62', '24.7', '2.3'],
  ['规模以上工业增加值', '亿元', '12.15', '19.8', '1.7'],
  ['全社会固定资产投资', '亿元', '26.48', '38.5', '-4.1'],
  ['社会消费品零售总额', '亿元', '9.63', '18.9', '0.6'],
  ['财政总收入', '亿元', '5.28', '36.4', '-2.8'],
  ['　其中：地方财政收入', '亿元', '2.16', '29.7', '-1.2'],
];

function page(): string {
  const body = savedPageParas(paras);
  const rows = savedPageRows(table, '<td align="right">');
  return `${savedPageHead('石砚县2010年1—5月经济运行简报_统计数据_石砚县人民政府网', '/css/style.css')}
</head>
<body>
<div class="top"><img src="/images/logo.gif" alt="石砚县人民政府网" /><span>2010年6月21日 星期一</span></div>
<div class="nav"><a href="#">网站首页</a> | <a href="#">政务公开</a> | <a href="#">统计数据</a> | <a href="#">招商引资</a> | <a href="#">魅力石砚</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">统计数据</a></div>
<div class="article">
<h1>石砚县2010年1—5月经济运行简报</h1>
<div class="info">文章来源：县统计局　　发布时间：2010-6-21 9:46:12　　浏览次数：487</div>
<div class="content">
<p align="center"><b>统 计 简 报</b></p>
<p align="center">第5期（总第62期）</p>
<p>石砚县统计局　　　　　　　　　　　　　　　　2010年6月18日</p>
<hr />
${body}
<p align="center"><b>石砚县2010年1—5月主要经济指标</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="96%">
${rows}
</table>
<p>注：全社会固定资产投资为500万元以上项目口径。</p>
<hr />
<p>报：县委、县人大、县政府、县政协领导，市统计局</p>
<p>送：县级各部门，各乡镇人民政府　　　　　　　　　　　　　（共印40份）</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">石砚县人民政府主办　石砚县信息中心承办<br />陕ICP备00000000号</div>
</body></html>
`;
}

export function shiyanMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Tue, 22 Jun 2010 16:07:33 +0800',
    boundary: '----=_NextPart_000_0000_01CB1226.4E9A3F10',
    mimeOle: 'V6.1.7600.16385',
    url: 'http://www.shiyan.example/tjsj/201006/t20100621_1187.html',
    html: page(),
    css: { url: 'http://www.shiyan.example/css/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.shiyan.example/images/logo.gif',
  });
}
