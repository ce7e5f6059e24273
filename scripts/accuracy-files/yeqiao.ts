// The two-hundred-and-fifty-eighth held-out batch's Word web archive (.mht, session 38): a Hainan-style county
// 发展和改革委员会's report on the execution of the 2025 plan and the draft 2026 plan to the county congress (椰峤县,
// a county under the province, invented), saved by Word as a 单个文件网页 through wordArchiveMht (mht.ts): the congress's
// file label, the title in three lines and the byline, the addressee, part 一 by topics with 预计 figures, a negative
// investment growth, 低于年度目标, 完成年度预算的A%, a rank among the province's 市县 with its move, the key-project
// programme and named projects with phases in brackets; a MsoTableGrid table of 2025年计划, 2025年预计完成, 增长 and
// 2026年预期目标 with a 注; part 二's goals with 左右/以内 and words; part 三's tasks with named projects, and a second
// table of next year's key projects (总投资, 2026年计划投资, 建设性质); beside the header part (running header, page
// footer). Invented place and figures; its answers are tests/accuracy/yeqiao-2025-fy-plan.answers.json.

import {
  wordCentred as centred,
  HEADER_FOOTER_LAYOUT,
  pageNumberFooter,
  wordBodyPara as para,
  wordSpan as span,
  wordArchiveMht,
  wordFooterHtm,
  wordGridCell,
  wordHtml,
  wordNotedTable,
} from './mht.js';

export const yeqiao = { name: 'yeqiao-2025-fy-plan' };

const B = '----=_NextPart_01DB6F2A.52C7E190';
const ROOT = 'file:///C:/3F7B90D2/yeqiao-jhbg.htm';
const FILES = 'file:///C:/3F7B90D2/yeqiao-jhbg.files/';

const opening = [
  '各位代表：',
  '受县人民政府委托，现将椰峤县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案提请大会审议，并请县政协委员和其他列席人员提出意见。',
];

const part1 = [
  '2025年，面对复杂严峻的外部环境和超强台风带来的冲击，全县上下紧紧围绕海南自由贸易港建设，坚持稳中求进工作总基调，经济运行总体平稳，全年计划执行情况基本良好。',
  '（一）经济运行稳中有进。预计全县地区生产总值98.6亿元，同比增长5.4%，低于年度目标0.6个百分点，增速居全省第9位，较上年前移3位。规模以上工业增加值增长7.8%；受房地产投资下滑影响，固定资产投资下降3.6%，其中非房地产投资增长6.2%。社会消费品零售总额42.35亿元，增长4.1%。一般公共预算收入8.76亿元，增长2.3%，完成年度预算的101.2%。',
  '（二）项目建设扎实推进。全县52个省、县重点项目完成投资31.6亿元，完成年度计划的103.5%；新开工项目14个，竣工项目9个。椰峤县热带农产品加工园（二期）项目建成投产，G225椰峤段改建工程完成投资4.2亿元、累计完成投资11.8亿元，椰峤港区综合码头（一期）完成水工主体工程，总投资2.6亿元的县人民医院外科综合楼项目主体封顶。',
  '（三）民生保障持续加强。城镇常住居民人均可支配收入45218元，增长5.2%；农村常住居民人均可支配收入21876元，增长6.9%。城镇新增就业3265人，城镇调查失业率控制在4.8%。民生支出28.4亿元，占一般公共预算支出的比重为76.3%。',
  '2025年主要指标完成情况和2026年预期目标见下表。',
];

type Row = readonly [string, string, string, string, string, string];

const header: Row = ['指标名称', '单位', '2025年计划', '2025年预计完成', '增长（%）', '2026年预期目标'];
const rows: readonly Row[] = [
  ['地区生产总值', '亿元', '增长6', '98.6', '5.4', '增长6左右'],
  ['规模以上工业增加值', '%', '8', '—', '7.8', '8'],
  ['固定资产投资', '%', '10', '—', '-3.6', '5'],
  ['社会消费品零售总额', '亿元', '增长6', '42.35', '4.1', '增长5.5'],
  ['一般公共预算收入', '亿元', '8.66', '8.76', '2.3', '增长3'],
  ['城镇常住居民人均可支配收入', '元', '增长6', '45218', '5.2', '增长5.5'],
  ['农村常住居民人均可支配收入', '元', '增长7', '21876', '6.9', '增长7'],
];
const note = '注：2025年预计完成数为初步统计数，最终以统计部门公布为准；增长按可比价或同口径计算。';

