// The one-hundred-and-forty-sixth held-out batch's .mht (session 33): an Anhui-style county's 2026年政府工作报告 (涡嵊县
// under 淮崮市) on the county portal's 政府信息公开 page, saved from Internet Explorer as a web archive by mht.ts's
// savedPageMht (GB2312 html in quoted-printable beside a stylesheet and the logo): the portal's nav and breadcrumbs, the
// 索引号/发布机构/生成日期 table, 来源/浏览次数/字号 under the title, the report's 2025 review with figures, a rank and
// projects, its 2026 goals in one paragraph and the year's projects, then 打印/关闭, 相关链接 and the footer. Invented
// place and figures; the answers are tests/accuracy/wosheng-2025-gov-report.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const wosheng = { name: 'wosheng-2025-gov-report' };

const paragraphs = [
  '——2026年1月9日在涡嵊县第十八届人民代表大会第六次会议上',
  '涡嵊县人民政府县长　许文涛',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。',
  '一、2025年工作回顾',
  '过去一年，全县上下坚持稳中求进工作总基调，在市委、市政府和县委的坚强领导下，锚定目标、实干争先，较好完成了县十八届人大五次会议确定的主要目标任务。',
  '——这一年，我们稳住了经济基本盘。全县地区生产总值完成318.6亿元，增长6.3%，增速居全市第2位；规上工业增加值增长9.2%；固定资产投资增长7.8%；社会消费品零售总额142.35亿元，增长5.6%；一般公共预算收入21.48亿元，增长4.9%；城镇、农村常住居民人均可支配收入分别达到41260元、21875元，增长4.8%、6.5%。三次产业结构调整为11.6∶39.8∶48.6。',
  '——这一年，我们壮大了产业主引擎。规上工业产值首次突破500亿元，达到512.7亿元。新能源汽车零部件产业产值增长28.6%，占规上工业产值的比重达到34.2%。新增规上工业企业47家、国家级专精特新“小巨人”企业3家。高新技术产业增加值占规上工业增加值比重达到48.5%，比上年提高2.1个百分点。',
  '——这一年，我们扩大了有效投资。实施省市重点项目168个，完成投资231.4亿元。涡嵊县新能源汽车零部件产业园总投资36亿元，累计完成投资21.4亿元，12家配套企业建成投产；淮崮至涡嵊快速路总投资18.5亿元，全年完成投资7.6亿元；涡嵊县人民医院新院区建成投用。招商引资新签约亿元以上项目62个，协议总投资386亿元。',
  '——这一年，我们办好了民生实事。民生支出52.86亿元，占一般公共预算支出的84.7%。城镇新增就业8260人，城镇调查失业率4.8%。新改扩建中小学、幼儿园11所，新增学位6300个。粮食总产量达到68.4万吨，增长1.7%。',
  '二、2026年工作安排',
  '2026年是“十五五”开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规上工业增加值增长9%以上，固定资产投资增长8%，社会消费品零售总额增长6%，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长同步，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗完成市下达任务。',
  '实现上述目标，重点抓好以下工作：',
  '（一）坚持项目为王，扩大有效投资。全年实施省市重点项目182个，年度计划投资268亿元。加快总投资86亿元的涡嵊抽水蓄能电站建设，开工建设总投资12.6亿元的涡嵊港综合码头二期工程，力争全年争取超长期特别国债和专项债券资金20亿元以上。',
  '（二）坚持工业强县，做大产业集群。力争规上工业产值突破560亿元，新增规上工业企业40家以上，新能源汽车零部件产业产值突破200亿元。',
  '（三）坚持惠民利民，增进民生福祉。城镇新增就业8000人以上，办好十件民生实事，新建改造城镇老旧小区32个。',
  '各位代表，新的征程已经开启，让我们在市委、市政府和县委的坚强领导下，团结一心、埋头苦干，奋力谱写现代化美好涡嵊建设新篇章！',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('涡嵊县2026年政府工作报告_涡嵊县人民政府', 'http://www.wosheng.example/css/xxgk.css')}
</head><body>
<div class="top"><img src="http://www.wosheng.example/images/logo.gif" alt="涡嵊县人民政府" /> 无障碍 | 长者模式 | 登录 | 注册</div>
<div class="nav"><a href="#">首页</a> <a href="#">走进涡嵊</a> <a href="#">政务动态</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府工作报告</a></div>
<table class="xxgk_table">
<tr><td>索引号：</td><td>11341826MB1F20471K/202601-00008</td><td>信息分类：</td><td>政府工作报告</td></tr>
<tr><td>发布机构：</td><td>涡嵊县人民政府办公室</td><td>生成日期：</td><td>2026-01-16</td></tr>
<tr><td>文号：</td><td></td><td>关键词：</td><td>政府工作报告</td></tr>
</table>
<div class="article">
<h1>涡嵊县2026年政府工作报告</h1>
<div class="info">发布时间：2026-01-16 16:20　来源：县政府办　浏览次数：3418　字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="content">
<p align="center"><strong>政府工作报告</strong></p>
${body}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related">相关链接：<a href="#">图解：2026年涡嵊县政府工作报告</a> <a href="#">涡嵊县2025年政府工作报告</a></div>
</div>
<div class="footer">主办：涡嵊县人民政府办公室　承办：涡嵊县数据资源管理局<br />网站标识码：3418260003　皖ICP备00000000号-1　皖公网安备 00000000000000号</div>
</body></html>
`;
}

export function woshengMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Mon, 19 Jan 2026 10:27:35 +0800',
    boundary: '----=_NextPart_000_0000_01DC88F2.6B3A1E40',
    mimeOle: 'V6.1.7601.24542',
    url: 'http://www.wosheng.example/public/6618921/1129357482.html',
    html: page(),
    css: { url: 'http://www.wosheng.example/css/xxgk.css', text: '.content p {line-height: 2em}' },
    imageUrl: 'http://www.wosheng.example/images/logo.gif',
  });
}
