// The one-hundred-and-twenty-seventh held-out batch's PDF (session 32): a Shanxi-style county 发展和改革局's report on the
// execution of the 2025 plan in the first half (嶅沁县 under 汾崟市), typed in WPS and exported to PDF; here built as a Word
// file and printed to PDF by LibreOffice, as wucen.ts builds its own: a running header naming the standing committee's
// session file, a page-number footer, the opening and part 一's prose with 高于全市/高于全省 comparisons, ranks and 较一季度
// 前移/后移 moves, then the indicator table on a landscape page (序号 | 指标名称 | 单位 | 全年目标 | 1—6月 | 增长% | 全市排位 |
// 排位变化, the 排位变化 column written 前移N位/后移N位/持平, '—' cells, a 注 naming the targets as growths), then the problems
// and the second-half work on portrait pages. Invented place and figures; the answers are
// tests/accuracy/aoqin-2025-h1-plan.answers.json.

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

export const aoqin = {
  name: 'aoqin-2025-h1-plan',
  office: '嶅沁县发展和改革局',
  title: '关于嶅沁县2025年上半年国民经济和社会发展计划执行情况的报告',
  runningHeader: '嶅沁县第十七届人大常委会第二十六次会议文件（三）',
  byline: ['——2025年7月28日在县第十七届人民代表大会常务委员会第二十六次会议上', '县发展和改革局局长　郭建峰'],
  opening: [
    '主任、各位副主任、各位委员：',
    '受县人民政府委托，现将全县2025年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
    '一、上半年计划执行情况',
    '今年以来，全县上下坚持以转型发展为牵引，统筹推进稳增长、抓项目、促改革、惠民生各项工作，主要经济指标总体实现“时间过半、任务过半”。',
    '（一）经济运行稳中有进。经汾崟市统计局统一核算，上半年全县地区生产总值完成86.42亿元，同比增长5.6%，高于全市0.5个百分点，高于全省0.8个百分点，增速居全市11个县（市、区）第4位，较一季度前移2位。分产业看，第一产业增加值4.18亿元，增长4.2%；第二产业增加值49.36亿元，增长6.3%；第三产业增加值32.88亿元，增长4.7%。',
    '（二）工业生产提速增效。规模以上工业增加值同比增长7.4%，高于全市1.2个百分点，高于全省2.6个百分点，居全市第3位。分行业看，煤炭工业增加值增长3.1%，非煤工业增加值增长14.6%，非煤工业增加值占规模以上工业的比重为28.4%，比上年同期提高2.9个百分点。规模以上工业企业实现营业收入142.6亿元，增长4.9%。原煤产量612.4万吨，增长1.8%；焦炭产量86.5万吨，下降4.3%。',
    '（三）项目投资较快增长。固定资产投资同比增长8.2%，高于全省3.5个百分点，但低于全市0.6个百分点，居全市第6位，较一季度后移1位。其中，工业投资增长21.5%，占固定资产投资的比重为46.3%；民间投资下降3.4%。全县48个省市县重点工程项目完成投资31.26亿元，占年度计划的56.8%，超时序进度6.8个百分点；计划新开工的22个项目已开工19个，开工率86.4%。嶅沁县煤层气综合利用项目总投资12.6亿元，累计完成投资7.8亿元；县经济技术开发区标准化厂房二期项目年度计划投资2.4亿元，1—6月完成1.5亿元；汾崟至嶅沁一级公路改建工程总投资9.3亿元，上半年完成投资2.1亿元；嶅沁县第二中学新校区主体封顶。',
    '（四）消费市场平稳恢复。社会消费品零售总额24.65亿元，同比增长4.9%，低于年度目标0.6个百分点，居全市第7位，位次与一季度持平。其中，限额以上单位消费品零售额6.82亿元，增长9.6%。进出口总额8460万元，增长15.2%，增速居全市第2位。',
    '（五）财政收入总体平稳。一般公共预算收入9.84亿元，同比增长2.6%，完成年度预算的50.9%；受煤炭价格下行影响，税收收入7.63亿元，下降1.8%，税收占比77.5%。一般公共预算支出21.37亿元，增长3.2%，其中民生支出17.52亿元，占比82.0%。',
    '（六）居民收入稳步提高。城镇居民人均可支配收入21386元，增长4.6%，高于全省0.3个百分点；农村居民人均可支配收入9862元，增长6.8%，高于全省0.4个百分点。城镇新增就业1865人，完成年度目标任务的62.2%。',
    '上半年主要经济指标完成情况见附表。',
  ],
  caption: '嶅沁县2025年上半年主要经济指标完成情况',
  header: ['序号', '指标名称', '单位', '全年目标', '1—6月', '增长%', '全市排位', '排位变化'],
  rows: [
    ['1', '地区生产总值', '亿元', '6', '86.42', '5.6', '4', '前移2位'],
    ['2', '规模以上工业增加值', '—', '6.5', '—', '7.4', '3', '前移1位'],
    ['3', '固定资产投资', '—', '8', '—', '8.2', '6', '后移1位'],
    ['4', '社会消费品零售总额', '亿元', '5.5', '24.65', '4.9', '7', '持平'],
    ['5', '一般公共预算收入', '亿元', '3', '9.84', '2.6', '5', '后移2位'],
    ['6', '　其中：税收收入', '亿元', '—', '7.63', '-1.8', '—', '—'],
    ['7', '城镇居民人均可支配收入', '元', '5', '21386', '4.6', '8', '前移1位'],
    ['8', '农村居民人均可支配收入', '元', '6.5', '9862', '6.8', '5', '持平'],
    ['9', '进出口总额', '万元', '—', '8460', '15.2', '2', '前移3位'],
  ],
  notes: [
    '注：1.全年目标为县十七届人大四次会议确定的增长目标（%）。',
    '2.全市排位为增速在汾崟市11个县（市、区）中的位次，排位变化与一季度相比；“—”为不考核或不排位。',
  ],
  rest: [
    '二、存在的主要问题',
    '一是工业结构偏重。煤炭工业仍占规模以上工业七成以上，煤价下行对工业和税收的拖累明显。二是消费增长乏力。社会消费品零售总额增速低于年度目标，县城商贸业态单一。三是财政收支矛盾突出。税收收入下降，刚性支出持续增加。',
    '三、下半年工作安排',
    '下半年，我们将紧盯全年地区生产总值增长6%、规模以上工业增加值增长6.5%、固定资产投资增长8%、社会消费品零售总额增长5.5%、一般公共预算收入增长3%的年度目标，重点做好以下工作：',
    '（一）抓项目扩投资。力争全年重点工程项目完成投资58亿元以上，计划新开工项目9月底前全部开工。',
    '（二）抓转型稳工业。推动非煤产业扩量提质，力争全年新增规模以上工业企业6家。',
    '（三）抓消费促流通。开展汽车、家电以旧换新和“晋享消费”系列促销活动，推动县城商业街区改造提升。',
    '（四）抓民生兜底线。确保全年城镇新增就业3000人以上，城乡居民收入增长与经济增长同步。',
    '主任、各位副主任、各位委员，我们将在县委的坚强领导下，自觉接受县人大及其常委会的监督，奋力完成全年目标任务。',
  ],
  closing: ['嶅沁县发展和改革局', '2025年7月21日'],
};

const widths = [700, 3600, 900, 1300, 1400, 1200, 1300, 1400];
const landscape = { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } };

export async function aoqinDocx(): Promise<Buffer> {
  const w = aoqin;
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
