// The four-hundred-and-sixteenth held-out batch's web archive (session 47): a Hunan-style county portal's news page on the
// 全县经济工作调度会 of November 2004 (湘峤县, invented), saved from the browser as .mht (mht.ts): top bar, nav, crumb, a
// 来源/作者/发布时间 line, an 本网讯 lead, the 1—10月 figures with 完成年计划/年度预算的A%, 超时间进度 and 高于/低于全市平均水平
// gaps, ranks in the 市 with a move since 前三季度, named projects, the county head's 确保 goals, an editor line, related
// titles and a footer. Invented place and figures; the answers are tests/accuracy/xiangqiao-2004-m10-news.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const xiangqiao = { name: 'xiangqiao-2004-m10-news' };

const paragraphs = [
  '本网讯（通讯员 李文 记者 陈刚）11月9日，县政府召开全县经济工作调度会，通报1—10月全县经济运行情况，分析当前经济形势，部署后两个月经济工作。县委副书记、县长刘志远出席会议并讲话，副县长赵明主持会议，各乡镇和县直有关部门主要负责人参加会议。',
  '会议通报，1—10月，全县经济运行呈现稳中有升的良好态势。全县完成规模工业总产值15.86亿元，同比增长22.4%；实现规模工业增加值5.12亿元，增长19.6%，增速居全市第5位，比前三季度前移2位。',
  '固定资产投资保持较快增长。全县完成全社会固定资产投资9.85亿元，增长28.7%，完成年计划的84.2%，超时间进度0.9个百分点。',
  '财政收入增势良好。全县完成财政总收入13260万元，增长18.3%，完成年度预算的86.4%，总量和增速分别居全市第6位和第3位；其中，地方财政收入7280万元，增长16.9%。',
  '消费市场平稳活跃。全县实现社会消费品零售总额7.64亿元，增长12.6%。农民人均现金收入1958元，增长10.2%，增幅高于全市平均水平1.5个百分点。',
  '重点项目建设加快推进。湘峤经济开发区道路网工程累计完成投资6200万元，年内可完成一期建设；总投资1.8亿元的峤溪水电站已完成投资1.36亿元，1号机组10月下旬并网发电；县人民医院综合楼主体工程已封顶。',
  '会议指出，当前全县经济运行中还存在一些不容忽视的问题：工业经济过分依赖少数骨干企业，部分重点项目征地拆迁进展缓慢，社会消费品零售总额增速低于全市平均水平1.3个百分点。',
  '刘志远强调，离年终只有两个月时间，各乡镇、各部门要增强紧迫感，倒排工期，挂图作战，确保全年规模工业增加值增长18%以上，全社会固定资产投资突破11.7亿元，财政总收入完成15350万元，农民人均纯收入增长8%以上，全面完成年初确定的各项目标任务。',
  '会议还对冬季农业开发、安全生产和年终财税征收等工作作了安排部署。',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('县政府召开经济工作调度会 确保完成全年目标任务_湘峤县人民政府网')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="湘峤县人民政府网" /><span>2004年11月10日 星期三</span><span><a href="#">设为首页</a> | <a href="#">加入收藏</a></span></div>
<div class="nav"><a href="#">首页</a> <a href="#">湘峤概况</a> <a href="#">政务动态</a> <a href="#">乡镇信息</a> <a href="#">招商引资</a> <a href="#">政策法规</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; 正文</div>
<div class="article">
<h1>县政府召开经济工作调度会 确保完成全年目标任务</h1>
<div class="info">来源：县政府办公室　　作者：李文 陈刚　　发布时间：2004-11-10 09:25　　点击数：386</div>
<div class="content">
${body}
</div>
<div class="editor">（责任编辑：胡敏）</div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="#">我县召开前三季度经济形势分析会</a>（2004-10-15）</li>
<li><a href="#">峤溪水电站1号机组并网发电</a>（2004-10-28）</li>
<li><a href="#">县人大常委会视察重点项目建设</a>（2004-11-03）</li>
</ul></div>
</div>
<div class="footer">主办：湘峤县人民政府办公室　技术支持：湘峤县信息中心<br />版权所有 未经许可不得转载</div>
</body></html>
`;
}

export function xiangqiaoMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 6',
    date: 'Thu, 11 Nov 2004 10:18:52 +0800',
    boundary: '----=_NextPart_000_0000_01C4C7D2.3A6B8E10',
    mimeOle: 'V6.00.2900.2180',
    url: 'http://www.xiangqiao.example/zwdt/200411/t20041110_1286.htm',
    html: page(),
    css: { url: 'http://www.xiangqiao.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.xiangqiao.example/logo.gif',
  });
}
