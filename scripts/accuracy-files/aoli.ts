// The eighty-second held-out batch's PDF (session 27): a Hunan-style county's report on the 2024 plan's execution and
// the 2025 draft plan (嶅澧县 under 沅岢市), printed as a 人大 session booklet: a running header naming the session's
// file, page numbers, the title and speaker lines across the page, the body laid out in TWO text columns, and the
// indicator table (2024年计划 / 完成 / 增长% / 2025年预期目标) on a full-width page of its own between the year's review
// and the coming year's goals. Built with docx sections (continuous two-column sections, a next-page one-column
// section for the table) and printed to PDF by LibreOffice. Invented place and figures; the answers are
// tests/accuracy/aoli-2024-fy-plan.answers.json.

import { AlignmentType, type ISectionOptions, SectionType, Table, TableRow, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';

export const aoli = { name: 'aoli-2024-fy-plan' } as const;

const runningHeader = '嶅澧县第十八届人民代表大会第五次会议文件（四）';

const under = ['——2025年1月9日在嶅澧县第十八届人民代表大会第五次会议上', '县发展和改革局局长　覃立衡'];

const partOne = [
  '各位代表：',
  '受县人民政府委托，现将嶅澧县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请大会审议，并请县政协委员和其他列席人员提出意见。',
  '一、2024年国民经济和社会发展计划执行情况',
  '2024年，在县委的坚强领导下，在县人大的监督支持下，全县上下锚定年初确定的目标任务，稳增长、抓项目、强产业、惠民生，经济运行总体平稳、稳中有进。初步核算，全年地区生产总值增长5.6%、总量达312.46亿元，低于年初预期目标0.9个百分点，增速居沅岢市9个县（市、区）第4位，比上年前移2位。分产业看，第一产业增加值46.83亿元，增长3.7%；第二产业增加值118.52亿元，增长6.8%；第三产业增加值147.11亿元，增长5.2%。三次产业结构调整为15.0∶37.9∶47.1，服务业占比较上年提高0.6个百分点。',
  '（一）工业经济提质增效。全年规模工业增加值增长7.2%、高于全市1.1个百分点，增速居全市第3位。规模工业企业达到186家，全年新增入规企业21家。四大主导产业中，先进储能材料产业产值增长18.6%，绿色食品产业产值增长9.3%，两大产业产值合计占规模工业的54.2%。规模工业企业实现利润总额12.86亿元，增长4.1%。高新技术产业增加值增长10.4%，快于规模工业3.2个百分点。',
  '（二）项目投资承压前行。受房地产市场持续调整影响，全县固定资产投资下降3.4%，低于年初计划11.4个百分点。其中，产业投资增长6.2%；工业投资增长9.7%，占全部投资的比重为42.3%，比上年提高5.1个百分点；房地产开发投资下降21.6%。82个县级重点项目完成投资96.4亿元，完成年度计划的104.8%。嶅澧经开区储能材料产业园二期总投资26亿元，累计完成投资17.3亿元，3栋标准厂房交付使用；沅岢至嶅澧快速通道总投资18.5亿元，年内完成投资6.2亿元；县人民医院新院区总投资9.8亿元，已于10月建成投用。全年新签约亿元以上项目23个，合同引资额118.6亿元。',
  '（三）消费市场稳步回暖。全年社会消费品零售总额136.27亿元、增长5.1%，完成年度计划的98.7%。其中，限额以上单位消费品零售额41.62亿元、增长7.9%。汽车类零售额增长12.3%，新能源汽车销量突破2000台。全年接待游客1268.4万人次、实现旅游总收入136.9亿元，分别增长11.2%和9.6%，澧源古镇获评国家4A级旅游景区。',
  '（四）财政金融运行平稳。地方一般公共预算收入10.82亿元，同口径增长3.2%，完成预算的102.1%；其中税收收入7.36亿元，税收占比68.0%。一般公共预算支出41.57亿元，增长2.4%，其中民生支出33.05亿元，占一般公共预算支出的79.5%。年末金融机构各项存款余额486.3亿元，比年初增加38.7亿元；各项贷款余额352.8亿元，增长10.6%，存贷比为72.5%。',
  '（五）农业农村稳中向好。粮食播种面积稳定在89.6万亩，总产量31.86万吨、增长1.2%，创近6年新高；生猪出栏68.4万头，下降3.1%。农林牧渔业总产值89.25亿元，增长3.9%。新建高标准农田3.2万亩，新增省级农业产业化龙头企业4家。脱贫人口人均纯收入达到15862元，增长9.4%。',
  '（六）民生福祉持续增进。城镇居民人均可支配收入45318元、增长4.9%，农村居民人均可支配收入22614元、增长6.6%，城乡居民收入比由上年的2.04缩小至2.00。城镇新增就业5468人，完成计划的105.2%。居民消费价格上涨0.4%。县二中扩建工程新增学位1800个，12件民生实事全面完成。',
  '在肯定成绩的同时，我们也清醒看到：10项主要指标中，有4项完成或超额完成年度计划，地区生产总值、规模工业增加值、固定资产投资等6项未达到预期；投资增长乏力，房地产开发投资已连续两年下降；县级财政“三保”支出占可用财力的比重超过80%，收支平衡压力较大。',
];

const partTwo = [
  '二、2025年经济社会发展的主要预期目标',
  '综合考虑发展基础和各方面因素，建议2025年全县经济社会发展的主要预期目标为：地区生产总值增长5.5%左右；规模工业增加值增长7%；固定资产投资增长4%；社会消费品零售总额增长6%；地方一般公共预算收入11.1亿元，同口径增长2.6%；城乡居民人均可支配收入增长与经济增长基本同步；粮食产量稳定在31.6万吨以上；城镇新增就业5200人以上；居民消费价格涨幅控制在2%左右；单位地区生产总值能耗完成市下达任务。',
  '三、2025年国民经济和社会发展的主要任务',
  '（一）全力扩大有效投资。全年安排县级重点项目90个，年度计划投资105亿元。力争沅岢至嶅澧快速通道年内完成投资7亿元、全线贯通；加快总投资78亿元的嶅澧抽水蓄能电站前期工作，力争年内核准开工；推动储能材料产业园三期开工建设。',
  '（二）做强主导产业集群。力争先进储能材料产业产值突破80亿元，新增入规企业20家以上，规模工业企业达到200家以上。',
  '（三）促进消费提质扩容。办好“澧源味道”美食季等促消费活动20场以上，力争接待游客突破1350万人次。',
  '（四）稳住农业基本盘。建设高标准农田3万亩，生猪出栏稳定在65万头以上，确保脱贫人口人均纯收入增幅高于农村居民平均水平。',
  '各位代表，做好2025年经济社会发展工作，任务艰巨，责任重大。我们将在县委的坚强领导下，自觉接受县人大的监督，全力以赴完成全年目标任务。',
];

const table = {
  caption: '附表　嶅澧县2024年主要经济指标完成情况及2025年预期目标',
  header: ['指标名称', '单位', '2024年计划', '2024年完成', '增长（%）', '2025年预期目标'],
  rows: [
    ['地区生产总值', '亿元', '增长6.5%', '312.46', '5.6', '增长5.5%左右'],
    ['规模工业增加值', '%', '8', '—', '7.2', '7'],
    ['固定资产投资', '%', '8', '—', '-3.4', '4'],
    ['社会消费品零售总额', '亿元', '138', '136.27', '5.1', '增长6%'],
    ['地方一般公共预算收入', '亿元', '10.6', '10.82', '3.2', '11.1'],
    ['城镇居民人均可支配收入', '元', '增长6.5%', '45318', '4.9', '增长5.5%'],
    ['农村居民人均可支配收入', '元', '增长7.5%', '22614', '6.6', '增长6.5%'],
    ['粮食产量', '万吨', '31.5', '31.86', '1.2', '31.6'],
    ['城镇新增就业', '人', '5200', '5468', '—', '5200'],
    ['居民消费价格指数', '%', '3左右', '—', '0.4', '2左右'],
  ],
  note: '注：地区生产总值为初步核算数，增速按可比价格计算；地方一般公共预算收入增速为同口径增速。',
};

const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  editedPara(text, { alignment, heading: isPartHeading(text) });

const twoColumns = { column: { count: 2, space: 425, separate: false } };

export function aoliDocx(): Promise<Buffer> {
  const page = { footer: footerForms.hyphens, header: para(runningHeader, AlignmentType.CENTER) };
  const sections: ISectionOptions[] = [
    reportSection(page, [
      reportTitle('关于嶅澧县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告', {
        eastAsia: '方正小标宋简体',
        size: 40,
      }),
      ...under.map((line) => para(line, AlignmentType.CENTER)),
    ]),
    {
      ...reportSection(
        page,
        partOne.map((p) => para(p)),
      ),
      properties: { type: SectionType.CONTINUOUS, ...twoColumns },
    },
    {
      ...reportSection(page, [
        para(table.caption, AlignmentType.CENTER),
        new Table({
          width: { size: 9000, type: WidthType.DXA },
          rows: [
            new TableRow({ tableHeader: true, children: table.header.map((c) => editedCell(c)) }),
            ...table.rows.map((r) => new TableRow({ children: r.map((c) => editedCell(c)) })),
          ],
        }),
        para(table.note),
      ]),
      properties: { type: SectionType.NEXT_PAGE },
    },
    {
      ...reportSection(
        page,
        partTwo.map((p) => para(p)),
      ),
      properties: { type: SectionType.NEXT_PAGE, ...twoColumns },
    },
  ];
  return reportDocx(sections, {
    title: '嶅澧县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
    office: '嶅澧县发展和改革局',
  });
}
