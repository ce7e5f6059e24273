// The one-hundred-and-seventh held-out batch's PDF (session 31): an Inner Mongolia banner 发展和改革委员会's report on the
// execution of the 2024 plan and the 2025 draft (霂坨旗 under 璟勒盟), typed in Word and printed to PDF; here built as a
// Word file and printed to PDF by LibreOffice: a running header naming the congress session's file number, a page-number
// footer, the title and byline, part 一 in prose with 2024's results, ranks among the 盟's 8 旗县市区 (排第N位, 较上年前移1位),
// 高于年度目标, 完成年度预算的A% and 完成年度目标任务N人的A%, three projects (one without amounts), part 二's problems, then
// the 2025 goal table on a landscape page (2024年完成 | 2025年目标 | 增长（%） | 指标属性, cells such as 6左右, 10以上, 4以内 and
// 完成盟下达任务, — for no figure) with a 注, and part 三's tasks with 力争/稳定在…以上 goals on portrait pages. Invented place
// and figures; the answers are tests/accuracy/mutuo-2024-fy-plan.answers.json.

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

export const mutuo = {
  name: 'mutuo-2024-fy-plan',
  office: '霂坨旗发展和改革委员会',
  title: '关于霂坨旗2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
  runningHeader: '霂坨旗第十七届人民代表大会第四次会议文件（6）',
  byline: ['——2025年1月9日在霂坨旗第十七届人民代表大会第四次会议上', '霂坨旗发展和改革委员会'],
  opening: [
    '各位代表：',
    '受旗人民政府委托，现将霂坨旗2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请大会审查，并请旗政协委员和列席人员提出意见。',
    '一、2024年国民经济和社会发展计划执行情况',
    '2024年，全旗上下以铸牢中华民族共同体意识为主线，全力办好两件大事，扎实推进“六个工程”，旗十七届人大三次会议确定的主要目标任务总体完成。',
    '（一）经济总量稳步提升。预计全年地区生产总值完成186.42亿元，同比增长6.3%，增速高于全盟平均水平0.5个百分点，在全盟8个旗县市区中排第3位。其中，第一产业增加值28.35亿元，增长5.1%；第二产业增加值96.18亿元，增长7.4%；第三产业增加值61.89亿元，增长5.2%。三次产业结构调整为15.2∶51.6∶33.2。',
    '（二）农牧业基础更加稳固。粮食总产量达到12.6亿斤，增长3.2%，连续5年稳定在12亿斤以上。牧业年度牲畜存栏186.5万头只，新建高标准农田4.2万亩。',
    '（三）工业经济提质增效。规模以上工业增加值增长9.6%，高于年度目标1.6个百分点，增速排全盟第2位。其中，煤炭开采和洗选业增加值增长6.8%，电力、热力生产和供应业增加值增长14.5%。规模以上工业总产值312.7亿元，增长11.2%。原煤产量2860万吨，增长4.1%。新增规上工业企业6户，总数达到58户。',
    '（四）项目投资持续发力。固定资产投资增长12.8%，增速排全盟第1位。其中，工业投资增长21.5%，占固定资产投资的比重达到58.3%。全旗实施重点项目72个，完成投资86.4亿元，占年度计划的108.6%。霂坨旗100万千瓦风光制氢一体化项目总投资62亿元，当年完成投资21.5亿元；霂坨至璟勒一级公路总投资9.6亿元，累计完成投资7.2亿元，全线建成通车；霂坨旗蒙医医院门诊综合楼主体完工。',
    '（五）消费市场回暖向好。社会消费品零售总额38.65亿元，增长4.6%，排全盟第5位，较上年前移1位。接待游客215.3万人次，实现旅游收入24.8亿元，分别增长12.6%和15.1%。',
    '（六）财政运行总体平稳。一般公共预算收入14.86亿元，增长5.8%，完成年度预算的102.3%；其中税收收入10.92亿元，税收占比73.5%。一般公共预算支出52.37亿元，增长3.6%，其中民生支出41.02亿元，占一般公共预算支出的78.3%。',
    '（七）民生保障有力有效。城镇常住居民人均可支配收入48326元，增长4.8%；农村牧区常住居民人均可支配收入23615元，增长7.1%，增速排全盟第2位。城镇新增就业1862人，完成年度目标任务1500人的124.1%；城镇登记失业率3.2%。',
    '二、存在的主要问题',
    '一是产业结构偏重，煤炭产业占规上工业产值比重仍在六成以上；二是消费增长动力不足，社会消费品零售总额增速低于全盟平均水平；三是财政收支矛盾突出，刚性支出持续增加。',
    '三、2025年国民经济和社会发展的主要目标',
    '2025年是“十四五”规划收官之年。综合考虑发展基础和支撑条件，建议2025年全旗经济社会发展主要预期目标如下表。',
  ],
  caption: '霂坨旗2025年国民经济和社会发展主要预期目标表',
  header: ['序号', '指　标', '单位', '2024年完成', '2025年目标', '增长（%）', '指标属性'],
  rows: [
    ['1', '地区生产总值', '亿元', '186.42', '—', '6左右', '预期性'],
    ['2', '规模以上工业增加值', '%', '—', '—', '8', '预期性'],
    ['3', '500万元以上固定资产投资', '%', '—', '—', '10以上', '预期性'],
    ['4', '社会消费品零售总额', '亿元', '38.65', '40.6', '5', '预期性'],
    ['5', '一般公共预算收入', '亿元', '14.86', '15.6', '5', '预期性'],
    ['6', '城镇常住居民人均可支配收入', '元', '48326', '—', '5', '预期性'],
    ['7', '农村牧区常住居民人均可支配收入', '元', '23615', '—', '7', '预期性'],
    ['8', '城镇登记失业率', '%', '3.2', '4以内', '—', '预期性'],
    ['9', '单位地区生产总值能耗', '—', '—', '完成盟下达任务', '—', '约束性'],
  ],
  notes: ['注：地区生产总值、规模以上工业增加值增速按可比价格计算；“—”为不设目标或无此数据。'],
  rest: [
    '四、2025年重点任务',
    '（一）全力扩大有效投资。坚持抓项目就是抓发展，力争全年实施重点项目80个以上，完成投资95亿元。加快霂坨旗100万千瓦风光制氢一体化项目建设进度，开工建设霂坨旗城区集中供热管网改造工程，计划投资3.5亿元。',
    '（二）推动农牧业提质。粮食产量稳定在12.5亿斤以上，牧业年度牲畜存栏稳定在180万头只以上。',
    '（三）激发消费活力。办好第五届霂坨那达慕旅游文化节，力争全年接待游客突破240万人次。',
    '（四）兜牢民生底线。城镇新增就业1500人以上，城乡常住居民人均可支配收入增长与经济增长同步。',
    '各位代表，新的一年任务艰巨、使命光荣。我们将在旗委坚强领导下，在旗人大及其常委会监督支持下，奋力完成全年目标任务。',
  ],
  closing: ['霂坨旗发展和改革委员会', '2025年1月3日'],
};

const widths = [700, 4400, 900, 1700, 2200, 1500, 1300];
const landscape = { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } };

export async function mutuoDocx(): Promise<Buffer> {
  const m = mutuo;
  const page = () => ({ header: runningHeader(m.runningHeader), footer: footerForms.dashes });
  return reportDocx(
    [
      reportSection(page(), [
        reportTitle(m.title),
        ...m.byline.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...bodyParas(m.opening),
      ]),
      {
        ...reportSection(page(), [
          para(m.caption, { alignment: AlignmentType.CENTER, bold: true }),
          plainTable(m.header, m.rows, widths),
          ...m.notes.map((n) => small(n)),
        ]),
        ...landscape,
      },
      reportSection(page(), [
        ...bodyParas(m.rest),
        ...m.closing.map((line) => para(line, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: m.title, office: m.office },
  );
}
