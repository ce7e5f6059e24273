// The two-hundred-and-twelfth held-out batch's web archive (session 35): a Jilin-style county 发展和改革局's report on the
// execution of the 2024 plan in the first half (桦岫县 under 白榆市), posted on the county 人大's site and saved by the browser
// as .mht (GB2312, quoted-printable, via mht.ts's savedPageMht): the 人大 site's furniture, the 会议文件 line and the byline,
// a table of 全年目标, 上半年, 增速（%） and 全市排位 with '—' cells, prose with 比一季度前移1位 and 高于/低于年度目标, 完成年度预算的A%
// with 超序时进度, 完成年度目标70亿元的A%, three projects with amounts and one without, and the second half's 力争 goals.
// Invented place and figures; the answers are tests/accuracy/huaxiu-2024-h1-plan.answers.json.

import { savedPageHead, savedPageMht, savedPageRows } from './mht.js';

export const huaxiu = { name: 'huaxiu-2024-h1-plan' };

const before = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将2024年上半年全县国民经济和社会发展计划执行情况报告如下，请予审议。',
  '<b>一、上半年计划执行情况</b>',
  '今年以来，全县上下坚持稳中求进工作总基调，聚焦项目建设、产业升级和民生改善，经济运行总体平稳、稳中有进。据白榆市统计局统一核算，主要指标完成情况见下表。',
];

const table = [
  ['指标名称', '单位', '全年目标', '上半年', '增速（%）', '全市排位'],
  ['地区生产总值', '亿元', '增长6.5%', '68.42', '6.1', '3'],
  ['规模以上工业增加值', '%', '增长8%', '—', '9.4', '2'],
  ['固定资产投资', '%', '增长10%', '—', '12.6', '1'],
  ['社会消费品零售总额', '亿元', '增长7%', '27.36', '6.2', '4'],
  ['一般公共预算收入', '亿元', '4.2', '2.31', '5.8', '3'],
  ['城镇常住居民人均可支配收入', '元', '增长5.5%', '18642', '5.1', '5'],
  ['农村常住居民人均可支配收入', '元', '增长7%', '7215', '7.4', '2'],
];

const after = [
  '（一）经济总量稳步增长。上半年，全县实现地区生产总值68.42亿元，同比增长6.1%，低于年度目标0.4个百分点，居全市7个县（市、区）第3位，比一季度前移1位。其中，第一产业增加值5.86亿元，增长3.2%；第二产业增加值24.37亿元，增长7.8%；第三产业增加值38.19亿元，增长5.6%。',
  '（二）工业生产较快增长。规模以上工业增加值同比增长9.4%，高于年度目标1.4个百分点，全市排位第2。全县46户规上工业企业实现产值86.7亿元，增长10.2%，其中医药健康产业产值23.5亿元，增长14.6%。',
  '（三）项目投资支撑有力。固定资产投资同比增长12.6%，高于年度目标2.6个百分点，增速居全市首位。全县实施5000万元以上项目38个，完成投资21.4亿元，增长15.3%。招商引资到位资金36.8亿元，增长18.2%，完成年度目标70亿元的52.6%。',
  '（四）消费市场平稳恢复。社会消费品零售总额27.36亿元，同比增长6.2%，低于年度目标0.8个百分点。接待游客186.4万人次，增长21.7%。',
  '（五）财政收入稳中有增。一般公共预算收入2.31亿元，同比增长5.8%，完成年度预算的55.0%，超序时进度5个百分点。其中，税收收入1.64亿元，增长7.1%，税收占比71.0%。',
  '（六）居民收入持续增加。城镇常住居民人均可支配收入18642元，增长5.1%；农村常住居民人均可支配收入7215元，增长7.4%。',
  '<b>二、重点项目推进情况</b>',
  '桦岫县年产30万吨生物基材料项目，总投资18.6亿元，上半年完成投资4.2亿元，累计完成投资9.7亿元，主体车间已封顶；桦岫至白榆一级公路改扩建工程，总投资12.4亿元，年度计划投资5亿元，已完成投资2.6亿元；桦岫县人参精深加工产业园，总投资6.8亿元，一期厂房主体完工；县第二污水处理厂已开工建设。',
  '<b>三、存在的主要问题</b>',
  '一是地区生产总值、社会消费品零售总额和城镇居民收入增速低于年度目标；二是工业结构偏重，新增规上企业不足；三是财政收支矛盾依然突出。',
  '<b>四、下半年工作安排</b>',
  '下半年，我们将紧盯年度目标不放松，力争全年地区生产总值增长6.5%以上，规模以上工业增加值增长9%以上；新开工亿元以上项目15个，新增规上工业企业6户；全力推进招商引资，确保完成年度目标任务。',
  '以上报告，请予审议。',
];

function page(): string {
  const p = (t: string) => (t.startsWith('<b>') ? `<p>${t}</p>` : `<p style="text-indent:2em">${t}</p>`);
  const rows = savedPageRows(table);
  return `${savedPageHead('关于桦岫县2024年上半年国民经济和社会发展计划执行情况的报告_会议文件_桦岫县人大网')}
</head>
<body>
<div class="top"><img src="banner.gif" alt="桦岫县人大网" /><span>桦岫县人民代表大会常务委员会主办</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">人大要闻</a> <a href="#">会议文件</a> <a href="#">代表工作</a> <a href="#">监督工作</a> <a href="#">法规文件</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">会议文件</a></div>
<div class="article">
<h1>关于桦岫县2024年上半年国民经济和社会发展计划执行情况的报告</h1>
<div class="info">发布时间：2024-08-02　　来源：县人大常委会办公室　　浏览次数：287</div>
<div class="content">
<p align="center">——2024年7月30日在桦岫县第十九届人民代表大会常务委员会第二十一次会议上</p>
<p align="center">县发展和改革局局长　韩立东</p>
${before.map(p).join('\n')}
<p align="center"><b>2024年上半年桦岫县主要经济指标完成情况</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="100%">
${rows}
</table>
<p>注：全市排位为增速在白榆市7个县（市、区）中的排位；“—”为统计部门未发布绝对数。</p>
${after.map(p).join('\n')}
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">桦岫县人民代表大会常务委员会办公室　版权所有<br />吉ICP备00000000号</div>
</body></html>
`;
}

export function huaxiuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Fri, 2 Aug 2024 16:12:40 +0800',
    boundary: '----=_NextPart_000_0000_01DAE4C2.3B1F7A60',
    mimeOle: 'V6.3.9600.20671',
    url: 'http://rd.huaxiu.example/hywj/202408/t20240802_287.html',
    html: page(),
    css: { url: 'http://rd.huaxiu.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://rd.huaxiu.example/banner.gif',
  });
}
