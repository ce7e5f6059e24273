// The two-hundred-and-twenty-seventh held-out batch's .mht: a Sichuan-style county 发展和改革局's 关于2023年1—7月国民经济和
// 社会发展计划执行情况的报告 to the county 人大常委会 (邛岷县 under 嵋洄市), as the county 人大 site shows it, saved from
// Internet Explorer 11 as a web archive (mht.ts's savedPageMht: GB2312 html in quoted-printable beside a stylesheet and the
// logo). The site's top bar, menu, 当前位置 crumb, a 发布时间/来源/浏览次数 line, 打印/关闭 links and the footer surround the
// article; its table has 年度目标（%）, 1—7月, 增速（%） and 全市排位 columns. Invented place and figures; its answers are
// tests/accuracy/qiongmin-2023-m7-plan.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const qiongmin = { name: 'qiongmin-2023-m7-plan' };

const opening = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将全县2023年1—7月国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、1—7月计划执行情况',
  '今年以来，在县委的坚强领导下，在县人大及其常委会的监督支持下，全县上下认真执行县十八届人大二次会议批准的年度计划，坚持稳中求进，全力拼经济、抓项目、稳增长，经济运行呈现稳中有进、持续向好的态势。主要指标完成情况如下表：',
];

const header = ['指标名称', '单位', '年度目标（%）', '1—7月', '增速（%）', '全市排位'];
const rows = [
  ['地区生产总值（上半年）', '亿元', '6.5', '98.64', '6.8', '3'],
  ['规模以上工业增加值', '—', '8', '—', '9.2', '2'],
  ['固定资产投资', '—', '10', '—', '11.6', '4'],
  ['社会消费品零售总额', '亿元', '7', '41.27', '8.3', '5'],
  ['地方一般公共预算收入', '亿元', '6', '6.84', '7.5', '6'],
  ['城镇居民人均可支配收入（上半年）', '元', '6', '22486', '5.1', '7'],
  ['农村居民人均可支配收入（上半年）', '元', '7', '10934', '7.2', '4'],
];

