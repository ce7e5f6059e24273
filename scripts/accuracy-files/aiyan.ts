// The thirty-seventh held-out batch's half-year report as a Word file: a Zhejiang county's report to its
// standing committee on its 2014 half-year plan execution (艾岩县 under 澄州市), with a running header naming the
// meeting's file (县十六届人大常委会第十九次会议文件（三）), a 第 N 页 footer, and a real Word table whose columns
// are 年度目标（%）, 市下达目标（%）, 1-6月实绩, 增长（%） and 全市位次, a 完成情况 column in words, and blank cells
// where a figure is not reported. Invented place and figures; the answers are
// tests/accuracy/aiyan-2014-h1.answers.json.

import { AlignmentType, Table, TableRow, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import {
  footerForms,
  isPartHeading,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';

export const aiyan = { name: 'aiyan-2014-h1' };

const title = '关于艾岩县2014年上半年国民经济和社会发展计划执行情况的报告';
const office = '艾岩县发展和改革局';

const under = ['——2014年7月25日在县十六届人大常委会第十九次会议上', '县发展和改革局局长　陈国平'];

const body = [
  '主任、各位副主任、各位委员：',
  '我受县人民政府委托，向本次会议报告2014年上半年全县国民经济和社会发展计划执行情况，请予审议。',
  '一、上半年计划执行情况',
  '今年以来，全县上下紧紧围绕县十六届人大四次会议确定的目标任务，主动适应经济发展新常态，着力稳增长、促转型、惠民生，经济运行呈现“总体平稳、稳中有进”的态势。',
  '（一）经济运行总体平稳。上半年，全县实现地区生产总值142.58亿元，同比增长8.3%，增幅比一季度提高0.3个百分点，比全市平均高0.5个百分点，居全市第4位。三次产业结构调整为5.4∶52.7∶41.9。',
  '（二）工业经济稳中向好。规模以上工业增加值完成52.36亿元，同比增长9.1%，超市下达目标0.6个百分点，但离年度目标还差0.9个百分点。规模以上工业新产品产值率达到31.6%，比去年同期提高2.4个百分点。',
  '（三）有效投资加快推进。固定资产投资完成86.74亿元，同比增长18.6%，完成年度计划的53.5%，超时序进度3.5个百分点，增幅居全市第2位。其中，民间投资49.27亿元，增长21.3%。全县62个重点建设项目完成投资41.35亿元，完成年度计划的55.1%；艾岩大桥、县城北污水处理厂二期、澄艾公路改建工程等项目进展顺利，艾岩经济开发区创业园一期已建成投用。',
  '（四）消费市场持续活跃。社会消费品零售总额完成51.27亿元，同比增长12.1%，比年度目标低0.9个百分点，居全市第6位。',
  '（五）财政收入稳步增长。财政总收入完成17.84亿元，同比增长10.6%，完成年度预算的57.2%；其中地方财政收入10.93亿元，增长11.4%，占财政总收入的61.3%。',
  '（六）城乡居民收入较快增长。城镇居民人均可支配收入19342元，同比增长9.6%；农村居民人均纯收入10865元，同比增长11.2%，增速分别高于年度目标0.1个和0.7个百分点。',
  '主要指标完成情况见下表。',
  '二、存在的主要问题',
  '一是工业增长后劲不足，规模以上工业增加值增速低于年度目标，亏损企业达到47家，亏损面为13.8%；二是消费市场增速仍低于年度目标；三是要素制约依然突出，上半年新增建设用地指标仅落实386亩，仅为年度需求的32.2%。',
  '三、下半年主要工作',
  '下半年，我们将紧扣全年目标不放松，确保地区生产总值增长9%、财政总收入增长10%以上、固定资产投资突破162亿元。',
  '（一）狠抓工业转型。深入实施“机器换人”，全年完成工业技改投资30亿元以上。',
  '（二）狠抓项目推进。确保艾岩大桥年底主体完工，力争澄艾公路改建工程年内通车。',
  '（三）狠抓民生保障。全年新增城镇就业4500人以上，城镇登记失业率控制在3.5%以内。',
  '主任、各位副主任、各位委员，完成全年目标任务，需要我们付出更加艰苦的努力。我们将在县委的坚强领导下，在县人大的监督支持下，奋力完成全年各项目标任务。',
];

const caption = '艾岩县2014年上半年主要经济指标完成情况表';

const header = [
  '指标名称',
  '单位',
  '年度目标（%）',
  '市下达目标（%）',
  '1-6月实绩',
  '增长（%）',
  '全市位次',
  '完成情况',
];

const rows = [
  ['地区生产总值', '亿元', '9', '8', '142.58', '8.3', '4', '基本完成'],
  ['规模以上工业增加值', '亿元', '10', '8.5', '52.36', '9.1', '5', '未完成'],
  ['固定资产投资', '亿元', '15', '14', '86.74', '18.6', '2', '完成'],
  ['社会消费品零售总额', '亿元', '13', '12.5', '51.27', '12.1', '6', '未完成'],
  ['财政总收入', '亿元', '10', '', '17.84', '10.6', '3', '完成'],
  ['城镇居民人均可支配收入', '元', '9.5', '9', '19342', '9.6', '', '完成'],
  ['农村居民人均纯收入', '元', '10.5', '10', '10865', '11.2', '', '完成'],
];

const note = '注：全市位次为在澄州市9个县（市、区）中的位次；城乡居民收入为抽样调查数。';

export async function aiyanDocx(): Promise<Buffer> {
  const table = new Table({
    width: { size: 9200, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => editedCell(h)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => editedCell(c)) })),
    ],
  });
  const at = body.indexOf('主要指标完成情况见下表。') + 1;
  const paras = body.map((p) => editedPara(p, { heading: isPartHeading(p) }));
  return reportDocx(
    [
      reportSection(
        { header: runningHeader('县十六届人大常委会第十九次会议文件（三）'), footer: footerForms.page },
        [
          reportTitle(title, { eastAsia: '方正小标宋简体', size: 40 }),
          ...under.map((l) => editedPara(l, { alignment: AlignmentType.CENTER })),
          ...paras.slice(0, at),
          editedPara(caption, { alignment: AlignmentType.CENTER, heading: true }),
          table,
          editedPara(note),
          ...paras.slice(at),
          editedPara('艾岩县人民政府', { alignment: AlignmentType.RIGHT }),
        ],
      ),
    ],
    { title, office },
  );
}
