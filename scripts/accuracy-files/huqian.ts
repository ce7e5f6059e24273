// Held-out-490 (session 51): a Jiangsu-style county-level city 统计局's 浒芊市2002年10月统计月报 printed to PDF (浒芊市, invented):
// the title, the bureau's dated line, one table whose header spans two rows — 指标 and 计量单位 merged down, 本月 merged down,
// 1—10月 over 本年累计 | 上年同期累计 | 增减% — of 27 rows (eight section rows, 其中 rows, balances in 亿元 with no 本月 cell, and a
// 八、分镇工业总产值 block of five towns), a 注 of three points and the bureau's sign-off. Built with word-report.ts's shell and
// edited-runs.ts's cells, as yugu.ts. Invented place and figures; the answers are tests/accuracy/huqian-2002-m1-10-monthly.answers.json.

import { AlignmentType, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { continued, editedCell, editedPara, spanDown } from './edited-runs.js';
import { footerForms, reportDocx, reportSection, reportTitle } from './word-report.js';

export const huqian = { name: 'huqian-2002-m1-10-monthly' };

const title = '浒芊市2002年10月统计月报';
const office = '浒芊市统计局';

const DASH = '—';

/** 指标, 计量单位, 本月, 本年累计, 上年同期累计, 增减%. */
export const huqianRows: readonly (readonly string[])[] = [
  ['一、工业', '', '', '', '', ''],
  ['工业总产值（现价）', '万元', '312600', '2876400', '2341800', '22.8'],
  ['　其中：规模以上工业', '万元', '246800', '2258300', '1812600', '24.6'],
  ['工业销售产值', '万元', '305400', '2801700', '2279600', '22.9'],
  ['　其中：出口交货值', '万元', '68200', '612500', '458300', '33.6'],
  ['规模以上工业利税总额', '万元', DASH, '186400', '152300', '22.4'],
  ['二、固定资产投资', '', '', '', '', ''],
  ['全社会固定资产投资', '万元', DASH, '462800', '371500', '24.6'],
  ['三、国内贸易', '', '', '', '', ''],
  ['社会消费品零售总额', '万元', '38620', '365400', '326800', '11.8'],
  ['四、对外经济', '', '', '', '', ''],
  ['外贸出口', '万美元', '6820', '58640', '41870', '40.1'],
  ['实际利用外资', '万美元', '1260', '12480', '9350', '33.5'],
  ['五、财政', '', '', '', '', ''],
  ['财政总收入', '万元', '9860', '118600', '93200', '27.3'],
  ['　其中：地方财政收入', '万元', '4320', '56300', '44100', '27.7'],
  ['六、金融（月末余额）', '', '', '', '', ''],
  ['金融机构各项存款余额', '亿元', DASH, '186.42', '158.36', '17.7'],
  ['金融机构各项贷款余额', '亿元', DASH, '128.75', '112.40', '14.5'],
  ['七、能源', '', '', '', '', ''],
  ['全社会用电量', '万千瓦时', '14260', '132580', '114930', '15.4'],
  ['八、分镇工业总产值', '', '', '', '', ''],
  ['　浒芊镇', '万元', DASH, '586200', '472400', '24.1'],
  ['　新港镇', '万元', DASH, '418600', '341900', '22.4'],
  ['　东桥镇', '万元', DASH, '352400', '296100', '19.0'],
  ['　梅湾镇', '万元', DASH, '263800', '208500', '26.5'],
  ['　沙洲镇', '万元', DASH, '196500', '171200', '14.8'],
];

const note =
  '注：1.本表为快报数，规模以上工业指全部国有及年产品销售收入500万元以上非国有工业企业；2.金融为月末余额，“本年累计”栏为10月末数，“上年同期累计”栏为上年10月末数；3.分镇工业总产值为镇属及村办工业，不含市属企业。';

const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  editedPara(text, { alignment });

const table = new Table({
  width: { size: 9000, type: WidthType.DXA },
  rows: [
    new TableRow({
      tableHeader: true,
      children: [
        spanDown('指标'),
        spanDown('计量单位'),
        spanDown('本月'),
        editedCell('1—10月', { columnSpan: 3 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        continued(),
        continued(),
        continued(),
        editedCell('本年累计'),
        editedCell('上年同期累计'),
        editedCell('增减%'),
      ],
    }),
    ...huqianRows.map((r) => new TableRow({ children: r.map((text) => editedCell(text)) })),
  ],
});

export function huqianDocx(): Promise<Buffer> {
  const content: (Paragraph | Table)[] = [
    reportTitle(title, { eastAsia: '方正小标宋简体', size: 44 }),
    para('浒芊市统计局　　　　　　　　　　　　2002年11月6日', AlignmentType.CENTER),
    table,
    para(note),
    para('浒芊市统计局综合科', AlignmentType.RIGHT),
    para('2002年11月6日', AlignmentType.RIGHT),
  ];
  return reportDocx([reportSection({ footer: footerForms.hyphens }, content)], { title, office });
}
