// The one-hundred-and-eighty-fifth held-out batch's web archive: a Jilin-style county statistics bureau's
// 2025年国民经济和社会发展统计公报 (崶溱县) saved from the county portal by Internet Explorer as .mht (GB2312,
// quoted-printable, via mht.ts's savedPageMht): the portal's furniture, sections 一、综合 to 八、人民生活和社会保障
// as bold paragraphs, [1]–[4] markers inside the prose and a 注释 list with thresholds. Invented place and figures;
// its answers are tests/accuracy/fengzhen-2025-fy-communique.answers.json.

import { savedPageHead, savedPageMht, savedPageParas } from './mht.js';

export const fengzhen = { name: 'fengzhen-2025-fy-communique' };

const paras = [
  '2025年，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，扎实推进高质量发展，全县经济运行稳中有进，社会大局和谐稳定。',
  '<strong>一、综　合</strong>',
  '初步核算，全年地区生产总值[1]136.58亿元，按不变价格计算，比上年增长5.3%。其中，第一产业增加值31.42亿元，增长4.6%；第二产业增加值38.27亿元，增长6.1%；第三产业增加值66.89亿元，增长5.2%。三次产业结构为23.0∶28.0∶49.0。',
  '年末全县户籍人口28.63万人，比上年末减少0.42万人。全年城镇新增就业2156人；年末城镇登记失业率为3.1%。',
  '<strong>二、农　业</strong>',
  '全年农林牧渔业总产值[2]58.64亿元，按可比价格计算，比上年增长4.8%。',
  '全年粮食作物播种面积126.5万亩，比上年增加0.8万亩。粮食总产量18.92亿斤，比上年增长2.3%。其中，玉米产量15.36亿斤，增长2.9%；水稻产量2.84亿斤，下降0.7%。',
  '全年肉类总产量3.26万吨，比上年增长1.8%。年末生猪存栏18.4万头，下降3.2%；肉牛存栏6.7万头，增长8.5%。',
  '<strong>三、工业和建筑业</strong>',
  '全年规模以上工业[3]增加值比上年增长6.8%。分行业看，农产品加工业增加值增长9.2%，医药工业增加值增长12.6%，冶金建材业增加值下降4.1%。年末全县规模以上工业企业43户，全年实现营业收入86.35亿元，增长5.7%；实现利润总额4.12亿元，下降2.6%。',
  '全年资质以上建筑业总产值11.48亿元，比上年下降6.3%。',
  '<strong>四、固定资产投资</strong>',
  '全年固定资产投资[4]比上年增长7.6%。其中，项目投资增长10.4%，房地产开发投资下降18.7%。分产业看，第一产业投资增长21.3%，第二产业投资增长12.8%，第三产业投资增长3.5%。全年亿元以上项目完成投资比上年增长14.2%，占固定资产投资的比重为61.8%。',
  '全年商品房销售面积8.36万平方米，比上年下降12.4%。',
  '<strong>五、国内贸易</strong>',
  '全年社会消费品零售总额42.17亿元，比上年增长4.5%。按经营地分，城镇消费品零售额33.58亿元，增长4.2%；乡村消费品零售额8.59亿元，增长5.7%。',
  '<strong>六、对外经济和旅游</strong>',
  '全年外贸进出口总额2.64亿元，比上年增长15.3%。全年实际利用外资860万美元。',
  '全年接待游客286.4万人次，比上年增长11.6%；实现旅游收入28.73亿元，增长13.2%。',
  '<strong>七、财政和金融</strong>',
  '全年一般公共预算收入5.86亿元，比上年增长3.2%，其中税收收入4.07亿元，增长1.9%。一般公共预算支出38.45亿元，增长4.6%，其中民生支出30.22亿元，占一般公共预算支出的78.6%。',
  '年末全县金融机构本外币各项存款余额238.64亿元，比年初增长7.3%；各项贷款余额142.19亿元，比年初增长5.1%。',
  '<strong>八、人民生活和社会保障</strong>',
  '全年全体居民人均可支配收入23684元，比上年增长5.4%。按常住地分，城镇常住居民人均可支配收入32156元，增长4.6%；农村常住居民人均可支配收入16428元，增长6.3%。',
  '年末全县参加城乡居民基本养老保险人数13.52万人，参加城镇职工基本养老保险人数4.86万人。',
];

const notes = [
  '注释：',
  '[1]地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。',
  '[2]农林牧渔业总产值按现价计算，增长速度按可比价格计算。',
  '[3]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
  '[4]固定资产投资统计范围为计划总投资500万元及以上的项目。',
  '[5]本公报部分数据因四舍五入，存在总计与分项合计不等的情况。',
];

function page(): string {
  const body = savedPageParas(paras);
  return `${savedPageHead('崶溱县2025年国民经济和社会发展统计公报_统计数据_崶溱县人民政府')}
</head>
<body>
<div class="top"><img src="logo.gif" alt="崶溱县人民政府" /><span>无障碍 | 长者模式 | 繁體 | 登录</span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进崶溱</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">统计数据</a></div>
<table class="meta" border="1" cellspacing="0" cellpadding="2" width="100%">
<tr><td>索引号：</td><td>11220000JL0000000A/2026-00042</td><td>分类：</td><td>统计信息</td></tr>
<tr><td>发布机构：</td><td>崶溱县统计局</td><td>发文日期：</td><td>2026年04月18日</td></tr>
<tr><td>标题：</td><td colspan="3">崶溱县2025年国民经济和社会发展统计公报</td></tr>
</table>
<div class="article">
<h1>崶溱县2025年国民经济和社会发展统计公报</h1>
<div class="info">发布时间：2026-04-18　　来源：崶溱县统计局　　浏览量：1047　　【字体：大 中 小】</div>
<div class="content">
<p align="center">崶溱县统计局</p>
<p align="center">2026年4月18日</p>
${body}
${notes.map((n) => `<p>${n}</p>`).join('\n')}
</div>
<div class="share">【<a href="#">打印</a>】【<a href="#">关闭</a>】　分享到：</div>
</div>
<div class="footer">主办单位：崶溱县人民政府办公室　承办单位：崶溱县政务服务和数字化建设管理局<br />网站标识码：2200000000　吉ICP备00000000号　吉公网安备 22000000000000号</div>
</body></html>
`;
}

export function fengzhenMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Mon, 20 Apr 2026 10:12:37 +0800',
    boundary: '----=_NextPart_000_0000_01DCD0A1.3E5B7C20',
    mimeOle: 'V6.1.7601.24544',
    url: 'http://www.fengzhen.example/zwgk/tjsj/202604/t20260418_1047.html',
    html: page(),
    css: { url: 'http://www.fengzhen.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.fengzhen.example/logo.gif',
  });
}
