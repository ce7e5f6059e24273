// The one-hundred-and-twenty-fifth held-out batch's Word web archive (.mht, session 32): a Heilongjiang-style county
// 发展和改革局's report to the county congress standing committee on the execution of the 2021 plan in the first half
// (泖岫县 under 桦泷市), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts): the byline (date, session,
// speaker), the addressee, part 一's topic paragraphs with 同比增长A%，两年平均增长B% (the 2021 form against the 2020
// base the epidemic lowered), 高于全市平均水平, 居全市8个县（市、区）第3位，较一季度前移1位, 较一季度后移2位, 高于年度目标,
// 完成年度预算的A%，超序时进度, 税收占比, the 32个 key-project programme and three projects; a Word table of 年度目标（%）,
// 上半年, 增速（%）, 两年平均增速（%） and 全市位次 with '—' cells and a 注; part 二's problems; part 三's 确保…以上 and
// 力争…突破 goals; beside it the header part (page footer), the theme and filelist.xml.
// Invented place and figures; its answers are tests/accuracy/maoxiu-2021-h1-plan.answers.json.

import { PLAIN_FOOTER_LAYOUT, plainFooterHtm, wordPlanReportMht } from './mht.js';

export const maoxiu = { name: 'maoxiu-2021-h1-plan' };

const before = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将我县2021年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，面对国内疫情多点散发和原材料价格上涨等不利因素，全县上下统筹疫情防控和经济社会发展，认真执行县十七届人大六次会议批准的年度计划，经济运行持续稳定恢复，主要指标好于预期。',
  '（一）经济总量稳步恢复。经桦泷市统计局统一核算，上半年全县实现地区生产总值52.36亿元，同比增长9.8%，两年平均增长4.6%，高于全市平均水平0.7个百分点，居全市8个县（市、区）第3位，较一季度前移1位。其中，第一产业增加值8.42亿元，增长7.1%；第二产业增加值15.27亿元，增长12.6%；第三产业增加值28.67亿元，增长9.0%。',
  '（二）工业生产加快回升。规模以上工业增加值同比增长15.3%，两年平均增长7.2%，高于年度目标7.3个百分点，增速居全市第2位。规模以上工业企业实现营业收入36.84亿元，增长21.4%；实现利润总额2.17亿元，增长18.5%。',
  '（三）投资消费持续恢复。固定资产投资同比增长11.6%，两年平均增长5.1%。全县32个亿元以上重点项目开复工28个，完成投资12.6亿元，占年度计划的53.8%。其中，泖岫县10万吨玉米深加工项目总投资6.8亿元，累计完成投资3.2亿元；泖岫县城区集中供热管网改造工程总投资1.5亿元，上半年完成投资0.62亿元；桦泷至泖岫公路改扩建工程于5月中旬开工。社会消费品零售总额20.15亿元，同比增长14.2%，两年平均增长2.3%，增速居全市第5位，较一季度后移2位。',
  '（四）财政收入较快增长。一般公共预算收入2.64亿元，同比增长16.7%，完成年度预算的56.2%，超序时进度6.2个百分点；其中税收收入1.85亿元，增长19.4%，税收占比达70.1%。',
  '（五）居民收入稳步提高。城镇常住居民人均可支配收入15862元，增长8.6%，两年平均增长5.3%；农村常住居民人均可支配收入8214元，增长12.4%，两年平均增长8.1%。',
  '上半年主要经济指标完成情况详见下表。',
];

const after = [
  '二、计划执行中存在的问题',
  '一是恢复基础尚不牢固。部分指标两年平均增速仍低于疫情前水平，社会消费品零售总额两年平均仅增长2.3%，餐饮、住宿等接触型消费恢复偏慢。二是项目支撑不足。32个亿元以上重点项目中仍有4个未开工，新谋划储备项目偏少。三是财政收支矛盾突出，疫情防控和保基本民生支出刚性增长。',
  '三、下半年工作安排',
  '下半年，我们将坚持常态化疫情防控不放松，紧盯年度目标任务，确保全年地区生产总值增长7%以上、固定资产投资增长10%以上，力争一般公共预算收入突破5亿元。（一）全力抓项目扩投资，推动4个未开工项目三季度全部开工，加快泖岫县10万吨玉米深加工项目建设，力争年底前投产。（二）全力促消费稳市场，开展促消费活动6场次。（三）全力保民生防风险，兜牢基层“三保”底线。',
];

