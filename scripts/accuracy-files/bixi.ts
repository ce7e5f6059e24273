// The thirty-seventh held-out batch's statistics analysis: a Jiangxi county statistics bureau's 1—8月 analysis
// (碧浠县 under 岩州市, 2018) printed to PDF from Word (print-pdf.ts). Its appendix table's header has two levels
// over two periods: 指标名称 and 单位 merged down, 1—8月 spanning 绝对值 / 增长（%） / 全市位次 and 1—7月
// spanning 增长（%） / 位次, so each row also carries last month's growth and rank. Invented place and figures;
// the answers are tests/accuracy/bixi-2018-m8-analysis.answers.json.

import { AlignmentType, Paragraph, Table, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { fangSong } from './word-table.js';

export const bixi = { name: 'bixi-2018-m8-analysis' };

const title = '1—8月全县经济运行稳中趋缓';
const office = '碧浠县统计局';

const body = [
  '1—8月，全县上下围绕年度目标任务，全力以赴稳增长、抓项目、促消费，全县经济运行总体平稳，但部分指标增速有所放缓。',
  '一、主要指标运行情况',
  '（一）工业生产增速小幅回落。1—8月，全县规模以上工业增加值同比增长8.9%，增速比1—7月回落0.4个百分点，比上年同期回落1.6个百分点，居全市11个县（市、区）第6位。8月当月，规模以上工业增加值增长7.2%。全县126家规模以上工业企业中，有93家企业增加值实现增长，增长面为73.8%。规模以上工业企业实现营业收入186.42亿元，增长12.6%；利润总额11.35亿元，增长9.4%。',
  '（二）固定资产投资保持较快增长。1—8月，全县固定资产投资同比增长13.2%，比1—7月加快0.6个百分点，高于全市平均水平1.5个百分点，居全市第3位，比1—7月前移2位。其中，工业投资增长18.7%，占全部投资的46.3%；基础设施投资增长9.8%；房地产开发投资8.26亿元，下降4.1%，降幅比1—7月收窄2.3个百分点。',
  '（三）消费品市场稳中有升。1—8月，全县限额以上消费品零售额19.64亿元，增长11.8%，居全市第7位。其中，汽车类零售额5.12亿元，增长6.5%；石油及制品类零售额3.08亿元，增长13.4%。',
  '（四）财政收入增势较好。1—8月，全县财政总收入23.57亿元，增长15.4%，完成年度预算的72.5%，超序时进度5.8个百分点，居全市第2位。其中，一般公共预算收入15.02亿元，增长13.9%；税收收入19.86亿元，占财政总收入的84.3%。一般公共预算支出28.74亿元，增长8.2%。',
  '（五）金融存贷款平稳增长。8月末，全县金融机构各项存款余额312.45亿元，比年初增长9.7%；各项贷款余额246.18亿元，比年初增长12.3%，贷款增速高于存款2.6个百分点。',
  '二、需要关注的问题',
  '一是工业增长动力减弱。规模以上工业增加值增速连续三个月回落，距年初确定的10%目标还差1.1个百分点。二是消费增长偏慢，限额以上消费品零售额增速居全市后列。三是房地产投资持续下降，商品房销售面积22.36万平方米，下降7.8%。',
  '三、几点建议',
  '一要抓好工业企业稳产增产，力争全年规模以上工业增加值增长9.5%左右；二要加快项目建设进度，确保全年固定资产投资增长12%以上；三要落实促消费政策，推动限额以上消费品零售额全年增长12%。',
];

const caption = '附表：碧浠县2018年1—8月主要经济指标';

const rows = [
  ['规模以上工业增加值', '%', '—', '8.9', '6', '9.3', '5'],
  ['规模以上工业营业收入', '亿元', '186.42', '12.6', '4', '13.1', '4'],
  ['固定资产投资', '%', '—', '13.2', '3', '12.6', '5'],
  ['  其中：工业投资', '%', '—', '18.7', '2', '17.9', '2'],
  ['限额以上消费品零售额', '亿元', '19.64', '11.8', '7', '12.0', '7'],
  ['财政总收入', '亿元', '23.57', '15.4', '2', '14.8', '3'],
  ['  其中：一般公共预算收入', '亿元', '15.02', '13.9', '3', '13.5', '3'],
  ['金融机构各项存款余额', '亿元', '312.45', '9.7', '5', '9.2', '5'],
  ['金融机构各项贷款余额', '亿元', '246.18', '12.3', '4', '12.0', '4'],
];

const note = '注：增速按可比价格计算；位次为在岩州市11个县（市、区）中的位次；“—”表示不公布绝对值。';

const merged = (text: string, start: boolean) =>
  editedCell(start ? text : '', {
    verticalMerge: start ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });

export async function bixiDocx(): Promise<Buffer> {
  const table = new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [2800, 800, 1200, 1100, 1000, 1100, 1000],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          merged('指标名称', true),
          merged('单位', true),
          editedCell('1—8月', { columnSpan: 3 }),
          editedCell('1—7月', { columnSpan: 2 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          merged('', false),
          merged('', false),
          ...['绝对值', '增长（%）', '全市位次', '增长（%）', '位次'].map((s) => editedCell(s)),
        ],
      }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => editedCell(c)) })),
    ],
  });
  const issueLine = new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: '碧浠统计分析　第9期', font: fangSong, size: 18 })],
  });
  return reportDocx(
    [
      reportSection({ header: issueLine, footer: footerForms.pageOfTotal }, [
        reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
        editedPara(`${office}　2018年9月14日`, { alignment: AlignmentType.CENTER }),
        ...body.map((p) => editedPara(p, { heading: isPartHeading(p) })),
        editedPara(caption, { alignment: AlignmentType.CENTER, heading: true }),
        table,
        editedPara(note),
      ]),
    ],
    { title, office },
  );
}
