// The two-hundred-and-tenth held-out batch's .mht (session 35): a Yunnan-style county's 2026年政府工作报告 (漭岱县 under
// 坭沧州) on the county portal's 政府信息公开 page, saved from the browser as a web archive by mht.ts's savedPageMht: the
// portal's nav and breadcrumbs, the 索引号/发布机构/文号/发布日期 box, the byline and the 县长 line, the 十四五 and 2025
// review (由…增加到…，年均增长; 总量在全州的位次由…前移至…; 五年累计; the 2025 figures with 高于全州 and 全州 ranks), the
// 十五五 goals to 2030, the 2026 goals, the year's tasks with named projects, and the footer. Invented place and
// figures; the answers are tests/accuracy/mangdai-2025-fy-gov-report.answers.json.

import { savedPageMht } from './mht.js';

export const mangdai = { name: 'mangdai-2025-fy-gov-report' };

const paragraphs = [
  '各位代表：',
  '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。',
  '一、“十四五”时期和2025年工作回顾',
  '“十四五”时期是漭岱发展进程中极不平凡的五年。五年来，在县委的坚强领导下，我们紧扣州委“一核两翼”发展布局，团结带领全县各族干部群众，顶住多重压力，如期完成“十四五”规划主要目标任务。',
  '这五年，综合实力持续跃升。全县地区生产总值由2020年的86.4亿元增加到2025年的124.68亿元，年均增长6.2%，总量在全州的位次由第9位前移至第7位。固定资产投资五年累计完成486.2亿元，一般公共预算收入五年累计完成26.35亿元。规上工业企业由18户增加到34户，规模以上工业总产值首次突破100亿元。',
  '这五年，城乡面貌深刻变化。漭岱至坭沧高速公路建成通车，结束了县城不通高速的历史；漭岱县城污水处理厂及配套管网工程建成投用。常住人口城镇化率由38.6%提高到45.2%。',
  '这五年，民生福祉不断增进。城镇、农村常住居民人均可支配收入较“十三五”末分别增加10236元、5128元。累计新增城镇就业1.26万人，新建改扩建中小学校23所。',
  '2025年是“十四五”规划收官之年。全县地区生产总值达到124.68亿元，增长5.6%，高于全州0.4个百分点，增速居全州第5位；规模以上工业增加值增长10.3%，增速居全州第2位；固定资产投资增长3.8%；社会消费品零售总额42.37亿元，增长5.1%；一般公共预算收入6.12亿元，增长4.6%，其中税收收入3.95亿元，占比64.5%；一般公共预算支出25.17亿元，民生支出20.46亿元，占比81.3%；城镇、农村常住居民人均可支配收入分别达到41263元、16548元，分别增长4.2%、6.5%。三次产业结构调整为21.4∶33.8∶44.8。',
  '一年来，我们主要做了以下工作：',
  '（一）坚持产业强县，发展动能加快集聚。硅光伏产业实现产值38.6亿元，增长21.3%；高原特色农业加快发展，茶叶综合产值达到18.2亿元，增长7.4%。新增规上工业企业5户。漭岱县高原特色农产品加工园总投资8.6亿元，已累计完成投资5.2亿元。',
  '（二）坚持项目为王，有效投资稳中有进。全年实施亿元以上项目42个，完成投资36.8亿元。漭岱工业园区标准厂房二期建成交付。',
  '（三）坚持民生为本，群众获得感持续增强。城镇新增就业2630人，城镇调查失业率5.2%。漭岱县人民医院综合住院楼投入使用。',
  '二、“十五五”时期主要目标',
  '县委十五届十次全会审议通过了《中共漭岱县委关于制定漭岱县国民经济和社会发展第十五个五年规划的建议》。县人民政府据此编制了《纲要（草案）》，提请本次大会审查。“十五五”时期，全县经济社会发展的主要目标是：到2030年，地区生产总值突破170亿元、年均增长6%左右，规模以上工业增加值年均增长8%以上，常住人口城镇化率达到52%，城乡居民收入增长与经济增长同步。',
  '三、2026年工作安排',
  '2026年是“十五五”开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长8%以上，固定资产投资增长5%，社会消费品零售总额增长5.5%，一般公共预算收入增长4%，城乡居民人均可支配收入增长与经济增长同步，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗完成州下达任务。',
  '重点抓好以下工作：',
  '（一）做强工业经济。确保漭岱工业园区硅光伏配套产业园一期建成投产（总投资12.5亿元），力争全年新增规上工业企业5户以上。',
  '（二）扩大有效投资。开工建设漭岱县第一中学新校区（总投资4.2亿元），加快推进漭岱县抽水蓄能电站前期工作。力争全年招商引资实际到位资金突破60亿元。',
  '（三）办好民生实事。扎实办好10件民生实事，新建改扩建幼儿园4所。',
  '各位代表，新征程催人奋进，新使命重任在肩。让我们在州委、州政府和县委的坚强领导下，为奋力谱写漭岱高质量发展新篇章而不懈奋斗！',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>2026年政府工作报告_漭岱县人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">繁體</a></div>
<div class="logo"><img src="/images/logo.gif" alt="漭岱县人民政府" /></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进漭岱</a> <a href="#">政务动态</a> <a href="#">政府信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府工作报告</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>mdxrmzf/2026-00047</td><td>发布机构：</td><td>漭岱县人民政府办公室</td></tr>
<tr><td>文号：</td><td></td><td>发布日期：</td><td>2026-02-06</td></tr>
<tr><td>有效性：</td><td>有效</td><td>访问量：</td><td>2814</td></tr>
</table>
<div class="article">
<h1>2026年政府工作报告</h1>
<p class="byline">——2026年1月27日在漭岱县第十八届人民代表大会第六次会议上</p>
<p class="byline">县长　杨文沧</p>
${body}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="footer">主办：漭岱县人民政府办公室　承办：漭岱县融媒体中心<br />网站标识码：5300000000　滇ICP备00000000号-1　滇公网安备 53000000000000号</div>
</body></html>
`;
}

export function mangdaiMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Edge',
    date: 'Mon, 09 Feb 2026 10:26:51 +0800',
    boundary: '----=_NextPart_000_0000_01DC9A6E.5B3F2C40',
    mimeOle: 'V10.0.19041.1',
    url: 'http://www.mangdai.example/xxgk/zfgzbg/202602/t20260206_1183.html',
    html: page(),
    css: { url: 'http://www.mangdai.example/css/style.css', text: '.article p {line-height: 2em}' },
    imageUrl: 'http://www.mangdai.example/images/logo.gif',
  });
}
