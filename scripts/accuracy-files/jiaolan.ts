// The two-hundred-and-twenty-sixth held-out batch's PDF (session 36): a Guangdong-style county 发展和改革局's report on
// the execution of the 2019 plan and the 2020 draft (滘岚县 under 沙澫市), typed in Word and printed to PDF; here built
// as a Word file and printed by LibreOffice: a running header naming the congress's file, a page-number footer, part
// 一's prose with 全市 ranks, 表1 (2019年计划增长, 2019年完成, 增长, 全市排名) on a landscape page, then part 二's 2020
// goals with 表2 (2019年完成 and 2020年预期目标 cells such as 增长6%左右, 3000人以上) and part 三's tasks with named
// projects on portrait pages. Invented place and figures; the answers are tests/accuracy/jiaolan-2019-fy-plan.answers.json.

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

export const jiaolan = {
  name: 'jiaolan-2019-fy-plan',
  office: '滘岚县发展和改革局',
  title: '关于滘岚县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告',
  runningHeader: '滘岚县第十七届人民代表大会第五次会议文件（8）',
  byline: ['——2020年1月9日在滘岚县第十七届人民代表大会第五次会议上', '滘岚县发展和改革局局长　梁振涛'],
  opening: [
    '各位代表：',
    '受县人民政府委托，现将滘岚县2019年国民经济和社会发展计划执行情况与2020年计划草案提请县十七届人大五次会议审议，并请县政协委员和其他列席人员提出意见。',
    '一、2019年国民经济和社会发展计划执行情况',
    '2019年，全县上下坚持稳中求进工作总基调，主动对接粤港澳大湾区建设，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，县十七届人大四次会议确定的主要目标任务基本完成。',
    '（一）经济运行总体平稳。全县实现地区生产总值186.42亿元，同比增长6.8%，比年度计划低0.2个百分点，增速在全市8个县（市、区）中排第3位。其中，第一产业增加值28.15亿元，增长4.1%；第二产业增加值71.36亿元，增长7.9%；第三产业增加值86.91亿元，增长6.6%。三次产业结构调整为15.1∶38.3∶46.6。',
    '（二）工业生产稳中有升。规模以上工业增加值52.84亿元，增长8.6%，高于年度计划0.6个百分点，居全市第2位。先进制造业增加值增长11.2%，占规模以上工业增加值的比重为34.5%。新增规模以上工业企业18家，总数达到236家。',
    '（三）有效投资持续扩大。固定资产投资96.75亿元，增长12.3%，超额完成年度计划，居全市第4位，比上年前移1位。其中，工业投资增长18.4%，房地产开发投资下降5.7%。全县46个县重点项目完成投资61.2亿元，完成年度计划的112.4%。',
    '（四）消费外贸承压运行。社会消费品零售总额78.65亿元，增长8.2%，低于年度计划0.8个百分点。外贸进出口总额42.60亿元，下降3.4%，其中出口31.28亿元，下降2.1%。实际利用外资2150万美元，增长6.5%。',
    '（五）财政收入稳步增长。一般公共预算收入9.38亿元，增长5.6%，完成年度预算的100.6%；其中税收收入6.92亿元，增长4.8%，税收占比73.8%。一般公共预算支出38.46亿元，增长9.1%。',
    '（六）民生福祉持续增进。全体居民人均可支配收入26418元，增长8.9%；其中城镇居民人均可支配收入33706元，增长8.1%；农村居民人均可支配收入18235元，增长9.4%。城镇新增就业3260人，城镇登记失业率2.31%。居民消费价格上涨3.1%。',
    '2019年主要经济指标完成情况见表1。',
  ],
  caption1: '表1　滘岚县2019年主要经济指标完成情况',
  header1: ['指　标', '单位', '2019年计划增长（%）', '2019年完成', '增长（%）', '全市排名'],
  rows1: [
    ['地区生产总值', '亿元', '7', '186.42', '6.8', '3'],
    ['规模以上工业增加值', '亿元', '8', '52.84', '8.6', '2'],
    ['固定资产投资', '亿元', '10', '96.75', '12.3', '4'],
    ['社会消费品零售总额', '亿元', '9', '78.65', '8.2', '5'],
    ['一般公共预算收入', '亿元', '5', '9.38', '5.6', '6'],
    ['外贸进出口总额', '亿元', '6', '42.60', '-3.4', '7'],
    ['全体居民人均可支配收入', '元', '9', '26418', '8.9', '—'],
  ],
  notes1: ['注：全市排名为增速在全市8个县（市、区）中的位次；“—”为未排名。'],
  middle: [
    '二、2020年国民经济和社会发展主要预期目标',
    '综合考虑发展基础和外部环境，建议2020年全县经济社会发展主要预期目标为：地区生产总值增长6%左右；规模以上工业增加值增长7%；固定资产投资增长10%以上；社会消费品零售总额增长8%；一般公共预算收入增长5%；外贸进出口总额增长2%；全体居民人均可支配收入增长与经济增长基本同步；城镇新增就业3000人以上，城镇登记失业率控制在3%以内；居民消费价格涨幅控制在3.5%左右；单位地区生产总值能耗完成市下达任务。主要预期目标见表2。',
  ],
  caption2: '表2　滘岚县2020年主要预期目标',
  header2: ['指　标', '单位', '2019年完成', '2020年预期目标'],
  rows2: [
    ['地区生产总值', '亿元', '186.42', '增长6%左右'],
    ['规模以上工业增加值', '亿元', '52.84', '增长7%'],
    ['固定资产投资', '亿元', '96.75', '增长10%以上'],
    ['社会消费品零售总额', '亿元', '78.65', '增长8%'],
    ['一般公共预算收入', '亿元', '9.38', '增长5%'],
    ['外贸进出口总额', '亿元', '42.60', '增长2%'],
    ['城镇新增就业', '人', '3260', '3000人以上'],
    ['城镇登记失业率', '%', '2.31', '3%以内'],
  ],
  rest: [
    '三、2020年重点工作',
    '（一）全力扩大有效投资。安排县重点项目52个，年度计划投资68亿元。加快滘岚产业园智能装备产业基地建设，项目总投资25亿元，年度计划投资6亿元，力争6月底前开工；推进滘岚至沙澫快速路工程，总投资14.6亿元，累计完成投资5.3亿元，确保年内建成通车。县人民医院住院综合楼已于2019年12月竣工，2020年上半年投入使用。',
    '（二）推动工业提质增效。实施规模以上工业企业培育计划，力争新增规模以上工业企业15家，规模以上工业总产值突破300亿元。',
    '（三）促进消费扩容提质。办好滘岚荔枝文化旅游节，培育夜间经济，推动汽车、家电等大宗消费。',
    '（四）兜牢民生底线。确保城镇新增就业3000人以上，完成10件民生实事。',
    '各位代表，2020年是全面建成小康社会和“十三五”规划收官之年。我们将在县委的坚强领导下，自觉接受县人大的监督，奋力完成全年目标任务。',
  ],
  closing: ['滘岚县发展和改革局', '2020年1月3日'],
};

const widths1 = [4200, 1200, 2200, 2000, 1800, 1600];
const widths2 = [4000, 1400, 2200, 2600];
const landscape = { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } };

export async function jiaolanDocx(): Promise<Buffer> {
  const w = jiaolan;
  const page = () => ({ header: runningHeader(w.runningHeader), footer: footerForms.dashes });
  return reportDocx(
    [
      reportSection(page(), [
        reportTitle(w.title),
        ...w.byline.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...bodyParas(w.opening),
      ]),
      {
        ...reportSection(page(), [
          para(w.caption1, { alignment: AlignmentType.CENTER, bold: true }),
          plainTable(w.header1, w.rows1, widths1),
          ...w.notes1.map((n) => small(n)),
        ]),
        ...landscape,
      },
      reportSection(page(), [
        ...bodyParas(w.middle),
        para(w.caption2, { alignment: AlignmentType.CENTER, bold: true }),
        plainTable(w.header2, w.rows2, widths2),
        ...bodyParas(w.rest),
        ...w.closing.map((line) => para(line, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: w.title, office: w.office },
  );
}
