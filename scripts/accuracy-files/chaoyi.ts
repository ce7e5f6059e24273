// The fourteenth held-out batch's Word file: a county statistics bureau's half-year analysis (巢邑县 under
// 昆台市) delivered as .docx, whose appendix table merges 指标名称 and 单位 down two rows and spans 1-6月 over
// 总量, 增速（%） and 位次. Invented place and figures; its answers are tests/accuracy/chaoyi-2025-h1-analysis.answers.json.

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

export const chaoyi = {
  name: 'chaoyi-2025-h1-analysis',
  office: '巢邑县统计局',
  title: '上半年全县经济运行总体平稳',
  issue: '巢邑统计信息　2025年第8期',
  opening: [
    '今年以来，全县上下坚持稳中求进工作总基调，统筹抓好稳增长、调结构、惠民生各项工作，全县经济运行总体平稳、稳中有进。',
    '一、经济总量稳步增长',
    '根据昆台市地区生产总值统一核算结果，上半年全县实现地区生产总值52.86亿元，按不变价格计算，同比增长5.9%，比一季度加快0.4个百分点，高于全市平均水平0.3个百分点，增速居昆台市六县（区）第2位。',
    '分产业看，第一产业增加值4.37亿元，增长4.6%；第二产业增加值22.15亿元，增长7.1%；第三产业增加值26.34亿元，增长5.0%。三次产业结构为8.3：41.9：49.8。',
    '二、工业生产较快增长',
    '上半年，全县规模以上工业增加值同比增长8.4%，比1-5月回落0.6个百分点，高于全市平均水平1.2个百分点，增速居全市第1位。',
    '分门类看，采矿业增长3.8%，制造业增长11.2%，电力、热力、燃气及水生产和供应业增长6.7%。全县42家规模以上工业企业中有29家实现增长，增长面为69.0%。',
    '规模以上工业企业实现营业收入63.8亿元，同比增长6.5%；实现利润总额3.12亿元，同比下降4.3%。',
    '三、固定资产投资降幅收窄',
    '上半年，全县固定资产投资同比下降3.6%，降幅比一季度收窄2.8个百分点，低于全市平均水平5.1个百分点，居全市第6位。',
    '其中，工业投资增长12.5%；房地产开发投资6.84亿元，下降15.2%；民间投资下降8.7%，占全部投资的比重为38.6%。',
    '四、消费市场平稳运行',
    '上半年，全县社会消费品零售总额19.46亿元，同比增长4.8%，增速与全市持平，居全市第4位。',
    '按经营单位所在地分，城镇消费品零售额15.27亿元，增长4.5%；乡村消费品零售额4.19亿元，增长5.9%。',
    '五、财政金融运行平稳',
    '上半年，全县一般公共预算收入3.28亿元，同比增长7.4%，完成年度预算的53.6%，超序时进度3.6个百分点；其中税收收入2.41亿元，增长6.2%，税收占比73.5%。',
    '一般公共预算支出16.52亿元，增长9.3%。',
    '6月末，全县金融机构人民币各项存款余额118.63亿元，比年初增长6.8%；各项贷款余额86.25亿元，比年初增长8.1%。',
    '六、居民收入稳步增加',
    '上半年，全县全体居民人均可支配收入12735元，同比增长6.1%。',
    '其中，城镇常住居民人均可支配收入19862元，增长5.2%；农村常住居民人均可支配收入7948元，增长7.3%，快于城镇居民2.1个百分点。',
    '七、农牧业生产总体稳定',
    '上半年，全县牛出栏3.62万头，增长4.1%；羊出栏18.45万只，增长2.6%；肉类总产量0.93万吨，增长3.4%。',
    '八、市场物价低位运行',
    '上半年，全县居民消费价格同比上涨0.6%，涨幅比一季度回落0.3个百分点。',
    '九、需要关注的问题',
    '一是投资持续下降，新开工项目偏少，5个计划新开工项目尚未开工；',
    '二是工业企业效益下滑，利润总额由增转降；',
    '三是消费增长乏力，社会消费品零售总额增速低于年初预期目标1.7个百分点。',
    '下半年，要紧盯全年目标任务，加快项目开工，稳定工业增长，促进消费回升，推动全县经济持续健康发展。',
  ],
  caption: '附表　2025年上半年巢邑县主要经济指标',
  /** 指标名称 | 单位 | 1-6月 (总量 | 增速（%） | 位次) */
  rows: [
    ['地区生产总值', '亿元', '52.86', '5.9', '2'],
    ['规模以上工业增加值', '亿元', '—', '8.4', '1'],
    ['固定资产投资', '亿元', '—', '-3.6', '6'],
    ['社会消费品零售总额', '亿元', '19.46', '4.8', '4'],
    ['一般公共预算收入', '亿元', '3.28', '7.4', '3'],
    ['城镇常住居民人均可支配收入', '元', '19862', '5.2', '5'],
    ['农村常住居民人均可支配收入', '元', '7948', '7.3', '2'],
  ],
  note: '注：位次为增速在昆台市6个县（区）中的排位；规模以上工业增加值、固定资产投资只公布增速。',
};

export async function chaoyiDocx(): Promise<Buffer> {
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
      ...chaoyi.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
  const doc = new Document({
    title: chaoyi.title,
    creator: chaoyi.office,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [new TextRun({ text: chaoyi.issue, font, size: 18 })],
              }),
            ],
          }),
        },
        footers: { default: pageFooter(['- ', PageNumber.CURRENT, ' -'], font) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: chaoyi.title,
                bold: true,
                font: { ...font, eastAsia: '方正小标宋简体' },
                size: 44,
              }),
            ],
          }),
          para(`${chaoyi.office}　2025年7月24日`, { alignment: AlignmentType.CENTER }),
          ...chaoyi.opening.map((p) => para(p, { bold: /^[一二三四五六七八九十]+、/.test(p) })),
          para(chaoyi.caption, { alignment: AlignmentType.CENTER, bold: true }),
          table,
          para(chaoyi.note),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
