// The eighteenth held-out batch's Word file: a district statistics bureau's 1—5月 analysis (陇溏区 under
// 岷泽市, 2017) delivered as .docx, whose appendix table groups its rows under category cells merged
// down the first column (工业 / 投资 / 消费 / 财政 / 金融). Invented place and figures; its answers are
// tests/accuracy/longtang-2017-m5-analysis.answers.json.

import { AlignmentType, Paragraph, type Table, TableRow } from 'docx';
import { reportDocx, reportSection } from './word-report.js';
import { headerRow, para, sizedTable, small, wordCell } from './word-table.js';

export interface GroupedAnalysis {
  name: string;
  office: string;
  dated: string;
  title: string;
  paragraphs: string[];
  caption: string;
  header: string[];
  /** Each group: the category cell merged down its rows, then the rows' other cells. */
  groups: { category: string; rows: string[][] }[];
  note: string;
}

export const longtang: GroupedAnalysis = {
  name: 'longtang-2017-m5-analysis',
  office: '陇溏区统计局',
  dated: '2017年6月19日',
  title: '1—5月全区经济运行情况分析',
  paragraphs: [
    '今年以来，全区上下认真落实区委、区政府各项决策部署，着力稳增长、促投资、扩消费，1—5月全区经济运行总体平稳，主要指标好于预期。',
    '一、工业生产稳中有升',
    '1—5月，全区规模以上工业增加值12.46亿元，同比增长7.8%，增速比1—4月加快0.6个百分点，高于全市平均水平1.1个百分点，居岷泽市五县区第2位。',
    '全区36户规模以上工业企业中有25户增加值实现增长，增长面为69.4%。分轻重工业看，轻工业增加值增长5.2%，重工业增加值增长8.9%。',
    '规模以上工业企业实现主营业务收入48.35亿元，同比增长9.6%；实现利税4.12亿元，同比下降2.7%。',
    '二、固定资产投资增势较好',
    '1—5月，全区500万元以上固定资产投资完成36.82亿元，同比增长14.3%，比1—4月回落1.5个百分点，占年度计划的38.6%。',
    '分产业看，第一产业投资2.15亿元，增长21.4%；第二产业投资11.37亿元，增长6.8%；第三产业投资23.30亿元，增长17.2%。房地产开发投资7.64亿元，下降4.9%。',
    '三、消费市场平稳增长',
    '1—5月，全区实现社会消费品零售总额21.58亿元，同比增长9.7%，增速与1—4月持平，居全市第3位。其中，限额以上企业（单位）消费品零售额6.23亿元，增长11.5%。',
    '四、财政收入较快增长',
    '1—5月，全区大口径财政收入5.86亿元，同比增长12.4%；一般公共预算收入3.17亿元，同比增长10.8%，完成年度预算的44.2%，其中税收收入2.39亿元，增长13.1%。一般公共预算支出9.45亿元，增长7.6%。',
    '五、金融存贷款平稳增长',
    '5月末，全区金融机构人民币各项存款余额156.72亿元，比年初增长5.3%；各项贷款余额98.41亿元，比年初增长6.9%。',
    '六、需要关注的问题',
    '一是工业企业效益下滑，利税由增转降；二是房地产开发投资持续下降，降幅比1—4月扩大1.8个百分点；三是部分新开工项目进展缓慢，投资后劲不足。',
  ],
  caption: '附表　陇溏区2017年1—5月主要经济指标',
  header: ['类别', '指标名称', '单位', '1—5月', '同比增长（%）'],
  groups: [
    {
      category: '工业',
      rows: [
        ['规模以上工业增加值', '亿元', '12.46', '7.8'],
        ['规模以上工业主营业务收入', '亿元', '48.35', '9.6'],
      ],
    },
    {
      category: '投资',
      rows: [
        ['500万元以上固定资产投资', '亿元', '36.82', '14.3'],
        ['其中：房地产开发投资', '亿元', '7.64', '-4.9'],
      ],
    },
    {
      category: '消费',
      rows: [
        ['社会消费品零售总额', '亿元', '21.58', '9.7'],
        ['其中：限额以上消费品零售额', '亿元', '6.23', '11.5'],
      ],
    },
    {
      category: '财政',
      rows: [
        ['大口径财政收入', '亿元', '5.86', '12.4'],
        ['一般公共预算收入', '亿元', '3.17', '10.8'],
        ['一般公共预算支出', '亿元', '9.45', '7.6'],
      ],
    },
    {
      category: '金融',
      rows: [
        ['各项存款余额', '亿元', '156.72', '5.3'],
        ['各项贷款余额', '亿元', '98.41', '6.9'],
      ],
    },
  ],
  note: '注：存贷款余额为5月末数，增速为比年初增长。',
};

/** The table: the category cell restarts a vertical merge on a group's first row and continues it below. */
function groupedTable(analysis: GroupedAnalysis): Table {
  const widths = [1000, 3400, 900, 1400, 1600];
  return sizedTable(widths, [
    headerRow(analysis.header),
    ...analysis.groups.flatMap((g) =>
      g.rows.map(
        (r, i) =>
          new TableRow({
            children: [
              wordCell(i === 0 ? g.category : '', {
                verticalMerge: i === 0 ? 'restart' : 'continue',
              }),
              ...r.map((c, j) => wordCell(c, { left: j === 0 })),
            ],
          }),
      ),
    ),
  ]);
}

export async function groupedAnalysisDocx(analysis: GroupedAnalysis): Promise<Buffer> {
  return reportDocx([
    reportSection({}, [
      para(analysis.title, { alignment: AlignmentType.CENTER, bold: true }),
      small(analysis.office, AlignmentType.CENTER),
      ...analysis.paragraphs.map((p) => para(p)),
      para(`${analysis.office}　${analysis.dated}`, { alignment: AlignmentType.RIGHT }),
      para(analysis.caption, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
      groupedTable(analysis),
      new Paragraph({ children: [] }),
      small(analysis.note),
    ]),
  ]);
}

export const longtangDocx = (): Promise<Buffer> => groupedAnalysisDocx(longtang);
