// The two-hundred-and-third held-out batch's web archive (session 35): a Henan-style county government's news on its
// 2024年上半年经济运行调度会 (湍岏县 under 宛岭市), saved from the county portal as .mht by mht.ts's savedPageMht: the
// portal's banner, menu and crumb (新闻中心 > 湍岏要闻), the title, 发布时间/来源/作者/浏览次数 and 字号, 分享到, the
// 责任编辑 line, 打印/关闭, 相关新闻 and a footer with 网站标识码, 豫ICP备 and 豫公网安备 around the article; the
// statistics bureau's figures (居宛岭市9个县（市、区）第4位，较一季度前移2位, 低于年度目标, 完成年度预算的54.7%, 税收占比,
// ranks with 居全市第N位), the key projects' figures and two projects, the head's verdict, and the second half's goals
// with 确保…以上, 力争…、…、… (three growths in one 力争), 确保…达到12.5亿元, the 同步 income goal, named projects and
// counts. Invented place, people and figures; the answers are tests/accuracy/tuanwan-2024-h1-news.answers.json.

import { savedPageMht } from './mht.js';

export const tuanwan = { name: 'tuanwan-2024-h1-news' };

const TITLE = '湍岏县召开2024年上半年经济运行调度会';

const paragraphs = [
  '7月22日下午，我县召开2024年上半年经济运行调度会，通报上半年全县主要经济指标完成情况，分析研判当前经济形势，安排部署下半年经济工作。县委副书记、县长韩维东出席会议并讲话，县委常委、常务副县长苗立新主持会议。',
  '会上，县统计局通报了上半年全县经济运行情况。上半年，全县实现地区生产总值152.68亿元，同比增长5.9%，高于全市0.3个百分点，居宛岭市9个县（市、区）第4位，较一季度前移2位。其中，第一产业增加值18.24亿元，增长3.6%；第二产业增加值58.71亿元，增长7.2%；第三产业增加值75.73亿元，增长5.5%。',
  '规模以上工业增加值增长9.2%，居全市第2位；固定资产投资增长7.6%，低于年度目标2.4个百分点，居全市第5位，较一季度后移1位；社会消费品零售总额51.37亿元，增长5.4%，居全市第6位；一般公共预算收入6.84亿元，增长6.7%，完成年度预算的54.7%，其中税收收入4.75亿元，税收占比69.4%；城镇居民人均可支配收入18426元，增长4.8%；农村居民人均可支配收入9873元，增长6.9%，居全市第3位。',
  '全县纳入省市重点项目38个，上半年完成投资41.6亿元，占年度计划的56.2%。其中，总投资18.5亿元的湍岏县年产10万吨再生铝项目累计完成投资9.2亿元，一期主体工程完工；湍岏县高铁片区综合开发项目完成投资3.4亿元。',
  '县发改委、工信局、商务局、财政局、税务局等单位主要负责人分别汇报了上半年工作开展情况和下半年工作打算，各乡镇（街道）作了书面汇报。',
  '韩维东指出，上半年全县经济运行总体平稳、稳中向好，“双过半”目标基本实现，但也要清醒看到，固定资产投资增速低于年度目标，消费恢复不及预期，部分指标位次仍然靠后，完成全年目标任务压力较大。',
  '韩维东强调，下半年要紧盯全年目标不放松，确保全年地区生产总值增长7%以上，力争规模以上工业增加值增长10%、固定资产投资增长10%、社会消费品零售总额增长7%，确保一般公共预算收入达到12.5亿元，城乡居民人均可支配收入增长与经济增长同步。',
  '要扭住项目建设不放松，加快推进湍岏县年产10万吨再生铝项目、宛岭至湍岏快速通道等重点项目建设，确保湍岏县智能装备产业园（一期）9月底前建成投产，力争下半年新开工亿元以上项目15个、完成重点项目投资32亿元以上。要强化招商引资，力争全年新签约亿元以上项目30个以上。要全力稳工业、促消费，精准做好企业包联服务，推动规上工业企业新增入统10家以上。',
  '会议还就安全生产、防汛救灾等工作进行了安排部署。各乡镇（街道）、县直有关单位主要负责人参加会议。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em;line-height:2">${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${TITLE}_湍岏县人民政府</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body>
<div id="header"><img src="/images/logo.gif" alt="湍岏县人民政府"><span>2024年7月23日 星期二</span></div>
<ul id="menu"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjtw/">走进湍岏</a></li></ul>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/twyw/">湍岏要闻</a></div>
<div class="detail">
<h1>${TITLE}</h1>
<div class="source">发布时间：2024-07-23 16:05　来源：县政府办公室　作者：李婧　浏览次数：2146　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="article">
${body}
</div>
<div class="editor">责任编辑：王蕾　审核：张帆</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="#">湍岏县召开2024年一季度经济运行分析会</a> 2024-04-19</li>
<li><a href="#">我县举行2024年第二期重点项目观摩活动</a> 2024-06-28</li>
<li><a href="#">县政府召开第18次常务会议</a> 2024-07-12</li>
</ul></div>
</div>
<div id="footer">主办：湍岏县人民政府办公室　承办：湍岏县政务服务和大数据管理局<br>
网站标识码：4113000000　豫ICP备00000000号-2　<img src="/images/gongan.gif" alt="">豫公网安备 41130002000000号</div>
</body></html>
`;
}

export function tuanwanMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Tue, 23 Jul 2024 18:27:51 +0800',
    boundary: '----=_NextPart_000_0000_01DADD2E.7A1B4C60',
    mimeOle: 'V6.1.7601.24168',
    url: 'http://www.tuanwan.example/xwzx/twyw/202407/t20240723_52816.html',
    html: page(),
    css: {
      url: 'http://www.tuanwan.example/css/style.css',
      text: 'div.source {color: #888; font-size: 12px; text-align: center}',
    },
    imageUrl: 'http://www.tuanwan.example/images/logo.gif',
  });
}
