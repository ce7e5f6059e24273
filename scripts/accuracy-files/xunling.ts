// The twelfth held-out batch's Word file: a county statistics bureau's half-year analysis (浔岭县 under
// 桠州市) whose table header merges 指标名称 and 单位 down two rows and spans 1-6月 over 总量, 增速 and 位次.
// Invented place and figures; its answers are tests/accuracy/xunling-2019-h1-analysis.answers.json.

import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { pageFooter, splitRuns } from './word-table.js';

export const xunling = {
  name: 'xunling-2019-h1-analysis',
  office: '浔岭县统计局',
  title: '上半年全县经济运行稳中有进',
  opening: [
    '今年以来，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，扎实做好“六稳”工作，全县经济运行总体平稳、稳中有进。',
    '一、地区生产总值平稳增长',
    '据桠州市统一核算，上半年全县实现地区生产总值68.35亿元，按可比价格计算，同比增长7.8%，比一季度提高0.5个百分点，比去年全年提高0.3个百分点，增速位列桠州市两区五县第3位。',
    '分产业看，第一产业增加值6.72亿元，增长3.4%；第二产业增加值29.41亿元，增长9.1%；第三产业增加值32.22亿元，增长7.2%。三次产业结构为9.8：43.0：47.2。',
    '二、工业生产加快',
    '上半年，全县规模以上工业增加值同比增长10.6%，比1-5月提高0.8个百分点，高于全市平均水平1.9个百分点，位列全市第2位。',
    '分三大门类看，采矿业增长4.2%，制造业增长12.3%，电力、热力、燃气及水生产和供应业增长6.5%。全县58家规模以上工业企业中有44家实现增长，增长面为75.9%。',
    '规模以上工业企业实现营业收入96.4亿元，增长11.8%；实现利润总额4.26亿元，增长15.3%。',
    '三、固定资产投资增速回落',
    '上半年，全县固定资产投资同比增长12.4%，比一季度回落2.1个百分点，低于全市平均水平0.6个百分点，位列全市第5位。',
    '其中，工业投资增长18.7%，快于全部投资6.3个百分点；基础设施投资增长9.2%；房地产开发投资21.36亿元，增长6.8%。',
    '四、消费市场平稳运行',
    '上半年，全县社会消费品零售总额28.57亿元，同比增长9.6%，增速与全市持平，位列全市第4位。其中，限额以上单位消费品零售额8.94亿元，增长7.2%。',
    '五、财政金融运行平稳',
    '上半年，全县一般公共预算收入5.68亿元，同比增长6.2%，其中税收收入4.15亿元，增长8.4%，税收占比73.1%。',
    '一般公共预算支出18.74亿元，增长10.5%。',
    '6月末，全县金融机构人民币各项存款余额186.52亿元，比年初增长7.6%；各项贷款余额112.37亿元，比年初增长9.8%。',
    '六、居民收入稳步增加',
    '上半年，全县全体居民人均可支配收入11864元，同比增长8.9%。',
    '其中，城镇常住居民人均可支配收入16235元，增长8.1%；农村常住居民人均可支配收入8426元，增长9.7%，快于城镇居民1.6个百分点。',
    '七、农业生产总体稳定',
    '上半年，全县夏粮播种面积12.6万亩，总产量3.84万吨，增长1.2%；生猪出栏9.26万头，增长2.8%。',
    '八、市场物价温和上涨',
    '上半年，全县居民消费价格同比上涨2.3%，涨幅比一季度扩大0.4个百分点。',
    '九、需要关注的问题',
    '一是投资增速持续回落，新开工项目偏少，后续支撑不足；',
    '二是一般公共预算收入增速低于全市平均水平，位次靠后；',
    '三是消费增长动力偏弱，限额以上单位零售额增速低于全部零售额。',
    '下半年，要紧盯全年目标任务，加快项目建设，稳定工业增长，促进消费回升，推动全县经济持续健康发展。',
  ],
  caption: '附表　2019年上半年浔岭县主要经济指标',
  /** 指标名称 | 单位 | 1-6月 (总量 | 增速（%） | 位次) */
  rows: [
    ['地区生产总值', '亿元', '68.35', '7.8', '3'],
    ['规模以上工业增加值', '亿元', '—', '10.6', '2'],
    ['固定资产投资', '亿元', '—', '12.4', '5'],
    ['社会消费品零售总额', '亿元', '28.57', '9.6', '4'],
    ['一般公共预算收入', '亿元', '5.68', '6.2', '6'],
    ['城镇常住居民人均可支配收入', '元', '16235', '8.1', '4'],
    ['农村常住居民人均可支配收入', '元', '8426', '9.7', '2'],
  ],
  note: '注：位次为增速在桠州市7个县（市、区）中的排位；规模以上工业增加值、固定资产投资只公布增速。',
};

export async function xunlingDocx(): Promise<Buffer> {
  const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
  const para = (
    text: string,
    options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
  ) =>
    new Paragraph({
      alignment: options.alignment,
      indent: options.alignment ? undefined : { firstLine: 640 },
      children: splitRuns(text, { ...font, ...(options.bold ? { eastAsia: '黑体' } : {}) }, 32),
    });
  const cell = (
    text: string,
    options: {
      columnSpan?: number;
      verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
    } = {},
  ) =>
    new TableCell({
      columnSpan: options.columnSpan,
      verticalMerge: options.verticalMerge,
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns(text, font, 21) })],
    });
  const table = new Table({
    width: { size: 8800, type: WidthType.DXA },
    columnWidths: [3400, 1000, 1600, 1400, 1400],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('指标名称', { verticalMerge: VerticalMergeType.RESTART }),
          cell('单位', { verticalMerge: VerticalMergeType.RESTART }),
          cell('1-6月', { columnSpan: 3 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          ...['总量', '增速（%）', '位次'].map((s) => cell(s)),
        ],
      }),
      ...xunling.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
  const doc = new Document({
    title: xunling.title,
    creator: xunling.office,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [new TextRun({ text: '浔岭统计分析　2019年第7期', font, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: pageFooter(['- ', PageNumber.CURRENT, ' -'], font),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: xunling.title,
                bold: true,
                font: { ...font, eastAsia: '方正小标宋简体' },
                size: 44,
              }),
            ],
          }),
          para(`${xunling.office}　2019年7月22日`, { alignment: AlignmentType.CENTER }),
          ...xunling.opening.map((p) => para(p, { bold: /^[一二三四五六七八九十]+、/.test(p) })),
          para(xunling.caption, { alignment: AlignmentType.CENTER, bold: true }),
          table,
          para(xunling.note),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
