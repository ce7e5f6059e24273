// The two-hundred-and-twenty-fourth held-out batch's .mht (session 36): a Jiangsu-style county's 政府工作报告 delivered
// in January 2023 on 2022 (滆澄县 under 澴溪市), as the county portal's page saved from Internet Explorer 11 as a web
// archive (mht.ts's savedPageMht: GB2312 html in quoted-printable beside a stylesheet and the logo). Nav, breadcrumbs,
// an info line with 字号, 打印/关闭, 上一篇/下一篇 and a footer surround the article. Forms: 预计…首次突破千亿元大关, 同口径增长,
// 税收占比, a park's 营业收入, a key-project programme 占年度计划的A%, named projects with 总投资, 2023年 goals with
// 左右/以上/以内 and 与经济增长基本同步, and the 十四五 plan's goals for 2025 in prose. Invented place and figures; its answers
// are tests/accuracy/gecheng-2022-fy-gov-report.answers.json.

import { savedPageHead, savedPageMht } from './mht.js';

export const gecheng = { name: 'gecheng-2022-fy-gov-report' };

const paragraphs = [
  '——2023年1月10日在滆澄县第十八届人民代表大会第三次会议上',
  '滆澄县人民政府县长　周立群',
  '各位代表：',
  '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
  '<strong>一、2022年工作回顾</strong>',
  '2022年是极不平凡的一年。面对疫情反复冲击和经济下行压力，在澴溪市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，我们坚持稳中求进工作总基调，全力以赴稳经济、促发展、保民生，较好完成了县十八届人大二次会议确定的目标任务。',
  '预计全年实现地区生产总值1086.5亿元，增长3.8%，首次突破千亿元大关；一般公共预算收入68.42亿元，同口径增长6.5%，其中税收收入54.18亿元，税收占比79.2%；规上工业总产值2450亿元，增长9.6%；固定资产投资增长5.2%；社会消费品零售总额386.7亿元，下降1.2%；外贸进出口总额86.3亿美元，增长7.4%；实际使用外资3.12亿美元，增长15.6%；城乡居民人均可支配收入分别达到61250元、33480元，增长4.6%、6.3%。',
  '一年来，我们重点抓了以下工作：',
  '（一）坚持制造强县，产业结构持续优化。新增规上工业企业96家，总数达1268家。高新技术产业产值占规上工业总产值比重达51.6%，提高2.4个百分点。滆澄经济开发区实现营业收入1520亿元，增长8.2%。',
  '（二）坚持项目为王，发展后劲不断增强。全年实施省、市重大项目48个，完成投资212亿元，占年度计划的118%。总投资80亿元的滆澄锂电新材料产业基地一期建成投产，总投资26亿元的澴溪至滆澄城际快速路建成通车，滆澄县人民医院新院区主体结构封顶。',
  '（三）坚持民生优先，群众福祉持续改善。城镇新增就业1.42万人，城镇登记失业率1.8%。民生支出占一般公共预算支出的比重达78.5%。12件民生实事全面完成。',
  '我们也清醒地看到，经济发展仍面临不少困难和挑战：消费恢复偏慢，重大产业项目储备不足，科技创新能力有待增强。我们将采取有力措施，认真加以解决。',
  '<strong>二、2023年工作安排</strong>',
  '2023年是全面贯彻党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键之年。对照“十四五”规划确定的到2025年地区生产总值达到1300亿元、规上工业总产值突破3000亿元的目标，今年必须跑出加速度。',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%左右；规上工业总产值增长10%以上；固定资产投资增长8%以上；社会消费品零售总额增长6%左右；外贸进出口、实际使用外资稳中提质；城乡居民人均可支配收入增长与经济增长基本同步；城镇新增就业1.3万人以上，城镇调查失业率控制在5%以内；居民消费价格涨幅3%左右；单位地区生产总值能耗完成市下达目标。',
  '围绕上述目标，重点抓好以下工作：',
  '（一）全力扩大有效投资。全年安排重大项目52个，年度计划投资230亿元。开工建设总投资35亿元的滆澄智能装备产业园，加快滆澄锂电新材料产业基地二期建设，建成滆澄县人民医院新院区，推进滆澄县西湖湿地生态修复工程（总投资8.6亿元）。',
  '（二）加快恢复和扩大消费。办好“滆澄消费季”系列活动，力争社会消费品零售总额重回400亿元以上。',
  '（三）持续办好民生实事。实施15件民生实事项目，让发展成果更多更公平惠及全县人民。',
  '各位代表，新征程号角已经吹响。让我们在县委的坚强领导下，踔厉奋发、勇毅前行，为谱写“强富美高”新滆澄现代化建设新篇章而努力奋斗！',
];

function page(): string {
  const body = paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n');
  return `${savedPageHead('2023年政府工作报告_滆澄县人民政府', 'css/common.css')}
</head>
<body>
<div class="head"><img src="images/logo.gif" alt="滆澄县人民政府" /><div class="search">站内搜索 <input type="text" /> 搜索</div></div>
<div class="menu"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进滆澄</a></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府工作报告</a></div>
<div class="xxgk"><table><tr><td>索引号：014136523/2023-00011</td><td>分类：政府工作报告</td></tr><tr><td>发布机构：滆澄县人民政府办公室</td><td>发文日期：2023-01-16</td></tr></table></div>
<div class="article">
<h1>2023年政府工作报告</h1>
<div class="info">发布日期：2023-01-16 16:20　信息来源：县政府办　阅读次数：<span>2586</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
${body}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pagenav">上一篇：<a href="#">滆澄县2022年国民经济和社会发展计划执行情况与2023年计划草案</a><br />下一篇：<a href="#">滆澄县召开2023年重大项目推进会</a></div>
</div>
<div class="footer">主办单位：滆澄县人民政府办公室　技术支持：滆澄县大数据管理中心<br />苏ICP备00000000号-2　网站标识码：0000000000　苏公网安备 00000000000000号</div>
</body></html>
`;
}

export function gechengMht(): Buffer {
  return savedPageMht({
    savedBy: 'Windows Internet Explorer 11',
    date: 'Tue, 17 Jan 2023 09:42:13 +0800',
    boundary: '----=_NextPart_000_0000_01D92A4B.3C7E1A20',
    mimeOle: 'V6.1.7601.24000',
    url: 'http://www.gecheng.example/zfxxgk/zfgzbg/202301/t20230116_1482.html',
    html: page(),
    css: { url: 'http://www.gecheng.example/css/common.css', text: '.content p {line-height: 2em}' },
    imageUrl: 'http://www.gecheng.example/images/logo.gif',
  });
}
