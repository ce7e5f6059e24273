// The seventy-second held-out batch's Word web archive (.mht): 垭澜县's (under 巫峤市) development and reform bureau's
// report on the 2024 前三季度 plan execution to the county's standing committee, saved by Word as a 单个文件网页: a MIME
// multipart/related message whose html part (GB2312, quoted-printable) carries Word's namespaces, MsoNormal paragraphs,
// styled h1/h2 headings, a MsoTableGrid indicator table (年度计划 | 1—9月 | 增长% | 完成年计划% | 全市排位) with a note,
// beside the header part (page-number footer), the theme and filelist.xml. Invented place and figures; its answers are
// tests/accuracy/yalan-2024-q3-plan.answers.json.

import {
  MSO_HEADER_FOOTER,
  MSO_NORMAL,
  MSO_TABLE_GRID,
  pageNumberFooter,
  wordFooterHtm,
  wordPlanReportMht,
} from './mht.js';

export const yalan = { name: 'yalan-2024-q3-plan' };

/** A body paragraph: an optional bold 楷体 lead (（一）… or 一是…) and the text. */
type Para = readonly [string, string];

const intro: Para[] = [
  ['', '受县人民政府委托，现将我县2024年前三季度国民经济和社会发展计划执行情况报告如下，请予审议。'],
];

const part1: Para[] = [
  [
    '',
    '今年以来，全县上下认真落实县委、县政府决策部署，坚持稳中求进工作总基调，统筹推进稳增长、调结构、防风险、惠民生各项工作，全县经济运行呈现稳中有进、进中承压态势。县十八届人大四次会议确定的18项主要预期指标中，6项快于时序进度，9项与时序进度基本同步，3项明显滞后。',
  ],
  [
    '（一）经济总量稳步扩大。',
    '前三季度，全县实现地区生产总值196.42亿元，同比增长6.1%，增速较上半年回落0.3个百分点，高于全市平均水平0.4个百分点，在全市11个区县中排第4位、较上半年前移1位。其中，第一产业增加值27.85亿元、增长4.2%，第二产业增加值71.36亿元、增长7.5%，第三产业增加值97.21亿元、增长5.7%，三次产业结构调整为14.2∶36.3∶49.5。',
  ],
  [
    '（二）工业经济较快增长。',
    '规模以上工业增加值同比增长8.4%，增速高于全市1.2个百分点，居全市第3位，总量完成年计划的72.7%。新增入规企业9户，全县规上工业企业达到143户。分行业看，食品加工业增加值增长11.6%，建材业增加值增长3.2%，电力生产和供应业增加值下降2.7%。规上工业企业营业收入182.6亿元、增长9.3%，利润总额8.14亿元、下降5.8%，降幅较上半年收窄3.1个百分点。工业用电量6.83亿千瓦时，增长7.9%。',
  ],
  [
    '（三）有效投资承压运行。',
    '固定资产投资完成103.68亿元，同比增长5.2%，完成年计划的68.2%，低于时序进度6.8个百分点，增速居全市第7位、较上半年后移2位。其中，工业投资35.04亿元、增长12.6%，占全部投资的33.8%；基础设施投资增长3.1%；房地产开发投资下降14.7%，下拉全县投资增速2.3个百分点。全县175个县级重点项目累计完成投资86.4亿元，完成年度计划的71.5%；计划新开工项目48个，已开工41个，开工率85.4%。',
  ],
  [
    '（四）消费市场平稳恢复。',
    '社会消费品零售总额86.97亿元，同比增长4.3%，完成年计划的73.7%，居全市第6位。其中，限额以上单位消费品零售额21.38亿元、增长6.6%；餐饮收入12.45亿元、增长8.9%。文旅消费持续升温，接待游客1286.5万人次、增长15.3%，实现旅游综合收入92.7亿元、增长12.8%。',
  ],
  [
    '（五）财政金融运行稳健。',
    '一般公共预算收入8.74亿元，同比增长6.8%，完成年度预算的75.3%，快于时序进度0.3个百分点；其中税收收入5.12亿元、下降3.5%，税收占比58.6%。一般公共预算支出31.65亿元、增长2.4%，其中民生支出24.37亿元，占一般公共预算支出的77.0%。9月末，金融机构各项存款余额412.8亿元、比年初增加27.5亿元；各项贷款余额296.3亿元、比年初增加18.9亿元。',
  ],
  [
    '（六）外贸进出口降幅较大。',
    '受主要出口企业订单减少影响，外贸进出口总额5.26亿元，同比下降12.4%，完成年计划的55.4%，居全市第9位。其中，出口3.87亿元、下降9.6%。',
  ],
  [
    '（七）民生保障持续加强。',
    '城镇常住居民人均可支配收入33518元、增长4.6%；农村常住居民人均可支配收入14772元、增长6.9%，增速居全市第5位。城镇新增就业4826人，完成年度目标任务的87.7%；9月城镇调查失业率为5.2%。',
  ],
  ['', '主要经济指标完成情况详见下表。'],
];

