// The one-hundred-and-fourteenth held-out batch's PDF (session 31): a Zhejiang-style county 发展和改革局's report on the
// execution of the 2025 plan in the first half (瀼岙县 under 栝溪市, one of the 山区26县), typed in WPS and exported to
// PDF; here built as a Word file and printed to PDF by LibreOffice: a running header naming the standing committee's
// session file, a page-number footer, the opening and the first part's prose with 全市位次 and 山区26县 ranks, then the
// indicator table on a landscape page (指标名称, 单位, 年度目标, 1—6月, 增幅（%）, 全市位次) with '—' cells and its 注,
// then the 共同富裕 part, the key projects and the second-half goals on portrait pages. Invented place and figures; the
// answers are tests/accuracy/rangao-2025-h1-plan.answers.json.

import { AlignmentType, PageOrientation } from 'docx';
import {
  bodyParas,
  footerForms,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export const rangao = {
  name: 'rangao-2025-h1-plan',
  office: '瀼岙县发展和改革局',
  title: '关于瀼岙县2025年上半年国民经济和社会发展计划执行情况的报告',
  runningHeader: '瀼岙县第十八届人大常委会第二十六次会议参阅件',
  byline: ['——2025年7月30日在县第十八届人民代表大会常务委员会第二十六次会议上', '县发展和改革局局长　周晓岚'],
  opening: [
    '主任、各位副主任、各位委员：',
    '受县人民政府委托，现将我县2025年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
    '一、上半年主要指标完成情况',
    '今年以来，全县上下坚持稳中求进工作总基调，深入实施“八八战略”，以山区26县高质量发展和共同富裕示范区建设为牵引，经济运行延续回升向好态势。',
    '（一）经济总量稳中有进。上半年，全县实现地区生产总值158.42亿元，同比增长6.1%，增速比一季度回落0.3个百分点，高于全市平均0.4个百分点，居全市第3位，比一季度前移1位；在山区26县中居第5位。',
    '（二）工业经济支撑有力。规上工业增加值同比增长8.4%，高于年度目标0.4个百分点，居全市第2位。其中，装备制造业增加值增长12.6%，高技术制造业增加值增长15.3%。规上工业营业收入186.35亿元，增长7.9%。',
    '（三）有效投资有待加力。固定资产投资同比增长4.6%，低于年度目标1.4个百分点，居全市第5位。其中，制造业投资增长18.2%，交通投资下降9.7%。列入省“千项万亿”工程的项目9个，完成投资12.4亿元，完成年度计划的58.6%。',
    '（四）消费外贸稳步回升。社会消费品零售总额62.37亿元，同比增长5.2%，比年度目标低0.8个百分点。外贸出口28.64亿元，增长9.8%，增速居全市第1位。',
    '（五）财政收入平稳增长。一般公共预算收入9.86亿元，同比增长3.4%，完成年度预算的52.7%；其中税收收入8.12亿元，增长2.1%，占一般公共预算收入的82.4%。',
  ],
  caption: '瀼岙县2025年1—6月主要经济指标完成情况',
  header: ['指标名称', '单位', '年度目标', '1—6月', '增幅（%）', '全市位次'],
  rows: [
    ['地区生产总值', '亿元', '6.5%', '158.42', '6.1', '3'],
    ['规上工业增加值', '亿元', '8%', '—', '8.4', '2'],
    ['固定资产投资', '亿元', '6%', '—', '4.6', '5'],
    ['社会消费品零售总额', '亿元', '6%', '62.37', '5.2', '4'],
    ['外贸出口', '亿元', '7%', '28.64', '9.8', '1'],
    ['一般公共预算收入', '亿元', '5%', '9.86', '3.4', '3'],
    ['全体居民人均可支配收入', '元', '6%', '29865', '5.8', '2'],
    ['城镇居民人均可支配收入', '元', '5.5%', '38642', '5.1', '4'],
    ['农村居民人均可支配收入', '元', '7%', '22718', '6.9', '1'],
  ],
  notes: ['注：全市位次为在栝溪市9个县（市、区）中的位次；“—”为不公布。'],
  rest: [
    '二、共同富裕和民生保障情况',
    '全体居民人均可支配收入29865元，增长5.8%，其中城镇居民和农村居民人均可支配收入分别为38642元和22718元，分别增长5.1%和6.9%。城乡居民收入倍差1.70，比上年同期缩小0.03。城镇新增就业2860人，完成年度目标的57.2%。山海协作“飞地”项目到位资金2.35亿元。',
    '三、重大项目推进情况',
    '瀼岙抽水蓄能电站项目总投资86.5亿元，累计完成投资21.3亿元。栝溪至瀼岙高速公路瀼岙段总投资42.8亿元，上半年完成投资5.6亿元。瀼岙县山海协作产业园标准厂房项目已完成主体施工。',
    '四、下半年工作打算',
    '下半年，我们将紧盯地区生产总值增长6.5%、固定资产投资增长6%、社会消费品零售总额增长6%的全年目标，重点抓好以下工作：',
    '（一）全力攻坚项目投资。力争全年省“千项万亿”工程项目完成投资21亿元以上。',
    '（二）稳住外贸基本盘。力争全年外贸出口突破55亿元。',
    '（三）扎实推进共同富裕。确保城镇新增就业5000人以上，城乡居民收入倍差持续缩小。',
    '主任、各位副主任、各位委员，我们将在县委坚强领导下，在县人大及其常委会监督支持下，全力以赴完成全年目标任务。',
  ],
  closing: ['瀼岙县发展和改革局', '2025年7月24日'],
};

const widths = [4200, 1000, 1800, 1800, 1600, 1600];
const landscape = { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } };

export async function rangaoDocx(): Promise<Buffer> {
  const w = rangao;
  const page = () => ({ header: runningHeader(w.runningHeader), footer: footerForms.hyphens });
  return reportDocx(
    [
      reportSection(page(), [
        reportTitle(w.title),
        ...w.byline.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...bodyParas(w.opening),
      ]),
      {
        ...reportSection(page(), [
          para(w.caption, { alignment: AlignmentType.CENTER, bold: true }),
          plainTable(w.header, w.rows, widths),
          ...w.notes.map((n) => small(n)),
        ]),
        ...landscape,
      },
      reportSection(page(), [
        ...bodyParas(w.rest),
        ...w.closing.map((line) => para(line, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: w.title, office: w.office },
  );
}
