// The one-hundred-and-sixty-seventh held-out batch's web archive: a Henan-style county 统计局's 2023年一季度经济运行情况
// (洧渚县 under 颍郏市) saved from the county portal by Internet Explorer as .mht (GB2312, quoted-printable, through
// mht.ts's savedPageMht): numbered sections with 居全市9个县（市、区）第4位，较上年同期前移2位, 高于全市平均水平B个百分点,
// 分行业 growths with a decline, 亿元以上在建项目 with its amount and growth, the tax share, 3月末 balances with
// 比年初增加, and a table 绝对值/同比增长/全市位次 under three numbered 注 lines. Invented place and figures; the answers
// are tests/accuracy/weizhu-2023-q1-analysis.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const weizhu = { name: 'weizhu-2023-q1-analysis' };

const paras = [
  '今年以来，全县上下坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促消费，一季度经济运行开局平稳、稳中有进。',
  '<strong>一、地区生产总值</strong>',
  '根据颍郏市地区生产总值统一核算结果，一季度全县地区生产总值完成68.42亿元，按可比价格计算，同比增长5.1%，增速居全市9个县（市、区）第4位，较上年同期前移2位。其中，第一产业增加值7.35亿元，增长3.8%；第二产业增加值29.84亿元，增长6.2%；第三产业增加值31.23亿元，增长4.3%。',
  '<strong>二、工业生产</strong>',
  '一季度，全县规模以上工业增加值同比增长7.6%，高于全市平均水平1.2个百分点，居全市第2位。分行业看，食品加工业增长11.3%，纺织服装业下降2.7%。',
  '<strong>三、固定资产投资</strong>',
  '一季度，全县固定资产投资同比增长10.8%，居全市第3位。其中，工业投资增长18.5%；房地产开发投资下降12.4%。亿元以上在建项目38个，完成投资14.6亿元，增长16.2%。',
  '<strong>四、消费市场</strong>',
  '一季度，全县社会消费品零售总额完成24.17亿元，同比增长6.3%，居全市第6位。',
  '<strong>五、财政收入</strong>',
  '一季度，全县一般公共预算收入完成3.26亿元，同比增长9.4%。其中，税收收入2.14亿元，增长7.2%，占一般公共预算收入的65.6%。',
  '<strong>六、居民收入</strong>',
  '一季度，全县居民人均可支配收入6843元，同比增长5.6%。其中，城镇居民人均可支配收入9216元，增长4.7%；农村居民人均可支配收入5172元，增长6.9%。',
  '<strong>七、金融存贷</strong>',
  '3月末，全县金融机构各项存款余额312.58亿元，比年初增加18.64亿元；各项贷款余额186.27亿元，同比增长11.3%。',
];

const table = [
  ['指标名称', '单位', '绝对值', '同比增长（%）', '全市位次'],
  ['地区生产总值', '亿元', '68.42', '5.1', '4'],
  ['规模以上工业增加值', '亿元', '—', '7.6', '2'],
  ['固定资产投资', '亿元', '—', '10.8', '3'],
  ['社会消费品零售总额', '亿元', '24.17', '6.3', '6'],
  ['一般公共预算收入', '亿元', '3.26', '9.4', '5'],
  ['居民人均可支配收入', '元', '6843', '5.6', '7'],
  ['城镇居民人均可支配收入', '元', '9216', '4.7', '8'],
  ['农村居民人均可支配收入', '元', '5172', '6.9', '3'],
];

const notes = [
  '注：1.地区生产总值为统一核算数，增速按可比价格计算。',
  '2.全市位次为增速在颍郏市9个县（市、区）中的位次。',
  '3.固定资产投资不含农户。',
];

function page(): string {
  const body = savedPageParas(paras);
  const rows = savedPageRows(table, '<td align="center">');
  return `${savedPageHead('2023年一季度全县经济运行情况_统计信息_洧渚县人民政府')}
</head><body>
<div class="top"><img src="logo.gif" alt="" />洧渚县人民政府</div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">统计信息</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="position">当前位置：首页 &gt; 统计信息 &gt; 统计分析</div>
<div class="article">
<h1>2023年一季度全县经济运行情况</h1>
<div class="info">发布时间：2023-04-24　　来源：县统计局　　浏览次数：438　　【字体：大 中 小】</div>
<div class="content">
${body}
<p align="center"><b>2023年一季度洧渚县主要经济指标</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="100%">
${rows}
</table>
${notes.map((n) => `<p>${n}</p>`).join('\n')}
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：洧渚县人民政府办公室　承办：洧渚县大数据中心<br />豫ICP备00000000号　网站标识码：0000000000</div>
</body></html>
`;
}

export function weizhuMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Wed, 26 Apr 2023 09:14:37 +0800',
    boundary: '----=_NextPart_000_0000_01D97804.3B6C2E10',
    mimeOle: 'V6.1.7601.24000',
    url: 'http://www.weizhu.example/tjxx/tjfx/202304/t20230424_438.html',
    html: page(),
    css: { url: 'http://www.weizhu.example/style.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.weizhu.example/logo.gif',
  });
}
