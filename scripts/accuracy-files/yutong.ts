// The one-hundred-and-seventy-third held-out batch's Word web archive (.mht, session 34): a Sichuan-style county 发改局's
// 关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告 (嵛峒县 under 沱峨市), saved by Word as a 单个文件网页 through
// wordArchiveMht (mht.ts): the title over two lines and the meeting line, 12项…中9项 counts, a chain with 增速居沱峨市第3位，比上年
// 前移2位, 三次产业结构调整为a∶b∶c, 高于/低于年度目标 gaps, 完成年度预算的A% and 税收占比, two tables (the 2023 indicators with
// 年度目标, 完成, 增长 and 全市位次; the 2024 key projects with 总投资 and 2024年计划投资), and 2024 goals with 左右/以上/以内.
// Invented place and figures; its answers are tests/accuracy/yutong-2023-fy-plan.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const yutong = { name: 'yutong-2023-fy-plan' };

const before = [
  '各位代表：',
  '受县人民政府委托，现将嵛峒县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请县十八届人大三次会议审议，并请县政协委员提出意见。',
  '一、2023年国民经济和社会发展计划执行情况',
  '2023年，在县委坚强领导下，在县人大、县政协监督支持下，全县上下认真执行县十八届人大二次会议审查批准的计划，经济运行回升向好，县人代会确定的12项主要预期目标中9项完成或超额完成。',
  '（一）经济总量稳步扩大。全年实现地区生产总值286.42亿元，同比增长6.4%，增速居沱峨市第3位，比上年前移2位。其中，第一产业增加值48.16亿元，增长4.1%；第二产业增加值102.35亿元，增长6.8%；第三产业增加值135.91亿元，增长6.9%。三次产业结构调整为16.8∶35.7∶47.5。',
  '（二）工业和投资有升有降。规模以上工业增加值增长8.2%，高于年度目标0.2个百分点。全社会固定资产投资增长5.1%，低于年度目标4.9个百分点，其中工业投资增长18.6%，民间投资下降2.3%。全年实施县级重点项目86个，完成投资124.6亿元，完成年度计划的108.3%；嵛峒县锂电新材料产业园一期（总投资32亿元，累计完成投资18.5亿元）建成投产，沱峨至嵛峒快速通道完工通车。',
  '（三）消费和财政稳中有进。社会消费品零售总额112.58亿元，增长9.4%。地方一般公共预算收入13.26亿元，增长7.8%，完成年度预算的102.6%；其中税收收入8.91亿元，占比67.2%。',
  '（四）民生保障有力有效。城镇居民人均可支配收入44236元，增长4.8%；农村居民人均可支配收入20318元，增长6.9%。城镇新增就业4126人，城镇登记失业率3.6%。',
  '主要指标完成情况见表1。',
];

const middle = [
  '同时也要看到，固定资产投资、城镇居民人均可支配收入等3项指标未完成年度目标，民间投资连续下降，部分重点项目推进缓慢。',
  '二、2024年国民经济和社会发展计划草案',
  '2024年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；规模以上工业增加值增长9%以上；全社会固定资产投资增长8%；社会消费品零售总额增长9%左右；地方一般公共预算收入增长7%；城乡居民人均可支配收入分别增长6%和7.5%左右；城镇新增就业4000人以上，城镇登记失业率控制在4.5%以内；完成市下达的节能减排任务。',
  '围绕上述目标，全年安排县级重点项目92个，总投资486亿元，年度计划投资132亿元。重点推进以下项目（见表2）：',
];

const after = [
  '三、完成2024年计划的主要措施',
  '（一）狠抓项目投资。坚持“项目为王”，力争全年争取中央预算内投资和专项债券资金12亿元以上。',
  '（二）壮大工业经济。力争锂电新材料产业产值突破100亿元，新增规模以上工业企业15户。',
  '（三）促进消费扩容。办好“嵛峒年货节”等促消费活动，力争限额以上单位消费品零售额增长12%。',
];

