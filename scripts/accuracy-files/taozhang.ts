// The one-hundred-and-sixty-fifth held-out batch's .mht (session 33): a Jilin-style county 人大常委会's news on its
// hearing of the 2026年上半年 plan execution report (洮嶂县 under 辉峪市) on the congress's portal, saved from Internet
// Explorer as a web archive by mht.ts's savedPageMht: a 当前位置 trail, 信息来源/发布日期/浏览次数 under the title, the
// report's figures restated (ranks among the city's counties, 时间过半、任务过半, a programme and two projects), the
// members' opinions in 一要…二要…三要… with the second half's goals, and the portal's footer. Invented place and figures;
// the answers are tests/accuracy/taozhang-2026-h1-news.answers.json.

import { savedPageMht } from './mht.js';

export const taozhang = { name: 'taozhang-2026-h1-news' };

const host = 'http://www.tzrd.example';

const paragraphs = [
  '7月30日，洮嶂县第十九届人大常委会第二十四次会议召开，听取和审议县人民政府关于2026年上半年国民经济和社会发展计划执行情况的报告。县人大常委会主任刘振国主持会议，县政府副县长孙丽娟受县政府委托作报告。',
  '报告指出，上半年，全县经济运行稳中有进，实现“时间过半、任务过半”。全县地区生产总值完成58.64亿元，同比增长5.8%，高于全市平均水平0.5个百分点，增速在全市6个县（市、区）中排名第2位；规模以上工业总产值完成46.32亿元，增长9.4%，完成全年目标的51.5%；固定资产投资增长11.2%，增速居全市第1位；社会消费品零售总额完成21.75亿元，增长6.1%；全口径财政收入完成5.86亿元，增长8.7%，其中地方级财政收入完成3.24亿元，增长6.5%，完成年度预算的54.0%。城镇常住居民人均可支配收入18126元，增长5.2%；农村常住居民人均可支配收入6854元，增长6.9%。',
  '报告显示，全县谋划实施5000万元以上项目48个，计划总投资126.8亿元，上半年开复工41个，开复工率85.4%，完成投资23.6亿元。其中，洮嶂县20万千瓦风电项目总投资16.5亿元，累计完成投资9.2亿元；洮嶂县人参精深加工产业园项目上半年完成投资2.3亿元。',
  '与会人员认为，县政府认真执行县十九届人大五次会议批准的计划，狠抓项目建设和招商引资，全县主要经济指标总体符合预期。同时指出，消费市场恢复偏慢，社会消费品零售总额增速低于全年7%的预期目标0.9个百分点；工业企业盈利能力不强，部分项目前期手续办理滞后。',
  '会议要求，一要紧盯全年目标不放松，确保全年地区生产总值增长6%左右、规模以上工业总产值达到90亿元；二要全力抓好项目建设，力争全年完成固定资产投资52亿元；三要持续扩大有效需求，落实好各项惠民政策，千方百计增加城乡居民收入。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p>　　${p}</p>`).join('\r\n');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>洮嶂县人大常委会听取审议上半年国民经济和社会发展计划执行情况报告-洮嶂县人大网</title>
<link rel="stylesheet" type="text/css" href="${host}/skin/main.css">
</head><body>
<table class="head" width="1000" align="center"><tr><td><img src="${host}/skin/banner.gif" alt="洮嶂县人大网"></td></tr></table>
<table class="menu" width="1000" align="center"><tr><td><a href="#">网站首页</a> | <a href="#">人大动态</a> | <a href="#">常委会工作</a> | <a href="#">代表风采</a> | <a href="#">法律法规</a> | <a href="#">公告公示</a></td></tr></table>
<table width="1000" align="center"><tr><td class="where">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">常委会工作</a> &gt;&gt; 正文</td></tr></table>
<table class="main" width="1000" align="center"><tr><td>
<div class="title">洮嶂县人大常委会听取审议上半年国民经济和社会发展计划执行情况报告</div>
<div class="attr">信息来源：县人大常委会研究室　　发布日期：2026年07月31日　　浏览次数：<span>362</span></div>
<div class="text">
${body}
</div>
<div class="close"><a href="#">【打印此页】</a>　<a href="#">【关闭窗口】</a></div>
</td></tr></table>
<table class="foot" width="1000" align="center"><tr><td>版权所有：洮嶂县人民代表大会常务委员会办公室　技术支持：洮嶂县融媒体中心<br>吉ICP备00000000号　建议使用1024×768分辨率浏览</td></tr></table>
</body></html>
`;
}

export function taozhangMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Fri, 31 Jul 2026 09:17:45 +0800',
    boundary: '----=_NextPart_000_0000_01DD20B5.6F3A9C20',
    mimeOle: 'V6.1.7601.24542',
    url: `${host}/cwhgz/2026/0731/4817.html`,
    html: page(),
    css: { url: `${host}/skin/main.css`, text: '.text p {font-size: 16px; line-height: 180%}' },
    imageUrl: `${host}/skin/banner.gif`,
  });
}
