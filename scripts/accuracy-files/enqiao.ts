// Session 13 (gsheet): a district statistics bureau's three-quarter analysis (恩桥区, 2022) saved from the
// browser as a web archive (.mht): a MIME message whose html part is GB2312 in quoted-printable, beside a
// stylesheet and an image part; the page keeps the site's breadcrumb, info line with 字号, print/close
// links and footer, and ends with a table of the month (本月, 比去年同月增长(%), 1-本月, 比去年同期增长(%))
// whose sub-rows are marked # . Invented place and figures; the answers are
// tests/accuracy/enqiao-2022-q3-analysis.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const enqiao = { name: 'enqiao-2022-q3-analysis' };

const paragraphs = [
  '前三季度，全区上下统筹疫情防控和经济社会发展，多措并举稳住经济基本盘，经济运行总体平稳、逐步恢复。',
  '根据地区生产总值统一核算结果，前三季度全区实现地区生产总值1862437万元，按不变价格计算，比上年同期增长-2.6%，较上半年（-4.1%）回升1.5个百分点。其中，第一产业增加值93126万元，增长4.2%；第二产业增加值1027519万元，增长-5.3%；第三产业增加值741792万元，增长1.9%。三次产业比例为5.0:55.2:39.8。',
  '<strong>一、农业生产稳中有增</strong>',
  '前三季度，全区农林牧渔业总产值158420万元，按可比价格计算，增长4.6%，秋粮长势总体正常。',
  '<strong>二、工业生产降幅收窄</strong>',
  '前三季度，全区规模以上工业增加值同比下降6.8%，降幅比上半年收窄2.3个百分点。分门类看，采矿业增加值占比为62.4%，同比下降9.1%；制造业增加值占比为33.7%，同比下降2.6%；电力、热力、燃气及水生产和供应业同比增长7.5%。',
  '规模以上工业企业实现营业收入236518万元，同比增长3.2%。全区工业用电量38621万千瓦时，同比增长5.4%。',
  '<strong>三、固定资产投资较快增长</strong>',
  '前三季度，全区固定资产投资同比增长12.7%，增速高于全市4.3个百分点。其中，工业投资增长21.5%；基础设施投资增长8.9%；房地产开发投资下降15.2%。',
  '<strong>四、消费市场有所恢复</strong>',
  '前三季度，全区实现社会消费品零售总额412685万元，同比增长 2.4 %，比上半年加快1.1个百分点。其中，限额以上消费品零售额98342万元，增长6.8%。',
  '<strong>五、财政收支</strong>',
  '前三季度，全区一般公共预算收入完成52364万元，同比增长-11.6%，其中税收收入37218万元，下降14.3%。一般公共预算支出186427万元，增长4.8%。',
  '<strong>六、金融存贷款</strong>',
  '9月末，全区金融机构本外币各项存款余额326.38亿元，增速5.2%；本外币各项贷款余额241.75亿元，增速8.7%。',
  '<strong>七、居民收入</strong>',
  '前三季度，全区全体居民人均可支配收入26384元，同比增长4.1%；其中，城镇居民人均可支配收入31257元，增长3.6%；农村居民人均可支配收入17642元，增长5.3%。',
  '总的来看，前三季度全区经济呈现企稳回升态势，但工业和财政仍处于下降区间，稳增长压力依然较大。',
];

const tableRows = [
  ['规模以上工业增加值(%)', '—', '-3.2', '—', '-6.8'],
  ['社会消费品零售总额(万元)', '48215', '5.6', '412685', '2.4'],
  ['&nbsp;&nbsp;# 批发零售业', '43862', '4.9', '376104', '1.8'],
  ['&nbsp;&nbsp;&nbsp;&nbsp;住宿餐饮业', '4353', '12.7', '36581', '9.2'],
  ['一般公共预算收入(万元)', '5126', '-8.4', '52364', '-11.6'],
  ['全社会用电量(万千瓦时)', '9874', '6.2', '81436', '4.7'],
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  const head = ['指标', '本月', '比去年同月增长(%)', '1-本月', '比去年同期增长(%)'];
  const table = [
    '<p style="text-align:center"><strong>附表：恩桥区2022年9月主要指标</strong></p>',
    '<table border="1" cellspacing="0" cellpadding="2" width="100%">',
    `<tr>${head.map((h) => `<td align="center"><b>${h}</b></td>`).join('')}</tr>`,
    ...tableRows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    '</table>',
  ].join('\n');
  return `${savedPageHead('前三季度恩桥区经济运行情况_统计信息_恩桥区人民政府')}
</head>
<body>
<div class="top"><img src="banner.gif" alt="恩桥区人民政府" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="position">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">统计信息</a></div>
<div class="article">
<h1>前三季度恩桥区经济运行情况</h1>
<div class="info">发布时间：2022-10-28　来源：恩桥区统计局　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content">
${body}
${table}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：恩桥区人民政府办公室　承办：恩桥区大数据中心<br />联系电话：0000-1234567　网站标识码：0000000042</div>
</body></html>
`;
}

export function enqiaoMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Fri, 28 Oct 2022 16:05:12 +0800',
    boundary: '----=_NextPart_000_0000_01D8EA5C.3B2F6A10',
    mimeOle: 'V6.1.7601.24158',
    url: 'http://tjj.enqiao.example/tjxx/202210/t20221028_1042.html',
    html: page(),
    css: {
      url: 'http://tjj.enqiao.example/style.css',
      text: 'body {font-size: 14px; font-family: =CB=CE=CC=E5}',
    },
    imageUrl: 'http://tjj.enqiao.example/banner.gif',
  });
}