const part2: Para[] = [
  [
    '一是投资后劲不足。',
    '固定资产投资低于时序进度，新开工项目中亿元以上项目仅12个，储备项目转化为在建项目偏慢，房地产开发投资持续负增长。',
  ],
  [
    '二是工业效益下滑。',
    '受原材料价格波动影响，规上工业企业中亏损企业达到37户，亏损面25.9%，较上年同期扩大4.6个百分点。',
  ],
  ['三是外贸形势严峻。', '外贸进出口总额距年计划还差4.24亿元，全年目标完成难度较大。'],
  ['四是财政收支矛盾突出。', '税收收入负增长，土地出让收入同比减少2.86亿元，“三保”等刚性支出压力加大。'],
];

const part3: Para[] = [
  [
    '',
    '第四季度，我们将紧盯全年目标任务，确保全年地区生产总值增长6.5%左右、规模以上工业增加值增长9%以上、固定资产投资增长7%、社会消费品零售总额增长5%以上，一般公共预算收入完成11.6亿元。',
  ],
  [
    '（一）全力抓项目稳投资。',
    '总投资32亿元的垭澜经开区锂电新材料产业园项目已累计完成投资11.6亿元，一期主体厂房已封顶，确保年底前部分投产。垭澜至巫峤快速通道（二期）工程总投资18.5亿元，力争11月开工。县中医院迁建工程今年完成投资2.35亿元，完成年度计划的78.3%，年底前完成主体结构。推动县城第二污水处理厂、澜溪河生态修复工程等14个项目在年底前开工。',
  ],
  [
    '（二）全力稳工业强企业。',
    '落实重点企业“一企一策”帮扶，推动9户停产半停产企业复工，力争全年新增入规企业15户以上。',
  ],
  ['（三）全力促消费扩内需。', '举办垭澜秋冬消费季活动，发放消费券300万元，支持汽车、家电以旧换新。'],
  [
    '（四）全力保民生防风险。',
    '加强财政收支管理，兜牢“三保”底线；抓好高校毕业生等重点群体就业，确保全年城镇新增就业5500人。',
  ],
];

/** 指标名称, 单位, 年度计划, 1—9月, 增长%, 完成年计划%, 全市排位 ('—' none). */
type Row = readonly [string, string, string, string, string, string, string];

const rows: Row[] = [
  ['地区生产总值', '亿元', '268', '196.42', '6.1', '73.3', '4'],
  ['规模以上工业增加值', '亿元', '66.5', '48.37', '8.4', '72.7', '3'],
  ['固定资产投资', '亿元', '152', '103.68', '5.2', '68.2', '7'],
  ['　其中：工业投资', '亿元', '48', '35.04', '12.6', '73.0', '2'],
  ['社会消费品零售总额', '亿元', '118', '86.97', '4.3', '73.7', '6'],
  ['一般公共预算收入', '亿元', '11.6', '8.74', '6.8', '75.3', '5'],
  ['　其中：税收收入', '亿元', '7.3', '5.12', '-3.5', '70.1', '—'],
  ['外贸进出口总额', '亿元', '9.5', '5.26', '-12.4', '55.4', '9'],
  ['城镇常住居民人均可支配收入', '元', '46200', '33518', '4.6', '72.5', '8'],
  ['农村常住居民人均可支配收入', '元', '19850', '14772', '6.9', '74.4', '5'],
];

