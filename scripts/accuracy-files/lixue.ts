// The one-hundred-and-fifty-ninth held-out batch's .mht (session 33): a Zhejiang-style county 人大常委会's news on
// its hearing of the 2026年前三季度 plan execution report (澧峃县 under 瓯州市) on the congress's portal, saved from
// Internet Explorer as a web archive by mht.ts's savedPageMht: the portal's nav and breadcrumbs, 来源/发布时间 under the
// title, the figures the report gave restated (ranks among 山区26县, 序时进度, a project), the members' opinions in
// 一是…二是… with the fourth quarter's goals, and the footer. Invented place and figures; the answers are
// tests/accuracy/lixue-2026-q3-news.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const lixue = { name: 'lixue-2026-q3-news' };

const paragraphs = [
  '10月28日，县十八届人大常委会召开第三十一次会议，听取和审议县人民政府关于2026年前三季度国民经济和社会发展计划执行情况的报告。县人大常委会主任周建新主持会议，副县长陈晓东作报告。',
  '报告显示，前三季度，全县实现地区生产总值168.35亿元，同比增长6.2%，增速居全市第4位、全省山区26县第7位；规模以上工业增加值增长8.7%，增速居全市第2位；固定资产投资增长9.1%，快于序时进度2.4个百分点；社会消费品零售总额72.46亿元，增长4.3%；一般公共预算收入12.58亿元，增长5.1%，完成年度预算的76.8%。城镇、农村常住居民人均可支配收入分别达到51326元、31874元，分别增长5.0%、6.9%，城乡居民收入倍差缩小至1.61。',
  '报告指出，县重大项目建设有力推进，78个项目完成投资52.6亿元，完成年度计划的80.3%；澧峃县城乡供水一体化工程总投资14.2亿元，累计完成投资9.8亿元；峃江流域综合治理工程完成投资3.1亿元。',
  '与会人员认为，县政府认真落实县十八届人大六次会议确定的目标任务，扎实推进共同富裕先行示范和山区26县跨越式高质量发展，全县经济运行稳中有进。同时指出，消费增长偏弱，社会消费品零售总额增速低于全年目标1.7个百分点，工业投资后劲不足。',
  '会议提出，一是要紧盯全年目标，确保地区生产总值全年增长6%以上、一般公共预算收入突破16亿元；二是要抓好项目建设，力争全年完成重大项目投资65亿元；三是要持续扩大消费，千方百计增加城乡居民收入，推动共同富裕取得实质性进展。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('县人大常委会听取审议前三季度国民经济和社会发展计划执行情况报告_澧峃人大', 'http://rd.lixue.example/css/style.css')}
</head><body>
<div class="top"><img src="http://rd.lixue.example/images/logo.gif" alt="澧峃人大" /> 澧峃县人民代表大会常务委员会</div>
<div class="nav"><a href="#">首页</a> <a href="#">人大要闻</a> <a href="#">常委会会议</a> <a href="#">监督工作</a> <a href="#">代表工作</a> <a href="#">乡镇人大</a></div>
<div class="position">您现在的位置：<a href="#">首页</a> &gt; <a href="#">常委会会议</a></div>
<div class="article">
<h1>县人大常委会听取审议前三季度国民经济和社会发展计划执行情况报告</h1>
<div class="info">发布时间：2026-10-29　来源：县人大常委会办公室　作者：研究室　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
${body}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related">上一篇：<a href="#">县人大常委会开展民营经济促进法执法检查</a>　下一篇：<a href="#">县人大常委会主任会议召开</a></div>
</div>
<div class="footer">主办：澧峃县人大常委会办公室　地址：澧峃县峃江路88号<br />浙ICP备00000000号-1　浙公网安备 00000000000000号</div>
</body></html>
`;
}

export function lixueMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Thu, 29 Oct 2026 16:42:08 +0800',
    boundary: '----=_NextPart_000_0000_01DD47A3.2C8E5B10',
    mimeOle: 'V6.1.7601.24542',
    url: 'http://rd.lixue.example/art/2026/10/29/art_1527364_58921437.html',
    html: page(),
    css: { url: 'http://rd.lixue.example/css/style.css', text: '.content p {line-height: 2em}' },
    imageUrl: 'http://rd.lixue.example/images/logo.gif',
  });
}
