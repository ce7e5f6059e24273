// Held-out-478 (session 50): a Guizhou-style county 统计局's 珀岚县2006年3月主要经济指标 printed to PDF (珀岚县, invented):
// the title (3月; the caption says 1—3月), the bureau and date under it, one table whose header spans two rows — 指标 and
// 单位 merged down, 累计完成 over 1—3月 and 同比增长%, 占全年目标% merged down — of 38 rows (eight section rows 一、…八、, the first carrying GDP's figures,
// 其中 rows indented by full-width spaces, 国税收入/地税收入 under 财政总收入, coal and power rows under industry, product
// and herd rows, '—' where a row has no figure or no goal), a six-point 注 (the schedule 25%) and a signature. Built with
// word-report.ts's shell and edited-runs.ts's cells (officeReportDocx has a one-row header only), as micen.ts. Invented
// place and figures; the answers are tests/accuracy/polan-2006-q1-indicators.answers.json.

import { AlignmentType, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { continued, editedCell, editedPara, spanDown } from './edited-runs.js';
import { footerForms, reportDocx, reportSection, reportTitle } from './word-report.js';

export const polan = { name: 'polan-2006-q1-indicators' };

const title = '珀岚县2006年3月主要经济指标';
const office = '珀岚县统计局';

const DASH = '—';

/** 指标, 单位, 1—3月, 同比增长%, 占全年目标%. */
export const polanRows: readonly (readonly string[])[] = [
  ['一、国内生产总值', '万元', '41260', '11.8', '22.9'],
  ['　第一产业增加值', '万元', '9860', '5.2', DASH],
  ['　第二产业增加值', '万元', '17420', '16.4', DASH],
  ['　第三产业增加值', '万元', '13980', '11.5', DASH],
  ['二、工业', '', '', '', ''],
  ['规模以上工业总产值', '万元', '38640', '19.6', '21.5'],
  ['规模以上工业增加值', '万元', '14260', '17.8', '23.2'],
  ['　其中：煤炭工业', '万元', '6380', '24.5', DASH],
  ['　　　　电力工业', '万元', '4120', '12.3', DASH],
  ['原煤产量', '万吨', '28.6', '21.4', '24.8'],
  ['发电量', '万千瓦时', '18640', '8.6', DASH],
  ['三、固定资产投资', '', '', '', ''],
  ['全社会固定资产投资', '万元', '24860', '32.4', '18.4'],
  ['　其中：城镇固定资产投资', '万元', '20150', '35.6', DASH],
  ['　　　　农村固定资产投资', '万元', '4710', '20.1', DASH],
  ['　其中：房地产开发投资', '万元', '2860', '15.8', DASH],
  ['四、国内贸易', '', '', '', ''],
  ['社会消费品零售总额', '万元', '16820', '13.6', '24.6'],
  ['　其中：城市消费品零售额', '万元', '9640', '14.8', DASH],
  ['　　　　县及县以下消费品零售额', '万元', '7180', '12.1', DASH],
  ['五、财政', '', '', '', ''],
  ['财政总收入', '万元', '9865', '21.4', '26.3'],
  ['　其中：国税收入', '万元', '3960', '18.6', DASH],
  ['　　　　地税收入', '万元', '2870', '24.2', DASH],
  ['　地方财政收入', '万元', '4628', '23.8', '25.7'],
  ['地方财政支出', '万元', '15240', '16.9', DASH],
  ['六、金融（3月末）', '', '', '', ''],
  ['金融机构各项存款余额', '万元', '168420', '14.6', DASH],
  ['　其中：城乡居民储蓄存款', '万元', '128650', '16.2', DASH],
  ['金融机构各项贷款余额', '万元', '104380', '9.8', DASH],
  ['七、农业', '', '', '', ''],
  ['生猪出栏', '万头', '12.86', '5.4', DASH],
  ['肉类总产量', '吨', '9260', '4.8', DASH],
  ['八、其他', '', '', '', ''],
  ['农民人均现金收入', '元', '486', '12.5', DASH],
  ['城镇居民人均可支配收入', '元', '2180', '10.6', DASH],
  ['招商引资到位资金', '万元', '8650', '45.2', '21.6'],
  ['城镇新增就业', '人', '620', DASH, '31.0'],
];

const note =
  '注：1.国内生产总值为初步核算数，增长速度按可比价格计算；2.规模以上工业指全部国有及年产品销售收入500万元以上非国有工业企业；3.存贷款余额为3月末数，增长速度为比上年同期；4.农民人均现金收入、城镇居民人均可支配收入为住户抽样调查资料；5.占全年目标%为1—3月完成数占县人民政府下达的全年目标的比例，一季度时间进度按25%计；6.“—”表示无全年目标或无此项数据。';

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
        editedCell('累计完成', { columnSpan: 2 }),
        spanDown('占全年目标%'),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [continued(), continued(), editedCell('1—3月'), editedCell('同比增长%'), continued()],
    }),
    ...polanRows.map((r) => new TableRow({ children: r.map((text) => editedCell(text)) })),
  ],
});

export function polanDocx(): Promise<Buffer> {
  const content: (Paragraph | Table)[] = [
    reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
    para(office, AlignmentType.CENTER),
    para('2006年4月12日', AlignmentType.CENTER),
    para('珀岚县2006年1—3月主要经济指标完成情况', AlignmentType.CENTER),
    table,
    para(note),
    para('珀岚县统计局综合股', AlignmentType.RIGHT),
    para('2006年4月12日', AlignmentType.RIGHT),
  ];
  return reportDocx([reportSection({ footer: footerForms.hyphens }, content)], { title, office });
}