const span = (text: string, font = '仿宋_GB2312') =>
  `<span style='font-size:16.0pt;font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const para = ([lead, text]: Para): string =>
  `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${
    lead ? `<b>${span(lead, '楷体_GB2312')}</b>` : ''
  }${span(text)}</p>`;

const heading = (text: string): string =>
  `<h2 style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:黑体;font-weight:normal'>${text}</span></h2>`;

const cell = (text: string, width: number, bold = false): string =>
  `<td width=${width} valign=middle style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>${
    bold ? '<b>' : ''
  }<span style='font-size:10.5pt;font-family:宋体'>${text}</span>${bold ? '</b>' : ''}</p></td>`;

const widths = [190, 50, 70, 70, 60, 80, 60];
const header: Row = ['指标名称', '单位', '年度计划', '1—9月', '增长%', '完成年计划%', '全市排位'];

function table(): string {
  const tr = (row: Row, bold = false) =>
    `<tr style='height:19.85pt'>${row.map((c, i) => cell(c, widths[i] ?? 60, bold)).join('')}</tr>`;
  return `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt;font-family:黑体'>垭澜县2024年1—9月主要经济指标完成情况表</span></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
${[tr(header, true), ...rows.map((r) => tr(r))].join('\n')}
</table>
<p class=MsoNormal><span style='font-size:10.5pt;font-family:宋体'>注：全市排位为增速在巫峤市11个区县中的位次；地区生产总值、规模以上工业增加值增速按可比价计算。</span></p>`;
}

export function yalanMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DB29F1.6C3A8E40',
    folder: 'file:///C:/8F2D4A17/',
    stem: 'yalan-q3',
    title: '关于垭澜县2024年前三季度国民经济和社会发展计划执行情况的报告',
    properties: {
      author: '县发展改革局',
      lastAuthor: '综合规划股',
      revision: 7,
      created: '2024-10-24T02:11:00Z',
      lastSaved: '2024-10-28T08:36:00Z',
      pages: 6,
      company: '垭澜县发展和改革局',
    },
    layout: {
      full: true,
      fonts: ['宋体', '黑体', '仿宋_GB2312', '楷体_GB2312', '方正小标宋简体'],
      styles: [
        MSO_NORMAL,
        ' h1 {mso-style-priority:9;mso-style-qformat:yes;mso-style-link:"标题 1 字符";margin-top:17.0pt;margin-bottom:16.5pt;\n\ttext-align:center;line-height:240%;mso-outline-level:1;font-size:22.0pt;font-family:方正小标宋简体;font-weight:normal;}',
        ' h2 {mso-style-priority:9;mso-style-qformat:yes;mso-style-link:"标题 2 字符";margin:0cm;mso-outline-level:2;\n\tfont-size:16.0pt;font-family:黑体;font-weight:normal;}',
        MSO_HEADER_FOOTER,
        MSO_TABLE_GRID,
      ],
      margin: '104.9pt 73.7pt 99.25pt 79.4pt',
      parts: [
        ['even-footer', 'ef1'],
        ['footer', 'f1'],
      ],
    },
    body: `<h1><span style='font-size:22.0pt;font-family:方正小标宋简体'>关于垭澜县2024年前三季度<br>国民经济和社会发展计划执行情况的报告</span></h1>

<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:楷体_GB2312'>——2024年10月29日在县第十八届人民代表大会<br>常务委员会第二十一次会议上</span></p>

<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:楷体_GB2312'>县发展和改革局局长　谭世鹏</span></p>

<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312'>主任、各位副主任、秘书长、各位委员：</span></p>

${intro.map(para).join('\n')}

${heading('一、前三季度计划执行情况')}

${part1.map(para).join('\n\n')}

${table()}

${heading('二、经济运行中存在的主要问题')}

${part2.map(para).join('\n\n')}

${heading('三、第四季度工作打算')}

${part3.map(para).join('\n\n')}

<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>${span('主任、各位副主任、秘书长、各位委员，我们将在县委的坚强领导下，自觉接受县人大及其常委会的监督，奋力完成全年目标任务。')}</p>`,
    headerHtm,
  });
}

const headerHtm = wordFooterHtm('yalan-q3', true, [
  ['footer', 'f1', pageNumberFooter('center')],
  ['footer', 'ef1', `<p class=MsoFooter><span style='font-size:14.0pt;font-family:宋体'>— 2 —</span></p>`],
]);
