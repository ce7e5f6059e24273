// Held-out-457 (session 49): a Guizhou-style county 统计局's 霓岑县2004年1—9月主要经济指标 (霓岑县, invented) as a page of the
// county's statistics site saved by Internet Explorer 6 as .mht (GB2312, quoted-printable, via mht.ts): furniture, the
// title, an info line, a table 指标 | 单位 | 1—9月 | 同比增长% | 全年计划 | 完成计划% in 万元 with 其中 rows and `—` cells,
// a three-line 注 and the bureau's signature. Invented place and figures; the answers are
// tests/accuracy/nicen-2004-q3-indicators.answers.json.

import { savedPageHead, savedPageMht, savedPageRows } from './mht.js';

export const nicen = { name: 'nicen-2004-q3-indicators' };

export const nicenRows: readonly (readonly string[])[] = [
  ['指标', '单位', '1—9月', '同比增长%', '全年计划', '完成计划%'],
  ['国内生产总值', '万元', '186450', '11.8', '258000', '72.3'],
  ['　第一产业增加值', '万元', '58320', '5.6', '—', '—'],
  ['　第二产业增加值', '万元', '62480', '17.9', '—', '—'],
  ['　第三产业增加值', '万元', '65650', '11.2', '—', '—'],
  ['农业总产值', '万元', '96840', '6.2', '—', '—'],
  ['烤烟收购量', '万担', '12.65', '8.4', '13', '97.3'],
  ['规模以上工业总产值', '万元', '118540', '26.2', '160000', '74.1'],
  ['规模以上工业增加值', '万元', '41870', '24.8', '56000', '74.8'],
  ['原煤产量', '万吨', '186.4', '18.5', '240', '77.7'],
  ['发电量', '万千瓦时', '68520', '12.6', '90000', '76.1'],
  ['全社会用电量', '万千瓦时', '42680', '14.5', '—', '—'],
  ['全社会固定资产投资', '万元', '98650', '32.4', '125000', '78.9'],
  ['　其中：城镇固定资产投资', '万元', '76420', '35.8', '—', '—'],
  ['　　　　房地产开发投资', '万元', '8260', '41.5', '—', '—'],
  ['社会消费品零售总额', '万元', '52680', '12.4', '72000', '73.2'],
  ['财政总收入', '万元', '26840', '24.6', '34500', '77.8'],
  ['　其中：地方财政收入', '万元', '13250', '21.8', '17000', '77.9'],
  ['　　　　税收收入', '万元', '20860', '26.3', '—', '—'],
  ['财政支出', '万元', '38620', '18.4', '—', '—'],
  ['招商引资实际到位资金', '万元', '46500', '38.6', '60000', '77.5'],
  ['外贸出口总额', '万美元', '386', '15.2', '500', '77.2'],
  ['接待游客人次', '万人次', '28.6', '21.4', '35', '81.7'],
  ['旅游总收入', '万元', '9860', '25.3', '12000', '82.2'],
  ['邮电业务总量', '万元', '6850', '16.4', '—', '—'],
  ['金融机构各项存款余额', '万元', '245860', '14.8', '—', '—'],
  ['　其中：城乡居民储蓄存款余额', '万元', '186520', '16.2', '—', '—'],
  ['金融机构各项贷款余额', '万元', '168420', '9.6', '—', '—'],
  ['农民人均现金收入', '元', '1386', '9.8', '—', '—'],
  ['城镇居民人均可支配收入', '元', '5426', '10.6', '—', '—'],
  ['城镇新增就业', '人', '1260', '—', '1500', '84.0'],
];

export const nicenNotes = [
  '注：1. 规模以上工业指全部国有及年产品销售收入500万元以上的非国有工业企业。',
  '2. 城镇固定资产投资统计起点为计划总投资50万元。',
  '3. 本表数据为快报数，最终以年报数据为准。',
];

function page(): string {
  return `${savedPageHead('霓岑县2004年1—9月主要经济指标_霓岑县统计信息网', '/css/tjj.css')}
</head>
<body>
<div class="top"><img src="/images/logo.gif" alt="霓岑县统计信息网" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">统计信息</a> | <a href="#">统计数据</a> | <a href="#">统计分析</a> | <a href="#">政策法规</a> | <a href="#">联系我们</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">统计数据</a> &gt; 月度数据</div>
<div class="article">
<h1>霓岑县2004年1—9月主要经济指标</h1>
<div class="info">作者：综合股　　来源：霓岑县统计局　　更新时间：2004-10-15　　浏览次数：132</div>
<div class="content">
<table width="96%" border="1" cellspacing="0" cellpadding="2" align="center">
${savedPageRows(nicenRows, '<td align="center">')}
</table>
${nicenNotes.map((n) => `<p>${n}</p>`).join('\n')}
<p align="right">霓岑县统计局</p>
<p align="right">二○○四年十月十四日</p>
</div>
<div class="share">【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="#">霓岑县2004年1—8月主要经济指标</a><br />下一篇：<a href="#">霓岑县2004年前三季度烤烟收购情况</a></div>
</div>
<div class="footer">主办：霓岑县统计局　　地址：霓岑县城关镇人民路18号<br />黔ICP备05001234号</div>
</body></html>
`;
}

export function nicenMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 6',
    date: 'Mon, 18 Oct 2004 10:12:46 +0800',
    boundary: '----=_NextPart_000_0000_01C4B4F1.6C2D8A40',
    mimeOle: 'V6.00.2900.2180',
    url: 'http://www.nicentj.example/tjsj/2004/1015_088.htm',
    html: page(),
    css: { url: 'http://www.nicentj.example/css/tjj.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.nicentj.example/images/logo.gif',
  });
}
