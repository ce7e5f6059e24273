// The three-hundred-and-fourteenth held-out batch's web archive: a Henan-style county 发展和改革委员会's 2021年前三季度
// 国民经济和社会发展计划执行情况 after the July 2021 floods (渥川县), saved from the county portal by Internet Explorer as
// .mht (GB2312, quoted-printable, via mht.ts's savedPageMht): the portal's menu and breadcrumb, a 发布时间/来源/浏览次数 line,
// a 年度目标 | 前三季度完成 | 同比增长% | 全市位次 | 较上半年±位 table with a 注, prose on the 7—8月 falls of 农业 and 工业 and the
// recovery (7月当月/8月当月/9月当月), gaps to the year's goals and to the time schedule, 完成年度预算的A%, the 灾后恢复重建
// programme and four projects with 总投资, 累计 or 年度计划投资 amounts and statuses, problems, and the fourth quarter's goals
// with 确保/力争…左右/以上; 【打印】【关闭】 and a footer. Invented place and figures; the answers are
// tests/accuracy/wochuan-2021-q3-plan.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const wochuan = { name: 'wochuan-2021-q3-plan' };

const rows = [
  ['指标名称', '单位', '年度目标', '前三季度完成', '同比增长%', '全市位次', '较上半年±位'],
  ['地区生产总值', '亿元', '8%', '186.42', '4.6', '6', '-3'],
  ['规模以上工业增加值', '%', '10%', '—', '5.2', '8', '持平'],
  ['固定资产投资', '%', '9%', '—', '9.7', '3', '+2'],
  ['社会消费品零售总额', '亿元', '10%', '68.15', '8.9', '5', '+1'],
  ['一般公共预算收入', '亿元', '6%', '9.84', '-2.7', '9', '-4'],
  ['城镇居民人均可支配收入', '元', '7%', '27436', '6.8', '4', '持平'],
  ['农村居民人均可支配收入', '元', '8.5%', '13682', '8.1', '7', '-1'],
];

const before = [
  '今年以来，全县上下统筹疫情防控、防汛救灾和经济社会发展，全力推进灾后恢复重建。受7月下旬特大暴雨洪涝灾害冲击，全县经济运行在7—8月明显下滑，9月份以来逐步企稳回升。现将前三季度国民经济和社会发展计划执行情况报告如下。',
  '<strong>一、前三季度主要指标完成情况</strong>',
];

const after = [
  '经济总量增速放缓。前三季度，全县实现地区生产总值186.42亿元，同比增长4.6%，低于年度目标3.4个百分点，增速居全市第6位，较上半年后移3位。',
  '农业生产受灾严重。全县农作物受灾面积38.6万亩，其中绝收9.2万亩，灾后完成补种改种17.4万亩。前三季度第一产业增加值21.37亿元，同比下降3.8%，增速比上半年回落7.5个百分点。',
  '工业生产逐月恢复。规模以上工业增加值同比增长5.2%，低于年度目标4.8个百分点，居全市第8位，与上半年持平。分月看，7月当月下降6.4%，8月当月下降2.1%，9月当月增长7.8%，实现由负转正。灾情最重时全县受淹停产的规模以上工业企业达43家，目前已全部恢复生产。',
  '投资保持较快增长。固定资产投资同比增长9.7%，高于年度目标0.7个百分点，居全市第3位，较上半年前移2位。其中，工业投资增长14.3%，房地产开发投资下降6.5%。',
  '消费市场有所回暖。社会消费品零售总额68.15亿元，同比增长8.9%，低于年度目标1.1个百分点。',
  '财政收入承压下行。一般公共预算收入9.84亿元，同比下降2.7%，完成年度预算的68.3%，低于时序进度6.7个百分点；其中税收收入6.52亿元，占一般公共预算收入的比重为66.3%。',
  '居民收入稳步增长。城镇居民人均可支配收入27436元，同比增长6.8%；农村居民人均可支配收入13682元，同比增长8.1%。',
  '<strong>二、灾后恢复重建推进情况</strong>',
  '全县共谋划灾后恢复重建项目186个，总投资42.6亿元，截至9月底已开工152个，开工率81.7%，完成投资15.3亿元，占年度计划的57.4%。渥川县渥河右堤加固工程总投资3.8亿元，累计完成投资2.15亿元，主体工程完成60%；渥川县城区排涝泵站新建工程总投资1.26亿元，已完成投资0.48亿元，正在进行泵房主体施工；渥川县农村水毁道路修复工程年度计划投资2.4亿元，1—9月完成1.92亿元，已修复道路318公里；县第二高级中学灾后重建项目已完成招标，计划10月中旬开工。',
  '全县因灾倒塌和严重损坏农房2146户，已开工重建1738户，竣工986户。',
  '<strong>三、存在的主要问题</strong>',
  '一是主要指标与年度目标差距较大，地区生产总值、规模以上工业增加值、一般公共预算收入3项指标低于时序进度，完成全年目标任务难度很大。二是部分灾后重建项目前期手续办理较慢，资金到位不及时，开工后进度滞后。三是受灾企业订单流失，部分企业生产尚未恢复到灾前水平。',
  '<strong>四、第四季度工作安排</strong>',
  '第四季度，全县将紧盯全年目标，全力以赴稳增长、抓重建、保民生，确保地区生产总值增长6%左右，力争规模以上工业增加值增长7%以上、固定资产投资增长10%以上、社会消费品零售总额增长10%。一是加快灾后重建，确保年底前倒损农房重建全部竣工入住，灾后恢复重建项目全年完成投资25亿元以上。二是全力稳定工业，帮助受灾企业恢复产能。三是抓好秋冬种，及早做好排涝整地和小麦播种准备。',
];

function page(): string {
  return `${savedPageHead('渥川县2021年前三季度国民经济和社会发展计划执行情况_计划执行_渥川县人民政府')}
</head>
<body>
<div class="top"><img src="banner.gif" alt="渥川县人民政府" /><span>无障碍 | 长者模式 | 登录</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进渥川</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">规划计划</a> &gt; <a href="#">计划执行</a></div>
<div class="article">
<h1>渥川县2021年前三季度国民经济和社会发展计划执行情况</h1>
<div class="info">发布时间：2021-10-26 10:12　　来源：渥川县发展和改革委员会　　浏览次数：1206　　【字号：大 中 小】</div>
<div class="content">
${savedPageParas(before)}
<table border="1" cellspacing="0" cellpadding="4" align="center">
${savedPageRows(rows)}
</table>
<p>注：全市位次为在全市10个县（市、区）中的位次；较上半年±位中“+”为前移，“-”为后移。</p>
${savedPageParas(after)}
<p style="text-align:right">渥川县发展和改革委员会</p>
<p style="text-align:right">2021年10月25日</p>
</div>
<div class="share">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="footer">主办单位：渥川县人民政府办公室　承办：渥川县大数据中心<br />网站标识码：4107000000　豫ICP备00000000号　豫公网安备41070000000000号</div>
</body></html>
`;
}

export function wochuanMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Thu, 28 Oct 2021 15:06:19 +0800',
    boundary: '----=_NextPart_000_0000_01D7CBF2.6E1A4C30',
    mimeOle: 'V6.1.7601.24535',
    url: 'http://www.wochuan.example/zwgk/ghjh/jhzx/202110/t20211026_5123.html',
    html: page(),
    css: { url: 'http://www.wochuan.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.wochuan.example/banner.gif',
  });
}
