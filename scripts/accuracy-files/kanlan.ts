// The thirty-third held-out batch's web archive: a news page on a district portal about its 2011 half-year
// economy (堪岚区, a Chongqing district), saved from the browser as .mht (mht.ts): top bar, nav, breadcrumbs,
// a 来源/作者/时间 line, 分享到 links, related-news titles and a footer around the article. Invented place and
// figures; the answers are tests/accuracy/kanlan-2011-h1-news.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const kanlan = { name: 'kanlan-2011-h1-news' };

const paragraphs = [
  '本网讯（记者 陈晓 通讯员 刘敏）7月22日，记者从区统计局获悉，上半年我区经济保持平稳较快增长，主要经济指标增速均高于全市平均水平，实现“双过半”。',
  '经济总量迈上新台阶。上半年，全区实现地区生产总值126.48亿元，同比增长17.6%，比全市平均水平高1.1个百分点，增速在全市38个区县中排第9位，比一季度前移3位。其中，第一产业增加值5.24亿元，增长5.2%；第二产业增加值78.36亿元，增长21.4%；第三产业增加值42.88亿元，增长12.9%。',
  '工业经济高位运行。全区规模以上工业企业完成总产值312.6亿元，增长28.7%；实现增加值71.45亿元，增长23.2%，增幅居全市第6位。汽车摩托车、装备制造两大支柱产业分别完成产值118.4亿元、64.7亿元，分别增长31.5%和26.2%。',
  '投资需求持续旺盛。全区完成全社会固定资产投资98.72亿元，增长34.6%，完成年度目标任务的52.3%，其中工业投资41.36亿元，增长42.1%。房地产开发投资21.85亿元，增长29.4%。',
  '消费市场繁荣活跃。实现社会消费品零售总额38.14亿元，增长19.2%，增幅比一季度提高0.7个百分点。',
  '财政收入快速增长。全区完成财政总收入22.36亿元，增长41.8%；其中，地方财政收入14.62亿元，增长45.3%，完成年度预算的61.4%。',
  '城乡居民收入稳步提高。城镇居民人均可支配收入9846元，增长14.2%；农民人均现金收入4235元，增长18.6%，增幅高于城镇居民4.4个百分点。',
  '据了解，上半年全区48个重点项目完成投资36.5亿元，堪岚工业园区二期基础设施、滨江路南延伸段、区人民医院新院等项目加快推进。',
  '区统计局负责人表示，下半年将密切跟踪经济运行态势，确保完成全年地区生产总值增长16%的目标。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('上半年我区经济实现“双过半” 地区生产总值增长17.6%_堪岚新闻网')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="堪岚新闻网" /><span>2011年7月23日 星期六</span><span><a href="#">设为首页</a> | <a href="#">加入收藏</a></span></div>
<div class="nav"><a href="#">首页</a> <a href="#">堪岚要闻</a> <a href="#">部门动态</a> <a href="#">镇街风采</a> <a href="#">民生热线</a> <a href="#">图片新闻</a></div>
<div class="crumb">您当前的位置：<a href="#">堪岚新闻网</a> &gt; <a href="#">堪岚要闻</a> &gt; 正文</div>
<div class="article">
<h1>上半年我区经济实现“双过半” 地区生产总值增长17.6%</h1>
<div class="info">来源：堪岚日报　　作者：陈晓 刘敏　　发布时间：2011-07-23 08:46　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
${body}
</div>
<div class="editor">（责任编辑：王丽）</div>
<div class="share">分享到：<a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">开心网</a> <a href="#">人人网</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="#">一季度我区地区生产总值增长16.1%</a>（2011-04-21）</li>
<li><a href="#">我区召开上半年经济形势分析会</a>（2011-07-15）</li>
<li><a href="#">区四届人大常委会第十九次会议召开</a>（2011-07-20）</li>
</ul></div>
</div>
<div class="footer">主办：中共堪岚区委宣传部　承办：堪岚新闻网<br />版权所有 未经授权禁止复制或建立镜像　渝ICP备00000000号</div>
</body></html>
`;
}

export function kanlanMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Mon, 25 Jul 2011 09:12:37 +0800',
    boundary: '----=_NextPart_000_0000_01CC4A9E.6F2B1D40',
    mimeOle: 'V6.1.7600.16385',
    url: 'http://www.kanlan.example/news/kly/201107/t20110723_20486.html',
    html: page(),
    css: { url: 'http://www.kanlan.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.kanlan.example/logo.gif',
  });
}
