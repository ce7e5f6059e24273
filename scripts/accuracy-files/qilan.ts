// The fifty-eighth held-out batch's .mht: a Chongqing district statistics bureau's analysis of the 2022 1—8月 economy
// (綦岚区, 重庆市), saved from Internet Explorer 11 as a web archive (mht.ts: GB2312 html in quoted-printable beside a
// stylesheet and the logo). A district government site's banner, menu, breadcrumb, an info line with 字号, a
// 政府信息公开 index grid, print/close, related links and a footer with 渝ICP备, 渝公网安备 and 网站标识码 surround the
// article. Forms: the aside （以下增加值增速均为扣除价格因素的实际增长率）; `增速比1—7月提高B个百分点，比全市平均水平高C个
// 百分点，居全市38个区县第N位，较1—7月前移M位`; `31个工业行业大类中有19个…增长面61.3%`; 拉动…增长B个百分点; 8月当月;
// 产品销售率 with 同比下降; 同比名义增长; `比1—7月和上半年分别加快a和b个百分点`; `分别增长a、b和c`; 降幅收窄/扩大;
// a revenue `同比下降A%（扣除留抵退税因素后增长B%）` with 完成年度预算的; a 1—7月 profit figure; the year's goals in the
// closing advice; a 附注; a table of 1—8月 figures with 全市位次 and a note naming the group. Invented place and figures;
// its answers are tests/accuracy/qilan-2022-m8-analysis.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const qilan = { name: 'qilan-2022-m8-analysis' };

const paragraphs = [
  '1—8月，面对需求收缩、供给冲击、预期转弱三重压力和高温限电等超预期因素影响，全区上下坚决落实稳经济一揽子政策措施，全区经济运行总体平稳、稳中有进。',
  '<strong>一、主要指标运行情况</strong>',
  '<strong>（一）工业生产稳中加快。</strong>1—8月，全区规模以上工业增加值同比增长7.6%（以下增加值增速均为扣除价格因素的实际增长率），增速比1—7月提高0.4个百分点，比全市平均水平高2.3个百分点，居全市38个区县第9位，较1—7月前移3位。分门类看，采矿业增加值下降3.2%，制造业增长8.4%，电力、热力、燃气及水生产和供应业增长5.1%。全区31个工业行业大类中有19个行业增加值同比增长，增长面61.3%。分产业看，汽车摩托车产业增加值增长12.6%，拉动全区规上工业增长3.8个百分点；电子产业下降4.7%。8月当月，全区规上工业增加值增长9.3%。',
  '1—8月，全区规模以上工业企业产品销售率96.2%，同比下降0.8个百分点；实现出口交货值38.64亿元，同比名义增长14.2%。',
  '<strong>（二）投资增速有所回落。</strong>1—8月，全区固定资产投资同比增长6.8%，增速比1—7月回落1.1个百分点，比上半年回落2.4个百分点，居全市第21位。分产业看，第一、二、三产业投资分别增长12.4%、15.8%和2.3%。其中，工业投资增长15.6%，比1—7月和上半年分别加快1.3和2.7个百分点；基础设施投资增长9.7%；房地产开发投资下降11.8%，降幅比1—7月扩大2.6个百分点。全区商品房销售面积62.35万平方米，同比下降24.7%。',
  '<strong>（三）消费市场持续恢复。</strong>1—8月，全区实现社会消费品零售总额168.42亿元，同比增长4.1%，增速比1—7月提高0.3个百分点，高于全市平均水平1.6个百分点。按消费类型分，商品零售146.85亿元，增长3.6%；餐饮收入21.57亿元，增长7.4%。限额以上单位新能源汽车零售额增长68.3%。',
  '<strong>（四）财政收入降幅收窄。</strong>1—8月，全区一般公共预算收入23.48亿元，同比下降3.6%（扣除留抵退税因素后增长5.2%），降幅比1—7月收窄1.4个百分点，完成年度预算的62.7%。其中，税收收入15.26亿元，下降8.9%。一般公共预算支出51.63亿元，增长4.7%。',
  '<strong>（五）金融存贷平稳增长。</strong>8月末，全区金融机构人民币存款余额862.37亿元，同比增长9.4%；人民币贷款余额718.52亿元，同比增长11.2%，贷款增速高于存款增速1.8个百分点。',
  '<strong>（六）居民消费价格温和上涨。</strong>1—8月，全区居民消费价格同比上涨2.1%。八大类商品和服务价格“六涨二降”，其中食品烟酒类上涨3.4%，交通通信类上涨6.2%，衣着类下降0.5%。',
  '<strong>二、需要关注的问题</strong>',
  '一是投资增长后劲不足。1—8月全区新开工项目62个，同比减少15个，房地产开发投资降幅持续扩大。二是工业企业效益下滑。1—7月，全区规模以上工业企业实现利润总额18.36亿元，同比下降12.5%，亏损企业达到47家。三是财政减收压力较大，税收收入持续负增长。',
  '<strong>三、下阶段建议</strong>',
  '全力抓好稳工业、扩投资、促消费各项工作，加快在建项目形成实物工作量，推动已签约项目早开工、早投产，确保完成全年规模以上工业增加值增长8%、固定资产投资增长8%的目标任务。',
  '附注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。2.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。',
];

