// Held-out-425 (session 47): a Yunnan-style county statistics bureau's 2016年前三季度经济运行分析 (滇岫县 under 澜榆州,
// invented) saved from the county portal by Internet Explorer 8 as .mht (GB2312, quoted-printable, via mht.ts): prose by
// section, growths against 上半年 (提高/回落 points, 前移/后移 places), ranks in the 州, shares of the year's goal against the
// time schedule, problems and the 四季度 goals for the full year. Invented place and figures; the answers are
// tests/accuracy/dianxiu-2016-q3-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const dianxiu = { name: 'dianxiu-2016-q3-analysis' };

export const paras = [
  '今年以来，面对经济下行压力加大的严峻形势，全县上下认真贯彻落实县委、县政府各项决策部署，稳增长、调结构、惠民生各项措施有效落实，全县经济运行总体平稳、稳中有进，主要指标增速较上半年有所回升。',
  '<strong>一、地区生产总值平稳增长</strong>',
  '经州统计局统一核算，前三季度全县实现地区生产总值58.36亿元，按可比价计算，同比增长8.7%，增速比上半年提高0.4个百分点，比全州平均水平高0.6个百分点，增速居全州第4位，比上半年前移2位。其中，第一产业增加值12.48亿元，增长5.6%；第二产业增加值21.35亿元，增长9.4%；第三产业增加值24.53亿元，增长9.5%。三次产业结构为21.4∶36.6∶42.0。',
  '<strong>二、工业生产回升向好</strong>',
  '前三季度，全县规模以上工业完成总产值46.72亿元，同比增长11.3%；实现规模以上工业增加值14.86亿元，同比增长10.2%，增速比上半年提高1.5个百分点，居全州第3位。分行业看，烟草制品业增加值增长6.8%，有色金属冶炼和压延加工业增加值增长18.4%，电力生产和供应业增加值下降3.2%。9月当月，全县规模以上工业增加值增长12.6%。',
  '<strong>三、固定资产投资增速放缓</strong>',
  '前三季度，全县完成500万元以上固定资产投资72.84亿元，同比增长16.5%，增速比上半年回落3.8个百分点，完成年度目标任务105亿元的69.4%，低于时序进度5.6个百分点，增速居全州第6位，比上半年后移3位。分产业看，第一产业投资3.27亿元，增长22.1%；第二产业投资15.46亿元，下降4.7%；第三产业投资54.11亿元，增长23.8%。其中，房地产开发投资8.92亿元，增长12.3%。',
  '<strong>四、消费市场平稳运行</strong>',
  '前三季度，全县实现社会消费品零售总额19.64亿元，同比增长11.8%，增速比上半年提高0.3个百分点，居全州第5位。其中，限额以上企业（单位）消费品零售额5.27亿元，增长9.6%。',
  '<strong>五、财政金融运行平稳</strong>',
  '前三季度，全县完成一般公共预算收入4.83亿元，同比增长6.2%，完成年度预算的78.5%，超时序进度3.5个百分点；其中税收收入3.41亿元，增长4.9%，税收收入占一般公共预算收入的比重为70.6%。一般公共预算支出17.92亿元，增长13.4%。9月末，全县金融机构人民币各项存款余额86.45亿元，比年初增加7.32亿元，增长10.8%；各项贷款余额61.27亿元，比年初增加5.86亿元，增长12.5%。',
  '<strong>六、城乡居民收入稳步增长</strong>',
  '前三季度，全县城镇常住居民人均可支配收入21365元，同比增长8.4%；农村常住居民人均可支配收入7846元，同比增长9.6%，增速比上半年提高0.2个百分点，居全州第2位。',
  '<strong>七、存在的主要问题</strong>',
  '一是投资增长乏力。固定资产投资增速逐月回落，工业投资持续下降，新开工项目不足，前三季度新开工项目仅28个，比上年同期减少9个。二是工业结构单一。传统行业比重偏高，新兴产业支撑不足，部分企业生产经营困难。三是财政收支矛盾突出。刚性支出不断增加，财政平衡压力较大。',
  '<strong>八、四季度工作建议</strong>',
  '四季度是完成全年目标任务的关键时期，要紧紧围绕年初确定的目标任务，全力以赴稳增长、促发展。一是全力抓好项目建设，确保全年完成固定资产投资105亿元以上，增长20%以上；二是推动工业稳定运行，确保全年规模以上工业增加值增长10%以上；三是促进消费扩大升级，力争全年社会消费品零售总额增长12%；四是加强财政收入征管，确保完成全年一般公共预算收入6.15亿元的预算目标，全力实现全年地区生产总值增长9%的目标。',
];

function page(): string {
  return `${savedPageHead('2016年前三季度滇岫县经济运行分析_统计分析_滇岫县人民政府', '/css/style.css')}
</head>
<body>
<div class="top"><img src="/images/logo.gif" alt="滇岫县人民政府" /><span>设为首页 | 加入收藏 | English</span></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">统计信息</a> | <a href="#">招商引资</a> | <a href="#">走进滇岫</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">统计信息</a> &gt; <a href="#">统计分析</a></div>
<div class="article">
<h1>2016年前三季度滇岫县经济运行分析</h1>
<div class="info">来源：县统计局　　作者：综合股　　发布时间：2016-10-26 16:12　　点击数：356</div>
<div class="content">
${savedPageParas(paras)}
<p align="right">滇岫县统计局</p>
<p align="right">2016年10月25日</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="#">滇岫县2016年8月主要经济指标</a><br />下一篇：<a href="#">滇岫县召开四季度经济运行分析会</a></div>
</div>
<div class="footer">主办：滇岫县人民政府办公室　承办：滇岫县信息中心<br />滇ICP备00000000号　网站标识码：0000000000</div>
</body></html>
`;
}

export function dianxiuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 8',
    date: 'Fri, 28 Oct 2016 09:41:27 +0800',
    boundary: '----=_NextPart_000_0000_01D230E2.7B3C5A40',
    mimeOle: 'V6.1.7601.17609',
    url: 'http://www.dianxiu.example/tjxx/tjfx/201610/t20161026_2143.html',
    html: page(),
    css: { url: 'http://www.dianxiu.example/css/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.dianxiu.example/images/logo.gif',
  });
}
