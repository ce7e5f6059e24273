// The one-hundred-and-seventieth held-out batch's web archive: a Liaoning-style county's 2020 government work report
// (彰岘县 under 磐洮市) as posted on the county portal and saved by Internet Explorer as .mht (GB2312, quoted-printable,
// through mht.ts's savedPageMht): a 2019 review of 预计 figures with ranks (增速列全市第N位, 排名由上年的全市第5位跃升至
// 第2位), —— headed paragraphs with projects (总投资X亿元的…完成投资Y亿元), and the 2020 goals with 左右/以上/以内, a
// 同步 income goal and a word-only energy goal, then projects with 年内完成投资X亿元以上. Invented place and figures;
// its answers are tests/accuracy/zhangxian-2019-fy-gov-report.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const zhangxian = { name: 'zhangxian-2019-fy-gov-report' };

const paras = [
  '各位代表：',
  '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。',
  '<strong>一、2019年工作回顾</strong>',
  '过去的一年，面对复杂严峻的外部环境和繁重艰巨的改革发展任务，我们在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，攻坚克难，砥砺前行，全县经济社会保持健康发展。预计全年地区生产总值实现98.6亿元，增长6.3%，增速列全市第2位；规模以上工业增加值增长9.2%，居全市第1位；固定资产投资完成31.4亿元，增长15.6%；社会消费品零售总额41.25亿元，增长6.8%；一般公共预算收入6.72亿元，增长8.1%，增速排名由上年的全市第5位跃升至第2位；城镇和农村居民人均可支配收入分别达到29860元和15420元，增长6.5%和8.9%。',
  '——项目建设成效明显。全年实施亿元以上项目24个，完成投资19.8亿元。彰岘经济开发区汽车零部件产业园一期建成投产，总投资9.6亿元；总投资4.2亿元的县污水处理厂提标改造工程完成投资3.5亿元；磐洮至彰岘快速通道全线贯通。',
  '——农业基础更加稳固。粮食总产量达到6.8亿斤，连续3年稳定在6亿斤以上。新建高标准农田4.5万亩，新增农民专业合作社38家。',
  '——民生保障持续加强。民生支出完成18.6亿元，占一般公共预算支出的79.5%。城镇新增就业3120人，城镇登记失业率3.6%。县第一初级中学新校区投入使用，新增学位1200个。',
  '在看到成绩的同时，我们也清醒地认识到，全县经济总量偏小，工业结构单一，财政收支矛盾突出，营商环境仍需改善。对此，我们将采取有力措施，认真加以解决。',
  '<strong>二、2020年工作安排</strong>',
  '2020年是全面建成小康社会和“十三五”规划收官之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%以上；固定资产投资增长12%以上；社会消费品零售总额增长7%左右；一般公共预算收入增长5%；城乡居民人均可支配收入增长与经济增长同步；城镇新增就业3000人以上，城镇登记失业率控制在4.5%以内；单位地区生产总值能耗完成市下达任务。',
  '重点做好以下工作：',
  '（一）坚定不移抓项目扩投资。全年计划实施亿元以上项目30个，年度计划投资26亿元。加快推进彰岘经济开发区汽车零部件产业园二期，总投资12亿元，年内完成投资5亿元以上；开工建设县第二人民医院，总投资2.8亿元；力争彰岘抽水蓄能电站项目年内核准。',
  '（二）推动工业转型升级。力争规上工业企业达到65户，高新技术企业达到12户。',
  '各位代表，新的一年，使命光荣，任务艰巨。让我们在县委的坚强领导下，团结一心，真抓实干，为全面建成小康社会、建设富裕文明幸福新彰岘而努力奋斗！',
];

function page(): string {
  const body = savedPageParas(paras);
  return `${savedPageHead('2020年彰岘县政府工作报告_政府工作报告_彰岘县人民政府')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="彰岘县人民政府" /><span>2020年1月17日 星期五　设为首页 | 加入收藏</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进彰岘</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府工作报告</a></div>
<div class="article">
<h1>2020年彰岘县政府工作报告</h1>
<p align="center">——2020年1月10日在彰岘县第十八届人民代表大会第四次会议上</p>
<p align="center">县长　顾明川</p>
<div class="info">发布时间：2020-01-17　　来源：县政府办公室　　浏览次数：1046　　【字体：大 中 小】</div>
<div class="content">
${body}
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：彰岘县人民政府办公室　承办：彰岘县政务服务中心<br />辽ICP备00000000号　网站标识码：0000000000</div>
</body></html>
`;
}

export function zhangxianMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Fri, 17 Jan 2020 16:08:42 +0800',
    boundary: '----=_NextPart_000_0000_01D5CD3A.4B7E2F10',
    mimeOle: 'V6.1.7601.24000',
    url: 'http://www.zhangxian.example/zwgk/zfgzbg/202001/t20200117_1046.html',
    html: page(),
    css: { url: 'http://www.zhangxian.example/style.css', text: 'div.info {color: #888}' },
    imageUrl: 'http://www.zhangxian.example/logo.gif',
  });
}
