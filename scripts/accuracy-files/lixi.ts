// The eighty-sixth held-out batch's Word file (session 27): a Zhejiang-style county 发改局's 2025年1—5月经济运行简报
// (浬溪县 under 瓯峤市, 2025) saved as .docx. A running header with the bulletin's issue, the office and date under the
// title, a lead with 五升一稳两降 and a chain of ranks that move against 1—4月, goals for the year with a gap, the time
// schedule (超时序进度B个百分点, 完成年度预算的A%), 5月当月 growths, two named projects with 总投资 and 累计完成投资,
// problems and the next month's first-half goals. Its table's header has two levels: 指标 and 单位 merged down, 1—5月
// spanning 绝对值 / 增长（%） and 全市 spanning 增长（%） / 位次, and some cells carry footnote marks (①, ②, *) that the
// 注 under the table explains. Invented place and figures; the answers are tests/accuracy/lixi-2025-m5-analysis.answers.json.

import { AlignmentType, Paragraph, Table, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { editedCell, editedPara } from './edited-runs.js';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { fangSong } from './word-table.js';

export const lixi = { name: 'lixi-2025-m5-analysis' };

const title = '2025年1—5月全县经济运行简况';
const office = '浬溪县发展和改革局';

const body = [
  '今年以来，全县上下深入落实省市县稳进提质各项部署，聚焦“扩投资、强工业、促消费、稳外贸”，经济运行总体平稳、稳中有进。1—5月，全县主要经济指标增速多数高于全市平均水平，与1—4月相比呈现“五升一稳两降”态势。',
  '一、主要经济指标运行情况',
  '（一）工业生产较快增长。1—5月，全县实现规上工业增加值38.65亿元，同比增长7.8%，高于全市平均0.9个百分点，增速居全市9个县（市、区）第3位，较1—4月前移2位。其中，5月当月增长9.4%，比4月加快2.1个百分点。规上工业总产值186.34亿元，增长6.4%。分行业看，全县32个工业行业大类中有21个行业产值实现增长，其中泵阀制造业产值增长12.8%，汽摩配件制造业增长9.6%，纺织业下降3.7%。规上工业企业新产品产值62.47亿元，增长15.3%，新产品产值率为33.5%，同比提高2.6个百分点。全县规上工业企业达到416家，比去年同期增加28家。',
  '（二）有效投资稳步扩大。1—5月，全县固定资产投资同比增长4.2%，高于全市2.1个百分点，居全市第6位，完成年度计划的46.8%，超时序进度5.1个百分点。其中，工业投资增长18.6%，居全市第2位；交通投资下降12.3%；房地产开发投资下降8.9%，降幅比1—4月收窄3.4个百分点。全县78个省市县重点建设项目1—5月完成投资42.36亿元，完成年度计划的48.2%。瓯浬高速浬溪段总投资56.8亿元，累计完成投资31.4亿元；浬溪县新材料产业园一期总投资12.6亿元，1—5月完成投资2.35亿元。',
  '（三）消费市场有所放缓。1—5月，全县实现社会消费品零售总额62.18亿元，同比增长5.3%，低于全市0.3个百分点，居全市第7位，较1—4月后移1位。其中，限额以上单位消费品零售额21.46亿元，增长7.1%；汽车类零售额增长3.2%，家用电器和音像器材类零售额在以旧换新政策带动下增长36.4%。',
  '（四）外贸出口保持领先。1—5月，全县实现进出口总额48.26亿元，同比增长9.7%，其中出口41.35亿元，增长11.2%，出口增速居全市第2位。对共建“一带一路”国家出口18.62亿元，增长16.5%，占全县出口的45.0%。',
  '（五）财政金融运行平稳。1—5月，全县一般公共预算收入16.84亿元，同比增长3.1%，完成年度预算的45.3%，超序时进度3.6个百分点，其中税收收入13.92亿元，增长1.8%。一般公共预算支出24.57亿元，增长4.6%。5月末，全县金融机构本外币存款余额742.36亿元，同比增长8.6%；贷款余额618.45亿元，同比增长10.3%，比年初增加41.27亿元。',
  '（六）用电与居民收入稳中有升。1—5月，全县全社会用电量12.64亿千瓦时，同比增长8.9%，其中工业用电量9.12亿千瓦时，增长10.4%。一季度，全县城镇居民人均可支配收入21846元，增长4.8%；农村居民人均可支配收入12683元，增长6.5%。',
  '二、需要关注的问题',
  '一是经济增长目标压力较大。一季度全县地区生产总值增长5.6%，与全年6%左右的预期目标相比仍有差距，二季度需加快追赶。二是消费增长后劲不足，社零增速连续2个月低于全市，餐饮收入增长仅为1.9%。三是交通投资持续下降，主要是浬溪至岙口公路改建工程等项目尚在前期阶段，今年计划投资4.2亿元，目前尚未开工。',
  '三、下步工作建议',
  '一要全力冲刺“双过半”，确保上半年规上工业增加值增长8%以上、固定资产投资增长5%以上。二要用好以旧换新等政策，力争6月份社零增速回升至6%左右。三要加快项目开工，推动浬溪至岙口公路改建工程6月底前开工建设。',
];

const caption = '附表：2025年1—5月浬溪县主要经济指标';

const rows = [
  ['地区生产总值①', '亿元', '86.42', '5.6', '5.3', '4'],
  ['规上工业增加值', '亿元', '38.65', '7.8', '6.9', '3'],
  ['规上工业总产值', '亿元', '186.34', '6.4', '5.8', '5'],
  ['固定资产投资', '%', '—', '4.2', '2.1', '6'],
  ['  其中：工业投资', '%', '—', '18.6', '12.4', '2'],
  ['社会消费品零售总额', '亿元', '62.18', '5.3', '5.6', '7'],
  ['进出口总额', '亿元', '48.26', '9.7', '6.3', '3'],
  ['  其中：出口', '亿元', '41.35', '11.2', '7.8', '2'],
  ['一般公共预算收入', '亿元', '16.84', '3.1', '2.4', '5'],
  ['  其中：税收收入', '亿元', '13.92', '1.8', '—', '—'],
  ['金融机构本外币存款余额②', '亿元', '742.36', '8.6', '7.9', '4'],
  ['金融机构本外币贷款余额②', '亿元', '618.45', '10.3', '9.1', '3'],
  ['全社会用电量', '亿千瓦时', '12.64', '8.9*', '7.4', '2'],
  ['城镇居民人均可支配收入①', '元', '21846', '4.8', '4.9', '6'],
  ['农村居民人均可支配收入①', '元', '12683', '6.5', '6.6', '5'],
];

const note =
  '注：①为一季度数据；②为5月末余额，增长为同比增长；*全社会用电量增速按供电公司口径计算。位次为在瓯峤市9个县（市、区）中的位次，“—”表示不公布或无此项。';

const merged = (text: string, start: boolean) =>
  editedCell(start ? text : '', {
    verticalMerge: start ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });

export async function lixiDocx(): Promise<Buffer> {
  const table = new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [3000, 1000, 1300, 1200, 1300, 1200],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          merged('指标', true),
          merged('单位', true),
          editedCell('1—5月', { columnSpan: 2 }),
          editedCell('全市', { columnSpan: 2 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          merged('', false),
          merged('', false),
          ...['绝对值', '增长%', '增长%', '位次'].map((s) => editedCell(s)),
        ],
      }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => editedCell(c)) })),
    ],
  });
  const issueLine = new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: '浬溪经济运行简报　2025年第5期（总第143期）', font: fangSong, size: 18 })],
  });
  return reportDocx(
    [
      reportSection({ header: issueLine, footer: footerForms.dashes }, [
        reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
        editedPara(`${office}　2025年6月18日`, { alignment: AlignmentType.CENTER }),
        ...body.map((p) => editedPara(p, { heading: isPartHeading(p) })),
        editedPara(caption, { alignment: AlignmentType.CENTER, heading: true }),
        table,
        editedPara(note),
        editedPara(
          '报：县委、县人大、县政府、县政协主要领导，瓯峤市发改委　　送：县级各部门，各乡镇（街道）',
        ),
        editedPara('浬溪县发展和改革局综合科　　　　2025年6月18日印发'),
      ]),
    ],
    { title, office },
  );
}