const table = `<p align="center"><strong>2022年1—8月綦岚区主要经济指标</strong></p>
<table class="data" border="1" cellspacing="0" cellpadding="2" width="600">
<tr><td>指标</td><td>单位</td><td>1—8月</td><td>同比增长（%）</td><td>全市位次</td></tr>
<tr><td>规模以上工业增加值</td><td>%</td><td>—</td><td>7.6</td><td>9</td></tr>
<tr><td>固定资产投资</td><td>%</td><td>—</td><td>6.8</td><td>21</td></tr>
<tr><td>社会消费品零售总额</td><td>亿元</td><td>168.42</td><td>4.1</td><td>14</td></tr>
<tr><td>一般公共预算收入</td><td>亿元</td><td>23.48</td><td>-3.6</td><td>—</td></tr>
<tr><td>金融机构人民币存款余额</td><td>亿元</td><td>862.37</td><td>9.4</td><td>—</td></tr>
<tr><td>金融机构人民币贷款余额</td><td>亿元</td><td>718.52</td><td>11.2</td><td>—</td></tr>
<tr><td>商品房销售面积</td><td>万平方米</td><td>62.35</td><td>-24.7</td><td>—</td></tr>
</table>
<p>注：全市位次为增速在全市38个区县中的位次。</p>`;

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('2022年1—8月綦岚区经济运行情况分析_重庆市綦岚区人民政府', 'css/common.css')}
</head>
<body>
<div class="top"><span>重庆市綦岚区人民政府</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="banner"><img src="images/banner.gif" alt="重庆市綦岚区人民政府" /></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进綦岚</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">统计信息</a> &gt; <a href="#">统计分析</a></div>
<table class="xxgk" border="0" width="100%">
<tr><td>索引号：</td><td>11500000MB0000000X/2022-00086</td><td>发布机构：</td><td>綦岚区统计局</td></tr>
<tr><td>主题分类：</td><td>统计信息</td><td>成文日期：</td><td>2022-09-19</td></tr>
<tr><td>标题：</td><td colspan="3">2022年1—8月綦岚区经济运行情况分析</td></tr>
<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>2022-09-20</td></tr>
</table>
<div class="article">
<h1>2022年1—8月綦岚区经济运行情况分析</h1>
<div class="info">发布时间：2022-09-20 16:42　来源：綦岚区统计局　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　浏览次数：<span>473</span></div>
<div class="content">
${body}
${table}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">2022年1—7月綦岚区经济运行情况分析</a></li><li><a href="#">2022年上半年綦岚区经济运行情况分析</a></li></ul></div>
</div>
<div class="footer">主办：重庆市綦岚区人民政府办公室　承办：綦岚区大数据应用发展管理局<br />渝ICP备00000000号-1　渝公网安备 50000000000000号　网站标识码：5000000000</div>
</body></html>
`;
}

export function qilanMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Wed, 21 Sep 2022 10:06:18 +0800',
    boundary: '----=_NextPart_000_0000_01D8CD8A.2F1B6E40',
    mimeOle: 'V6.1.7601.24546',
    url: 'http://www.qilan.example/zwgk/tjxx/tjfx/202209/t20220920_1086.html',
    html: page(),
    css: { url: 'http://www.qilan.example/css/common.css', text: '.content p {line-height: 2em}' },
    imageUrl: 'http://www.qilan.example/images/banner.gif',
  });
}