const part2 = [
  '二、2026年经济社会发展的主要预期目标',
  '2026年是“十五五”开局之年，也是海南自由贸易港封关运作后的第一个完整年度。综合考虑各方面因素，建议2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长5%，社会消费品零售总额增长5.5%，一般公共预算收入增长3%，城镇和农村常住居民人均可支配收入分别增长5.5%和7%，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗完成省下达目标任务。',
  '三、2026年重点工作',
  '（一）全力扩大有效投资。2026年安排县重点项目48个，总投资186.3亿元，年度计划投资35.2亿元。加快椰峤县热带农产品加工园（三期）、椰峤港区综合码头（一期）和县城污水处理厂扩建工程建设，推动总投资9.8亿元的椰峤县海上风电运维基地项目上半年开工，确保G225椰峤段改建工程年底建成通车。',
  '（二）壮大特色产业。推进热带高效农业提质增效，新建高标准农田1.2万亩；加快椰峤县共享农庄示范区建设，培育省级共享农庄3家以上。',
  '（三）办好民生实事。开工建设椰峤县第二中学扩建项目，年度计划投资1.2亿元；新增公办幼儿园学位600个以上。',
  '2026年县重点项目安排详见下表（部分）。',
];

type ProjectRow = readonly [string, string, string, string, string];
const projectHeader: ProjectRow = [
  '序号',
  '项目名称',
  '建设性质',
  '总投资（亿元）',
  '2026年计划投资（亿元）',
];
const projectRows: readonly ProjectRow[] = [
  ['1', 'G225椰峤段改建工程', '续建', '14.5', '2.7'],
  ['2', '椰峤港区综合码头（一期）', '续建', '12.3', '3.1'],
  ['3', '椰峤县海上风电运维基地项目', '新开工', '9.8', '2.0'],
  ['4', '椰峤县热带农产品加工园（三期）', '新开工', '6.4', '1.8'],
  ['5', '县城污水处理厂扩建工程', '续建', '1.9', '0.8'],
];
const projectNote = '注：其余县重点项目详见《椰峤县2026年重点项目投资计划》。';

const closing = [
  '各位代表，2026年任务艰巨、使命光荣。我们将在县委的坚强领导下，自觉接受县人大的监督，奋力完成全年目标任务。',
];

const widths = [150, 45, 70, 80, 60, 85];
const cell = wordGridCell(widths);
const projectCell = wordGridCell([40, 200, 60, 80, 100]);

const table = (): string =>
  `${centred('椰峤县2025年主要经济指标完成情况和2026年预期目标', '14.0pt', '黑体')}
${wordNotedTable('MsoTableGrid', cell, header, rows, note)}`;

const projectTable = (): string =>
  `${centred('椰峤县2026年县重点项目安排表（部分）', '14.0pt', '黑体')}
${wordNotedTable('MsoTableGrid', projectCell, projectHeader, projectRows, projectNote)}`;

function html(): string {
  return wordHtml({
    stem: 'yeqiao-jhbg',
    title: '关于椰峤县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    properties: {
      author: 'fgw',
      lastAuthor: '综合股',
      revision: 6,
      created: '2026-01-05T01:32:00Z',
      lastSaved: '2026-01-14T09:05:00Z',
      pages: 7,
      company: '椰峤县发展和改革委员会',
    },
    ...HEADER_FOOTER_LAYOUT,
    body: `<p class=MsoNormal>${span('椰峤县第七届人民代表大会第六次会议文件（4）', '14.0pt', '黑体')}</p>

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${centred('关于椰峤县2025年国民经济和社会发展', '22.0pt', '方正小标宋简体')}

${centred('计划执行情况与2026年国民经济和社会', '22.0pt', '方正小标宋简体')}

${centred('发展计划草案的报告', '22.0pt', '方正小标宋简体')}

${centred('——2026年1月20日在椰峤县第七届人民代表大会第六次会议上', '16.0pt', '楷体_GB2312')}

${centred('椰峤县发展和改革委员会', '16.0pt', '楷体_GB2312')}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${opening.map((t, i) => (i === 0 ? `<p class=MsoNormal>${span(t)}</p>` : para(t))).join('\n')}

${para('一、2025年国民经济和社会发展计划执行情况')}

${part1.map(para).join('\n\n')}

${table()}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${part2.map(para).join('\n\n')}

${projectTable()}

<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

${closing.map(para).join('\n\n')}`,
  });
}

const headerHtm = wordFooterHtm('yeqiao-jhbg', true, [
  [
    'header',
    'h1',
    `<p class=MsoHeader style='border-bottom:none'><span style='font-size:9.0pt;font-family:宋体'>椰峤县发展和改革委员会<o:p></o:p></span></p>`,
  ],
  ['footer', 'f1', pageNumberFooter('center')],
]);

export function yeqiaoMht(): Buffer {
  return wordArchiveMht({ boundary: B, root: ROOT, files: FILES, html: html(), headerHtm });
}
