// Held-out-431 (session 48): a Shaanxi-style county statistics bureau's 潞水县2003年国民经济和社会发展统计公报 (潞水县, invented)
// saved from the county portal by Internet Explorer 6 as .mht (GB2312, quoted-printable, via mht.ts): a lead on 非典 and the
// floods, nine numbered parts (综合 with 人均生产总值 and 三次产业结构, 农业 with 表1 主要农产品产量, 工业和建筑业, 投资, 贸易和旅游,
// 财政金融 with 表2 存贷款, 人民生活, 社会事业), a 注 under the tables. Invented place and figures; the answers are
// tests/accuracy/lushui-2003-fy-communique.answers.json.

import { savedPageHead, savedPageMht, savedPageParas, savedPageRows } from './mht.js';

export const lushui = { name: 'lushui-2003-fy-communique' };

/** Paragraphs before table 1, between the tables, and after table 2. */
export const lushuiParas = {
  lead: [
    '2003年，全县人民在县委、县政府的正确领导下，以邓小平理论和“三个代表”重要思想为指导，认真贯彻党的十六大精神，沉着应对突如其来的非典疫情和8月份渭河流域洪涝灾害带来的严峻考验，扎实推进“工业强县、果畜富民”战略，全县国民经济保持了较快增长，各项社会事业全面进步，人民生活继续改善。',
    '<strong>一、综合</strong>',
    '经济总量继续扩大。经初步核算，全年全县生产总值32.46亿元，按可比价格计算，比上年增长11.3%。其中，第一产业增加值7.85亿元，增长5.2%；第二产业增加值14.26亿元，增长16.4%；第三产业增加值10.35亿元，增长9.1%。三次产业结构为24.2:43.9:31.9。按年平均人口计算，人均生产总值6128元，比上年增长10.6%。',
    '非公有制经济加快发展。全年非公有制经济实现增加值12.74亿元，增长14.2%，占全县生产总值的比重为39.2%。',
    '人口增长得到控制。年末全县总人口53.12万人，全年出生人口5836人，人口自然增长率为4.86‰。',
    '市场物价基本稳定。全年居民消费价格总水平比上年上涨1.4%，其中食品类价格上涨3.2%。',
    '<strong>二、农业</strong>',
    '全年实现农林牧渔业总产值12.64亿元，按可比价格计算，比上年增长5.6%。粮食播种面积48.6万亩，比上年减少1.8万亩；粮食总产量15.32万吨，增长3.8%。果业稳步发展，年末果园面积达到26.4万亩，其中苹果面积21.7万亩。畜牧业持续增长，肉类总产量2.36万吨，增长6.2%；年末大牲畜存栏8.6万头。主要农产品产量见表1。',
  ],
  middle: [
    '<strong>三、工业和建筑业</strong>',
    '工业生产快速增长。全年实现全部工业增加值12.58亿元，比上年增长17.1%。其中，规模以上工业增加值9.46亿元，增长19.8%；规模以上工业总产值28.64亿元，增长21.3%。规模以上工业产品销售率97.2%，比上年提高0.8个百分点。全县规模以上工业企业达到42户，比上年增加5户。',
    '建筑业平稳发展。全年建筑业增加值1.68亿元，增长8.5%。',
    '<strong>四、固定资产投资</strong>',
    '投资规模持续扩大。全年全社会固定资产投资15.86亿元，比上年增长28.4%。其中，城镇固定资产投资12.34亿元，增长31.6%；农村固定资产投资3.52亿元，增长18.9%。房地产开发投资1.26亿元，增长42.1%；商品房销售面积5.8万平方米，增长15.2%。全年施工的500万元以上项目86个，其中新开工项目41个。潞水热电厂一期工程总投资3.6亿元，当年完成投资1.42亿元；渭河潞水段防洪工程完成投资2860万元。',
    '<strong>五、国内贸易和旅游</strong>',
    '消费品市场平稳增长。全年社会消费品零售总额9.64亿元，比上年增长9.2%。受非典疫情影响，旅游业出现下滑，全年接待游客125.6万人次，下降3.8%；旅游收入3.42亿元，下降2.6%。',
    '<strong>六、对外经济</strong>',
    '全年招商引资到位资金3.26亿元，比上年增长20.7%。外贸自营出口1260万美元，增长18.4%。',
    '<strong>七、财政和金融</strong>',
    '全年财政总收入2.16亿元，比上年增长15.8%；其中地方财政收入1.28亿元，增长17.4%。一般预算支出3.65亿元，增长12.3%。',
    '金融运行平稳。年末全县金融机构各项存款余额38.65亿元，比年初增加4.92亿元。金融机构存贷款情况见表2。',
  ],
  tail: [
    '<strong>八、人民生活</strong>',
    '城乡居民收入稳步增加。全年城镇居民人均可支配收入6135元，比上年增长8.1%；农民人均纯收入1826元，增长6.7%。全年新增城镇就业1840人，年末城镇登记失业率为3.6%。',
    '<strong>九、社会事业</strong>',
    '年末全县有各级各类学校312所，在校学生9.86万人。全县有卫生机构46个，卫生技术人员1268人。防治非典期间，全县设立发热门诊18个、留观室23个，未发生非典病例。',
  ],
};

