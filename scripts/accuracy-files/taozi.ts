// The one-hundredth held-out batch's Word web archive (.mht, session 30): 洮嵫县's (under 松淇市) statistics bureau's
// 统计月报 for October 2025, saved by Word as a 单个文件网页: a MIME multipart/related message whose html part (GB2312,
// quoted-printable) carries Word's namespaces and MsoNormal paragraphs: the 月报's masthead (第10期, the bureau and the
// date), a short 简况 with the month's own industrial growth, moves against 1—9月 and ranks in the city, then five small
// MsoTableGrid tables (主要经济指标, 规模以上工业, 固定资产投资, 消费品市场, 财政金融) each with 指标 | 单位 | 10月 | 1—10月 |
// 同比增长%, 其中 rows indented with ideographic spaces, rows of quarter data (（前三季度）) and of lagged data (（1—9月）),
// balances at 10月末 with — under 1—10月, section rows with empty cells, and numbered 注 lines; beside the header part
// (running header and a 第 N 页 footer), the theme and filelist.xml. Invented place and figures; its answers are
// tests/accuracy/taozi-2025-m10-analysis.answers.json.

import { HEADER_FOOTER_LAYOUT, pageNumberFooter, wordFooterHtm, wordPlanReportMht } from './mht.js';

export const taozi = { name: 'taozi-2025-m10-analysis' };

type Row = readonly [string, string, string, string, string];

interface Table {
  caption: string;
  rows: readonly Row[];
}

const HEADER: Row = ['指　　标', '单位', '10月', '1—10月', '同比增长%'];

const tables: readonly Table[] = [
  {
    caption: '表1　主要经济指标',
    rows: [
      ['地区生产总值（前三季度）', '亿元', '—', '98.46', '5.1'],
      ['　第一产业增加值', '亿元', '—', '21.37', '4.8'],
      ['　第二产业增加值', '亿元', '—', '27.62', '5.9'],
      ['　第三产业增加值', '亿元', '—', '49.47', '4.7'],
      ['规模以上工业增加值', '%', '—', '—', '6.8'],
      ['固定资产投资', '%', '—', '—', '4.2'],
      ['社会消费品零售总额', '亿元', '3.86', '37.52', '4.6'],
      ['一般公共预算收入', '万元', '4218', '52694', '6.3'],
      ['城镇常住居民人均可支配收入（前三季度）', '元', '—', '28416', '4.1'],
      ['农村常住居民人均可支配收入（前三季度）', '元', '—', '13582', '6.2'],
    ],
  },
  {
    caption: '表2　规模以上工业',
    rows: [
      ['规模以上工业增加值', '%', '—', '—', '6.8'],
      ['规模以上工业总产值', '万元', '96418', '928365', '7.4'],
      ['　其中：食品加工业', '万元', '41260', '386924', '9.6'],
      ['　　　　医药制造业', '万元', '12480', '118352', '12.3'],
      ['　　　　建材业', '万元', '8036', '84617', '-3.8'],
      ['规模以上工业企业营业收入（1—9月）', '万元', '—', '876240', '5.9'],
      ['规模以上工业企业利润总额（1—9月）', '万元', '—', '38620', '-6.4'],
      ['工业用电量', '万千瓦时', '3652', '34918', '5.2'],
    ],
  },
  {
    caption: '表3　固定资产投资',
    rows: [
      ['固定资产投资（不含农户）', '%', '—', '—', '4.2'],
      ['　其中：项目投资', '%', '—', '—', '7.9'],
      ['　　　　房地产开发投资', '万元', '2146', '24380', '-12.6'],
      ['按领域分', '', '', '', ''],
      ['　工业投资', '%', '—', '—', '15.3'],
      ['　基础设施投资', '%', '—', '—', '3.4'],
      ['　民间投资', '%', '—', '—', '-2.7'],
      ['施工项目个数', '个', '—', '136', '6.3'],
      ['商品房销售面积', '万平方米', '0.42', '5.86', '-8.9'],
    ],
  },
  {
    caption: '表4　消费品市场',
    rows: [
      ['社会消费品零售总额', '亿元', '3.86', '37.52', '4.6'],
      ['　其中：限额以上单位消费品零售额', '亿元', '1.12', '11.08', '8.7'],
      ['按经营地分', '', '', '', ''],
      ['　城镇消费品零售额', '亿元', '3.02', '29.41', '4.3'],
      ['　乡村消费品零售额', '亿元', '0.84', '8.11', '5.7'],
      ['按消费类型分', '', '', '', ''],
      ['　商品零售额', '亿元', '3.40', '33.15', '4.2'],
      ['　餐饮收入', '亿元', '0.46', '4.37', '7.2'],
    ],
  },
  {
    caption: '表5　财政金融',
    rows: [
      ['一般公共预算收入', '万元', '4218', '52694', '6.3'],
      ['　其中：税收收入', '万元', '2964', '36851', '4.8'],
      ['一般公共预算支出', '万元', '21836', '268415', '3.1'],
      ['金融机构本外币各项存款余额（10月末）', '亿元', '286.74', '—', '7.6'],
      ['　其中：住户存款余额', '亿元', '218.35', '—', '9.8'],
      ['金融机构本外币各项贷款余额（10月末）', '亿元', '164.28', '—', '5.3'],
    ],
  },
];

