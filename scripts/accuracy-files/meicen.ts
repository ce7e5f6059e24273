// The two-hundred-and-first held-out batch's web archive (session 35): a Sichuan-style county 统计局's 2020年一季度经济运行情况
// (嵋涔县 under 沩嵝市), the epidemic quarter, as posted on the county portal and saved by Internet Explorer as .mht (GB2312,
// quoted-printable, through mht.ts's savedPageMht): 根据沩嵝市地区生产总值统一核算结果, negative growths with 降幅比1—2月收窄
// and 降幅比全市低, 居全市7个县（市、区）第N位, 三次产业结构为a:b:c, livestock, named industries, 产品销售率, investment by
// industry, retail by place and by kind, 完成年度预算的A%, 民生支出 and its share, 3月末 balances, CPI, a closing table with a
// 全市位次 column (one rank only there) and two 注 lines (a threshold and the rank's group). Invented place and figures; its
// answers are tests/accuracy/meicen-2020-q1-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const meicen = { name: 'meicen-2020-q1-analysis' };

const paras = [
  '一季度，面对新冠肺炎疫情的严重冲击，全县上下认真落实省委、省政府和市委、市政府决策部署，统筹推进疫情防控和经济社会发展，复工复产有序推进，经济运行总体可控，3月份主要指标降幅明显收窄。',
  '根据沩嵝市地区生产总值统一核算结果，一季度全县实现地区生产总值52.38亿元，同比下降2.6%，降幅比全市低0.8个百分点，居全市7个县（市、区）第3位。其中，第一产业增加值8.91亿元，增长2.3%；第二产业增加值21.46亿元，下降4.2%；第三产业增加值22.01亿元，下降2.8%。三次产业结构为17.0:41.0:42.0。',
  '<strong>一、农业生产总体平稳</strong>',
  '小春粮食播种面积12.6万亩，增长0.8%；油菜籽播种面积18.3万亩，增长2.1%。一季度，生猪出栏14.27万头，同比下降24.6%；牛出栏0.52万头，下降1.9%；家禽出栏136.8万只，增长3.4%。',
  '<strong>二、工业生产逐步恢复</strong>',
  '一季度，全县规模以上工业增加值同比下降3.7%，降幅比1—2月收窄6.9个百分点，比全市低1.2个百分点，居全市第4位。其中，3月当月增长4.8%。分行业看，全县有11个大类行业增加值保持增长，其中农副食品加工业增长6.3%，非金属矿物制品业下降14.2%，化学原料和化学制品制造业下降5.6%。规模以上工业企业产品销售率为95.8%。',
  '<strong>三、投资降幅收窄</strong>',
  '一季度，全县全社会固定资产投资同比下降6.4%，降幅比1—2月收窄15.7个百分点，比全市低2.1个百分点，居全市第2位。分产业看，第一产业投资增长18.6%，第二产业投资下降12.3%，第三产业投资下降5.2%。其中，工业投资下降11.8%；房地产开发投资下降9.5%。全县在建项目87个，其中新开工项目12个。',
  '<strong>四、消费市场受冲击较大</strong>',
  '一季度，全县实现社会消费品零售总额19.64亿元，同比下降14.8%，降幅比1—2月收窄2.7个百分点，居全市第5位。按经营单位所在地分，城镇消费品零售额13.27亿元，下降15.6%；乡村消费品零售额6.37亿元，下降13.1%。按消费类型分，餐饮收入2.18亿元，下降38.5%；商品零售17.46亿元，下降11.3%。',
  '<strong>五、财政金融运行平稳</strong>',
  '一季度，全县一般公共预算收入2.36亿元，同比下降11.2%，完成年度预算的20.8%。其中，税收收入1.58亿元，下降13.7%。一般公共预算支出7.92亿元，增长6.4%，其中民生支出6.15亿元，占一般公共预算支出的77.7%。3月末，全县金融机构本外币各项存款余额286.53亿元，同比增长8.2%；各项贷款余额148.27亿元，同比增长10.6%。',
  '<strong>六、居民收入继续增长</strong>',
  '一季度，全县城镇居民人均可支配收入9862元，同比增长4.2%，居全市第6位；农村居民人均可支配收入5318元，增长6.3%，居全市第3位。居民消费价格同比上涨5.6%。',
];

const table = [
  ['指标', '单位', '一季度', '同比增长（%）', '全市位次'],
  ['地区生产总值', '亿元', '52.38', '-2.6', '3'],
  ['规模以上工业增加值', '—', '—', '-3.7', '4'],
  ['全社会固定资产投资', '—', '—', '-6.4', '2'],
  ['社会消费品零售总额', '亿元', '19.64', '-14.8', '5'],
  ['一般公共预算收入', '亿元', '2.36', '-11.2', '6'],
  ['城镇居民人均可支配收入', '元', '9862', '4.2', '6'],
  ['农村居民人均可支配收入', '元', '5318', '6.3', '3'],
];

function page(): string {
  const body = savedPageParas(paras);
  const rows = table
    .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join('\n');
  return `${savedPageHead('2020年一季度嵋涔县经济运行情况_统计信息_嵋涔县人民政府')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="嵋涔县人民政府" /><span>无障碍浏览 | 长者模式 | 简体 | 繁体</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进嵋涔</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">统计信息</a> &gt; <a href="#">统计分析</a></div>
<div class="article">
<h1>2020年一季度嵋涔县经济运行情况</h1>
<div class="info">发布时间：2020-04-28 16:35　　信息来源：嵋涔县统计局　　浏览次数：862　　【字号：大 中 小】</div>
<div class="content">
${body}
<p align="center"><strong>2020年一季度嵋涔县主要经济指标</strong></p>
<table border="1" cellspacing="0" cellpadding="4" align="center">
${rows}
</table>
<p>注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。</p>
<p>2.全市位次按增速排列，沩嵝市共7个县（市、区）。</p>
<p align="right">嵋涔县统计局</p>
<p align="right">2020年4月28日</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related">相关链接：<a href="#">2019年嵋涔县国民经济和社会发展统计公报</a>　<a href="#">2020年1—2月嵋涔县主要经济指标</a></div>
</div>
<div class="footer">主办：嵋涔县人民政府办公室　承办：嵋涔县大数据中心<br />蜀ICP备00000000号　川公网安备00000000000000号　网站标识码：0000000000</div>
</body></html>
`;
}

export function meicenMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Wed, 29 Apr 2020 09:12:37 +0800',
    boundary: '----=_NextPart_000_0000_01D61DFA.6C3A9B20',
    mimeOle: 'V6.1.7601.24000',
    url: 'http://www.meicen.example/zwgk/tjxx/tjfx/202004/t20200428_862.html',
    html: page(),
    css: { url: 'http://www.meicen.example/style.css', text: 'div.info {color: #888}' },
    imageUrl: 'http://www.meicen.example/logo.gif',
  });
}