const table1 = [
  ['产品名称', '单位', '产量', '比上年增长（%）'],
  ['粮食总产量', '万吨', '15.32', '3.8'],
  ['油料', '万吨', '1.26', '-4.5'],
  ['蔬菜', '万吨', '18.40', '12.6'],
  ['水果', '万吨', '9.85', '7.3'],
  ['肉类总产量', '万吨', '2.36', '6.2'],
];

const table2 = [
  ['指标', '年末数（亿元）', '比年初增长（%）'],
  ['各项存款余额', '38.65', '14.6'],
  ['其中：城乡居民储蓄存款余额', '27.42', '13.8'],
  ['各项贷款余额', '21.36', '9.4'],
];

function page(): string {
  return `${savedPageHead('潞水县2003年国民经济和社会发展统计公报－潞水县人民政府', '/css/main.css')}
</head>
<body>
<div class="top"><img src="/images/banner.gif" alt="潞水县人民政府" /></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">统计信息</a> | <a href="#">投资潞水</a> | <a href="#">便民服务</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">统计信息</a> &gt;&gt; <a href="#">统计公报</a></div>
<div class="article">
<h1>潞水县2003年国民经济和社会发展统计公报</h1>
<div class="info">潞水县统计局　　2004年3月10日　　浏览次数：1287</div>
<div class="content">
${savedPageParas(lushuiParas.lead)}
<p align="center"><b>表1　2003年主要农产品产量</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="90%" align="center">
${savedPageRows(table1)}
</table>
${savedPageParas(lushuiParas.middle)}
<p align="center"><b>表2　2003年末金融机构存贷款</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="90%" align="center">
${savedPageRows(table2)}
</table>
${savedPageParas(lushuiParas.tail)}
<p>注：1.本公报所列数据均为初步统计数；2.生产总值、各产业增加值绝对数按现行价格计算，增长速度按可比价格计算；3.部分数据因四舍五入，分项合计与总数略有出入。</p>
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">潞水县人民政府主办　潞水县信息中心承办<br />陕ICP备00000000号</div>
</body></html>
`;
}

export function lushuiMht(): Buffer {
  return savedPageMht({
    savedBy: 'Microsoft Internet Explorer 5',
    date: 'Thu, 18 Mar 2004 10:26:43 +0800',
    boundary: '----=_NextPart_000_0000_01C40CE4.6A2B3F80',
    mimeOle: 'V6.00.2800.1409',
    url: 'http://www.lushui.example/tjxx/tjgb/200403/t20040310_186.htm',
    html: page(),
    css: { url: 'http://www.lushui.example/css/main.css', text: 'div.info {color: #666}' },
    imageUrl: 'http://www.lushui.example/images/banner.gif',
  });
}
