// The one-hundred-and-seventy-sixth held-out batch's web archive: a Heilongjiang-style county government's news of its
// 2025年三季度经济运行分析会 (楂岷县 under 珲岗市) saved from the county portal by Internet Explorer as .mht (GB2312,
// quoted-printable, via mht.ts's savedPageMht): the portal's menu and breadcrumb, a 发布时间/来源/浏览次数 line, the
// 统计局's figures for 前三季度 with ranks among 全市10个县（市、区）, 比上半年前移1位, 完成年度预算的A%，超序时进度B个百分点, 招商引资…完成年度目标的A%,
// a key-project programme, the head's 四季度 tasks with the year's goals (确保全年…), 四季度 figures and two projects
// named without amounts; 【打印】【关闭】 and a footer. Invented place and figures; the answers are
// tests/accuracy/zhamin-2025-q3-news.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const zhamin = { name: 'zhamin-2025-q3-news' };

const paras = [
  '10月20日，楂岷县召开2025年三季度经济运行分析会，通报前三季度全县经济运行情况，分析研判当前形势，安排部署四季度重点工作。县委副书记、县长韩立新出席会议并讲话，副县长赵明哲主持会议。',
  '会上，县统计局通报了前三季度全县主要经济指标完成情况。前三季度，全县实现地区生产总值96.35亿元，同比增长5.2%，增速居全市10个县（市、区）第4位，比上半年前移1位；规模以上工业增加值同比增长9.6%，增速居全市第1位；固定资产投资同比增长11.3%，居全市第3位；社会消费品零售总额27.84亿元，同比增长4.9%；一般公共预算收入4.16亿元，同比增长6.2%，完成年度预算的78.5%，超序时进度3.5个百分点；城镇居民人均可支配收入28640元，同比增长4.3%；农村居民人均可支配收入17520元，同比增长6.9%；招商引资实际到位资金18.6亿元，同比增长13.4%，完成年度目标的75.2%。',
  '县发改局、工信局、财政局等部门负责人分别汇报了前三季度工作进展和四季度工作打算。全县纳入省市重点项目库的亿元以上项目26个，已开复工24个，完成投资31.2亿元，占年度计划的82.6%。',
  '韩立新指出，前三季度全县经济运行总体平稳、稳中有进，工业和投资好于预期，但也要清醒看到，消费增长偏慢，社会消费品零售总额增速低于全年目标1.1个百分点，部分重点项目投资进度滞后。',
  '韩立新强调，四季度是决战全年目标的关键期，各乡镇、各部门要锚定全年目标不动摇，确保全年地区生产总值增长5.5%以上、规模以上工业增加值增长10%、固定资产投资增长12%、社会消费品零售总额增长6%、一般公共预算收入完成5.3亿元。一要全力冲刺项目建设，抢抓上冻前施工黄金期，推动楂岷县20万吨大豆精深加工项目11月底前竣工投产，楂岷至珲岗快速通道完成年度投资4.6亿元；四季度力争新签约亿元以上项目5个，实现招商引资到位资金6.5亿元。二要狠抓工业稳产增产，帮助重点企业解决原料和用工问题，确保四季度规上工业产值环比增长8%以上。三要激活消费市场，举办冰雪季促消费活动，发放消费券300万元。四要加强财税征管，确保一般公共预算收入全年目标如期完成。五要兜牢民生底线，做好冬季供暖和困难群众救助工作。',
  '各乡镇、县直各部门主要负责人参加会议。',
];

function page(): string {
  const body = paras.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('楂岷县召开2025年三季度经济运行分析会_楂岷要闻_楂岷县人民政府')}
</head>
<body>
<div class="top"><img src="banner.gif" alt="楂岷县人民政府" /><span>无障碍 | 长者模式 | 登录</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进楂岷</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">楂岷要闻</a></div>
<div class="article">
<h1>楂岷县召开2025年三季度经济运行分析会</h1>
<div class="info">发布时间：2025-10-21 16:35　　来源：楂岷县融媒体中心　　浏览次数：937　　【字号：大 中 小】</div>
<div class="content">
${body}
</div>
<div class="editor">责任编辑：孙晓梅</div>
<div class="share">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="footer">主办单位：楂岷县人民政府办公室　承办：楂岷县融媒体中心<br />网站标识码：2307000000　黑ICP备00000000号　黑公网安备23070000000000号</div>
</body></html>
`;
}

export function zhaminMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Wed, 22 Oct 2025 09:18:42 +0800',
    boundary: '----=_NextPart_000_0000_01DC4316.3A7F2B10',
    mimeOle: 'V6.1.7601.24535',
    url: 'http://www.zhamin.example/xwzx/zmyw/202510/t20251021_4417.html',
    html: page(),
    css: { url: 'http://www.zhamin.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.zhamin.example/banner.gif',
  });
}