type Row = readonly string[];
const header: Row = [
  '指标名称',
  '单位',
  '年度目标（%）',
  '上半年',
  '增速（%）',
  '两年平均增速（%）',
  '全市位次',
];
const rows: Row[] = [
  ['地区生产总值', '亿元', '7', '52.36', '9.8', '4.6', '3'],
  ['规模以上工业增加值', '亿元', '8', '—', '15.3', '7.2', '2'],
  ['固定资产投资', '亿元', '10', '—', '11.6', '5.1', '4'],
  ['社会消费品零售总额', '亿元', '12', '20.15', '14.2', '2.3', '5'],
  ['一般公共预算收入', '亿元', '6', '2.64', '16.7', '3.9', '2'],
  ['城镇常住居民人均可支配收入', '元', '7', '15862', '8.6', '5.3', '4'],
  ['农村常住居民人均可支配收入', '元', '8', '8214', '12.4', '8.1', '3'],
];

const run = (text: string, font = '仿宋_GB2312', size = '16.0pt') =>
  `<span lang=ZH-CN style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const body = (text: string, first: boolean): string => {
  if (first)
    return `<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>${run(text)}</p>`;
  const font = /^[一二三四五]、/.test(text) ? '黑体' : '仿宋_GB2312';
  return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${run(text, font)}</p>`;
};

const centre = (text: string, font: string, size: string): string =>
  `<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt;mso-line-height-rule:exactly'>${run(text, font, size)}</p>`;

const cell = (text: string, width: number, bold: boolean): string =>
  `<td width=${width} valign=middle style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'>${run(text, bold ? '黑体' : '仿宋_GB2312', '10.5pt')}</p>
  </td>`;

const widths = [150, 44, 66, 62, 56, 74, 56];
const table = `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 align=center
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
${[header, ...rows]
  .map(
    (r, i) =>
      ` <tr style='mso-yfti-irow:${i};height:20.0pt'>\n  ${r.map((t, j) => cell(t, widths[j] ?? 60, i === 0)).join('\n  ')}\n </tr>`,
  )
  .join('\n')}
</table>`;

export function maoxiuMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01D78A3C.5E2B91F0',
    folder: 'file:///C:/3F8A21C6/',
    stem: 'maoxiu-jhzx',
    title: '关于泖岫县2021年上半年国民经济和社会发展计划执行情况的报告',
    properties: {
      author: 'fgj',
      lastAuthor: '发改局办公室',
      revision: 6,
      created: '2021-07-22T00:51:00Z',
      lastSaved: '2021-07-27T08:14:00Z',
      pages: 4,
      company: '泖岫县发展和改革局',
    },
    layout: PLAIN_FOOTER_LAYOUT,
    body: `${centre('关于泖岫县2021年上半年国民经济和社会发展', '方正小标宋简体', '22.0pt')}

${centre('计划执行情况的报告', '方正小标宋简体', '22.0pt')}

${centre('——2021年7月28日在县第十七届人民代表大会常务委员会第三十二次会议上', '楷体_GB2312', '16.0pt')}

${centre('县发展和改革局局长　孙立衡', '楷体_GB2312', '16.0pt')}

${before.map((t, i) => body(t, i === 0)).join('\n\n')}

${centre('泖岫县2021年上半年主要经济指标完成情况表', '黑体', '14.0pt')}

${table}

<p class=MsoNormal style='line-height:20.0pt'>${run('注：两年平均增速以2019年同期为基数计算；全市位次按增速排列。', '仿宋_GB2312', '10.5pt')}</p>

${after.map((t) => body(t, false)).join('\n\n')}`,
    headerHtm: plainFooterHtm('maoxiu-jhzx'),
  });
}