const rest = [
  '（一）经济运行总体平稳。经嵋洄市统计局统一核算，上半年全县实现地区生产总值98.64亿元，同比增长6.8%，高于年度目标0.3个百分点，增速居全市第3位，较一季度前移2位。其中，第一产业增加值14.52亿元，增长4.1%；第二产业增加值39.87亿元，增长8.2%；第三产业增加值44.25亿元，增长6.5%。',
  '（二）工业经济加快回升。1—7月，全县规模以上工业增加值同比增长9.2%，高于年度目标1.2个百分点，增速居全市第2位。全县规上工业企业达到126户，今年新增入规企业9户。7月当月，规上工业增加值增长10.4%，比6月加快1.1个百分点。',
  '（三）项目投资较快增长。1—7月，全县固定资产投资同比增长11.6%，快于年度目标1.6个百分点，居全市第4位。其中，工业投资增长18.3%，占全部投资的比重为36.2%；房地产开发投资下降6.4%。全县纳入省市县重点项目58个，总投资426.8亿元，年度计划投资68.5亿元，1—7月完成投资43.62亿元，占年度计划的63.7%，超时序进度5.4个百分点。邛岷经开区锂电正极材料产业园一期项目总投资32亿元，1—7月完成投资6.8亿元，累计完成投资14.5亿元，3栋主厂房主体完工；嵋洄至邛岷快速通道总投资18.6亿元，1—7月完成投资3.2亿元；邛岷县人民医院医技综合楼项目总投资4.3亿元，累计完成投资2.1亿元；邛岷县城乡供水一体化工程已于6月开工建设。',
  '（四）消费市场持续回暖。1—7月，全县实现社会消费品零售总额41.27亿元，同比增长8.3%，高于年度目标1.3个百分点，居全市第5位。',
  '（五）财政收入稳步增长。1—7月，全县地方一般公共预算收入6.84亿元，同比增长7.5%，完成年度预算的62.4%，居全市第6位；其中税收收入4.71亿元，增长9.8%，税收占比68.9%。',
  '（六）民生保障持续加强。上半年，全县城镇居民人均可支配收入22486元，增长5.1%，低于年度目标0.9个百分点，居全市第7位；农村居民人均可支配收入10934元，增长7.2%，居全市第4位。1—7月，城镇新增就业2140人，完成年度目标任务3500人的61.1%。',
  '二、存在的主要问题',
  '一是城镇居民收入增长低于年度目标，增收渠道仍然偏窄。二是房地产开发投资持续下降，对全部投资的拖累较大。三是部分项目推进缓慢，58个重点项目中有7个投资完成率低于40%。',
  '三、下半年工作安排',
  '下半年，我们将紧盯全年地区生产总值增长6.5%、规模以上工业增加值增长8%、固定资产投资增长10%的目标不放松，重点抓好以下工作：',
  '（一）全力稳定工业增长。力争全年规模以上工业增加值突破60亿元，推动邛岷经开区锂电正极材料产业园一期项目9月底前投产。',
  '（二）加快项目建设。紧盯58个重点项目，倒排工期，确保嵋洄至邛岷快速通道年内建成通车。',
  '（三）兜牢民生底线。确保全年城镇新增就业3500人以上，城乡居民收入增长与经济增长基本同步。',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(): string {
  const p = (t: string) => `<p style="text-indent:2em">${esc(t)}</p>`;
  const table = [
    '<table class="data" border="1" cellspacing="0" cellpadding="3" align="center">',
    `<tr>${header.map((h) => `<td align="center"><b>${h}</b></td>`).join('')}</tr>`,
    ...rows.map((r) => `<tr>${r.map((c) => `<td align="center">${c}</td>`).join('')}</tr>`),
    '</table>',
  ].join('\n');
  return `${savedPageHead('关于邛岷县2023年1—7月国民经济和社会发展计划执行情况的报告-邛岷人大网', '/css/style.css')}
</head>
<body>
<div class="top">邛岷县人民代表大会常务委员会 主办　<a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
<div class="logo"><img src="/images/logo.gif" alt="邛岷人大网" /></div>
<div class="nav"><a href="#">首页</a> <a href="#">人大要闻</a> <a href="#">常委会公报</a> <a href="#">会议专题</a> <a href="#">代表工作</a> <a href="#">监督纵横</a> <a href="#">法规文件</a></div>
<div class="place">当前位置：<a href="#">首页</a> &gt; <a href="#">会议专题</a> &gt; <a href="#">十八届常委会第十一次会议</a></div>
<div class="article">
<h1>关于邛岷县2023年1—7月国民经济和社会发展计划执行情况的报告</h1>
<div class="info">发布时间：2023-09-04 10:26　来源：县人大常委会办公室　浏览次数：<span>412</span></div>
<div class="content">
<p align="center">——2023年8月29日在邛岷县第十八届人民代表大会常务委员会第十一次会议上</p>
<p align="center">邛岷县发展和改革局局长　周川林</p>
${opening.map(p).join('\n')}
${table}
${rest.map(p).join('\n')}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">邛岷县人大常委会办公室 版权所有　地址：邛岷县岷江路16号　电话：0000-0000000<br />蜀ICP备00000000号-1　川公网安备 00000000000000号</div>
</body></html>
`;
}

export function qiongminMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Tue, 5 Sep 2023 09:42:17 +0800',
    boundary: '----=_NextPart_000_0000_01D9DFC3.7B52E4A0',
    mimeOle: 'V6.1.7601.24349',
    url: 'http://www.qiongminrd.example/hyzt/cwh1811/202309/t20230904_3216.html',
    html: page(),
    css: {
      url: 'http://www.qiongminrd.example/css/style.css',
      text: '.content p {line-height: 2em; font-size: 16px}',
    },
    imageUrl: 'http://www.qiongminrd.example/images/logo.gif',
  });
}