const table1 = [
  ['指标', '单位', '年度目标', '完成', '增长（%）', '全市位次'],
  ['地区生产总值', '亿元', '增长6.5%', '286.42', '6.4', '3'],
  ['规模以上工业增加值', '—', '增长8%', '—', '8.2', '2'],
  ['全社会固定资产投资', '—', '增长10%', '—', '5.1', '7'],
  ['社会消费品零售总额', '亿元', '增长9%', '112.58', '9.4', '4'],
  ['地方一般公共预算收入', '亿元', '增长7%', '13.26', '7.8', '5'],
  ['城镇居民人均可支配收入', '元', '增长6%', '44236', '4.8', '6'],
  ['农村居民人均可支配收入', '元', '增长6.5%', '20318', '6.9', '5'],
];

const table2 = [
  ['序号', '项目名称', '建设性质', '总投资（亿元）', '2024年计划投资（亿元）'],
  ['1', '嵛峒县锂电新材料产业园二期', '新建', '45', '12'],
  ['2', '嵛峒县城南污水处理厂扩建工程', '续建', '2.6', '1.5'],
  ['3', '嵛峒县人民医院新院区', '续建', '9.8', '3.2'],
  ['4', '沱峨至嵛峒快速通道北延线', '新建', '7.4', '2.1'],
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const body = (text: string): string => {
  const font = /^[一二三四五]、/.test(text)
    ? '黑体'
    : /^（[一二三四五]）/.test(text)
      ? '楷体_GB2312'
      : '仿宋_GB2312';
  const indent = text === '各位代表：' ? '' : 'text-indent:32.0pt;';
  return `<p class=MsoNormal style='${indent}line-height:29.0pt;mso-line-height-rule:exactly'>${run(text, font)}</p>`;
};

const centre = (text: string, font: string, size: string): string =>
  `<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt;mso-line-height-rule:exactly'>${run(text, font, size)}</p>`;

const right = (text: string): string =>
  `<p class=MsoNormal align=right style='text-align:right;line-height:29.0pt;mso-line-height-rule:exactly'>${run(text)}</p>`;

const cell = (text: string, head: boolean): string =>
  `<td valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>${run(text, head ? '黑体' : '宋体', '10.5pt')}</p></td>`;

const table = (caption: string, rows: readonly (readonly string[])[]): string =>
  `${centre(caption, '黑体', '14.0pt')}
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
${rows.map((r, i) => `<tr>${r.map((c) => cell(c, i === 0)).join('')}</tr>`).join('\n')}
</table>`;

export function yutongMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DA4318.5C2E90A0',
    folder: 'file:///C:/3F8A21C6/',
    stem: 'yutong-jhbg',
    title: '关于嵛峒县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '县发改局',
      revision: 6,
      created: '2024-01-04T02:15:00Z',
      lastSaved: '2024-01-08T09:42:00Z',
      pages: 5,
      company: '嵛峒县发展和改革局',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${centre('关于嵛峒县2023年国民经济和社会发展计划执行情况', '方正小标宋简体', '22.0pt')}

${centre('与2024年国民经济和社会发展计划草案的报告', '方正小标宋简体', '22.0pt')}

${centre('——2024年1月10日在嵛峒县第十八届人民代表大会第三次会议上', '楷体_GB2312', '16.0pt')}

${centre('嵛峒县发展和改革局', '楷体_GB2312', '16.0pt')}

${before.map(body).join('\n\n')}

${table('表1  嵛峒县2023年主要经济指标完成情况', table1)}

${middle.map(body).join('\n\n')}

${table('表2  嵛峒县2024年县级重点项目（部分）', table2)}

${after.map(body).join('\n\n')}

${right('嵛峒县发展和改革局')}

${right('2024年1月8日')}`,
    headerHtm: plainFooterHtm('yutong-jhbg'),
  });
}
