// Held-out-484 (session 50): a Tianjin-style county 统计局's 钰沽县2004年2月主要经济指标 printed to PDF (钰沽县, invented):
// the title (2月; the header says 1—2月), the bureau's dated line, one table whose header spans two rows — 指标 and 单位
// merged down, 1—2月 over 本期 and 同比±%, 区县位次 over 总量 and 增幅 — of 33 rows (seven section rows, 全部工业总产值
// split into 县属, 乡镇 and 三资 industry that add up to it, 城镇/农村 investment adding up to the whole, balances in 亿元 beside
// sums in 万元, '—' where a row is not ranked), a five-point 说明 (no group size) and the bureau's sign-off. Built with
// word-report.ts's shell and edited-runs.ts's cells, as polan.ts (officeReportDocx has a one-row header only). Invented place
// and figures; the answers are tests/accuracy/yugu-2004-m1-2-monthly.answers.json.

import { AlignmentType, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { continued, editedCell, editedPara, spanDown } from './edited-runs.js';
import { footerForms, reportDocx, reportSection, reportTitle } from './word-report.js';

export const yugu = { name: 'yugu-2004-m1-2-monthly' };

const title = '钰沽县2004年2月主要经济指标';
const office = '钰沽县统计局';

const DASH = '—';

/** 指标, 单位, 1—2月本期, 同比±%, 区县位次（总量）, 区县位次（增幅）. */
export const yuguRows: readonly (readonly string[])[] = [
  ['一、工业', '', '', '', '', ''],
  ['全部工业总产值', '万元', '186420', '21.4', '5', '6'],
  ['　其中：县属工业总产值', '万元', '58630', '16.2', DASH, DASH],
  ['　　　　乡镇工业总产值', '万元', '112460', '23.8', DASH, DASH],
  ['　　　　三资工业总产值', '万元', '15330', '20.1', DASH, DASH],
  ['规模以上工业总产值', '万元', '142860', '24.6', '6', '4'],
  ['规模以上工业增加值', '万元', '38240', '22.9', '6', '6'],
  ['规模以上工业销售产值', '万元', '137150', '23.7', DASH, DASH],
  ['规模以上工业利润总额', '万元', '9460', '-7.3', DASH, DASH],
  ['二、固定资产投资', '', '', '', '', ''],
  ['全社会固定资产投资', '万元', '46820', '14.3', '7', '8'],
  ['　其中：城镇固定资产投资', '万元', '31460', '19.2', DASH, DASH],
  ['　　　　农村固定资产投资', '万元', '15360', '5.6', DASH, DASH],
  ['房地产开发投资', '万元', '8640', '26.8', DASH, DASH],
  ['三、国内贸易', '', '', '', '', ''],
  ['社会消费品零售总额', '万元', '68230', '11.6', '9', '7'],
  ['　其中：批发零售贸易业', '万元', '56920', '10.8', DASH, DASH],
  ['　　　　餐饮业', '万元', '9870', '16.3', DASH, DASH],
  ['四、对外经济', '', '', '', '', ''],
  ['外贸出口总额', '万美元', '2846', '31.5', '6', '3'],
  ['合同外资额', '万美元', '1560', '38.1', DASH, DASH],
  ['实际直接利用外资', '万美元', '982', '27.4', '8', '5'],
  ['五、财政', '', '', '', '', ''],
  ['财政收入', '万元', '24860', '25.3', '8', '4'],
  ['　其中：县级财政收入', '万元', '13420', '29.6', '7', '3'],
  ['财政支出', '万元', '15680', '12.4', DASH, DASH],
  ['六、金融', '', '', '', '', ''],
  ['金融机构各项存款余额', '亿元', '72.46', '13.8', DASH, DASH],
  ['　其中：城乡储蓄存款余额', '亿元', '55.18', '15.2', DASH, DASH],
  ['金融机构各项贷款余额', '亿元', '41.37', '8.9', DASH, DASH],
  ['七、其他', '', '', '', '', ''],
  ['农民人均现金收入', '元', '826', '10.6', '4', '5'],
  ['全社会用电量', '万千瓦时', '12860', '15.7', DASH, DASH],
];

const note =
  '说明：1.本表数据为快报数，1—2月合并统计；2.规模以上工业指全部国有及年产品销售收入500万元以上非国有工业企业；3.存、贷款余额为2月末数，同比±%为比上年同月末增减；4.区县位次为本县指标在全市郊区县中的排位，“总量”按本期绝对数排位，“增幅”按同比增减排位；5.“—”表示该项不参加排位。';

const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  editedPara(text, { alignment });

const table = new Table({
  width: { size: 9000, type: WidthType.DXA },
  rows: [
    new TableRow({
      tableHeader: true,
      children: [
        spanDown('指标'),
        spanDown('单位'),
        editedCell('1—2月', { columnSpan: 2 }),
        editedCell('区县位次', { columnSpan: 2 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        continued(),
        continued(),
        editedCell('本期'),
        editedCell('同比±%'),
        editedCell('总量'),
        editedCell('增幅'),
      ],
    }),
    ...yuguRows.map((r) => new TableRow({ children: r.map((text) => editedCell(text)) })),
  ],
});

export function yuguDocx(): Promise<Buffer> {
  const content: (Paragraph | Table)[] = [
    reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
    para('钰沽县统计局　　　　　　　　　　　　2004年3月10日', AlignmentType.CENTER),
    table,
    para(note),
    para('钰沽县统计局综合科', AlignmentType.RIGHT),
    para('2004年3月10日', AlignmentType.RIGHT),
  ];
  return reportDocx([reportSection({ footer: footerForms.hyphens }, content)], { title, office });
}