const notes = [
  '注：1.地区生产总值及三次产业增加值、居民人均可支配收入为前三季度数据，按季度核算。',
  '2.规模以上工业企业营业收入、利润总额为1—9月数据。',
  '3.固定资产投资统计范围为计划总投资500万元及以上的项目，不含农户。',
  '4.本月报部分数据为快报数，以年报数据为准；“—”表示该项无数据或不公布；因四舍五入，分项之和与总计略有差异。',
];

const brief = [
  '1—10月，全县经济运行总体平稳、稳中有进。规模以上工业增加值同比增长6.8%，增速比1—9月加快0.6个百分点，其中10月当月增长9.2%；固定资产投资增长4.2%，增速比1—9月回落0.5个百分点；社会消费品零售总额37.52亿元，增长4.6%；一般公共预算收入增长6.3%。',
  '从全市看，前三季度全县地区生产总值增长5.1%，高于全市0.4个百分点；1—10月，规模以上工业增加值、固定资产投资增速分别居松淇市9个县（市、区）第3位和第6位，社会消费品零售总额增速居第4位，比1—9月前移1位。',
];

const span = (text: string, size = '14.0pt', font = '仿宋_GB2312') =>
  `<span style='font-size:${size};font-family:${font};mso-ascii-font-family:"Times New Roman"'>${text}</span>`;

const para = (text: string): string =>
  `<p class=MsoNormal style='text-indent:28.0pt;line-height:26.0pt;mso-line-height-rule:exactly'>${span(text)}</p>`;

const centred = (text: string, size: string, font: string, bold = false): string =>
  `<p class=MsoNormal align=center style='text-align:center'>${bold ? '<b>' : ''}${span(text, size, font)}${bold ? '</b>' : ''}</p>`;

const widths = [230, 60, 70, 80, 80];

const cell = (text: string, i: number, bold = false): string => {
  const width = widths[i] ?? 70;
  const align = i === 0 ? 'left' : 'center';
  const body = text === '' ? '<o:p>&nbsp;</o:p>' : text;
  return `<td width=${width} valign=middle style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=${align} style='text-align:${align}'>${
    bold ? '<b>' : ''
  }<span style='font-size:10.5pt;font-family:宋体'>${body}</span>${bold ? '</b>' : ''}</p></td>`;
};

function table(t: Table): string {
  const tr = (row: Row, bold = false) =>
    `<tr style='height:18.0pt'>${row.map((c, i) => cell(c, i, bold)).join('')}</tr>`;
  return `${centred(t.caption, '12.0pt', '黑体')}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
${[tr(HEADER, true), ...t.rows.map((r) => tr(r))].join('\n')}
</table>
<p class=MsoNormal><span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>`;
}

export function taoziMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01DC55A3.2E91B7F0',
    folder: 'file:///C:/D41C07E2/',
    stem: 'taozi-yb10',
    title: '洮嵫县统计月报（2025年第10期）',
    properties: {
      author: 'tjj',
      lastAuthor: '综合股',
      revision: 4,
      created: '2025-11-12T01:20:00Z',
      lastSaved: '2025-11-14T06:47:00Z',
      pages: 4,
      company: '洮嵫县统计局',
    },
    layout: {
      ...HEADER_FOOTER_LAYOUT,
      margin: '72.0pt 62.35pt 72.0pt 62.35pt',
    },
    body: `${centred('统　计　月　报', '36.0pt', '方正小标宋简体')}

${centred('2025年第10期（总第226期）', '14.0pt', '楷体_GB2312')}

<p class=MsoNormal style='border-bottom:solid red 2.25pt;padding-bottom:1.0pt'>${span('洮嵫县统计局　　　　　　　　　　　　　　　　2025年11月14日')}</p>

<p class=MsoNormal><span style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>

${centred('一、全县经济运行简况', '16.0pt', '黑体')}

${brief.map(para).join('\n\n')}

${centred('二、主要统计数据', '16.0pt', '黑体')}

${tables.map(table).join('\n\n')}

${notes.map((n) => `<p class=MsoNormal style='line-height:18.0pt'><span style='font-size:10.5pt;font-family:宋体'>${n}</span></p>`).join('\n')}

<p class=MsoNormal><span style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='border-top:solid windowtext 1.0pt;padding-top:1.0pt'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>报送：县委、县人大、县政府、县政协领导，县直有关部门</span></p>

<p class=MsoNormal><span style='font-size:12.0pt;font-family:仿宋_GB2312'>编辑：洮嵫县统计局综合股</span></p>`,
    headerHtm,
  });
}

const headerHtm = wordFooterHtm('taozi-yb10', true, [
  [
    'header',
    'h1',
    `<p class=MsoHeader style='border-bottom:solid windowtext .75pt;padding-bottom:1.0pt'><span style='font-size:9.0pt;font-family:宋体'>洮嵫县统计局　统计月报</span></p>`,
  ],
  ['footer', 'f1', pageNumberFooter('center', '9.0pt', '第 ', ' 页')],
]);
