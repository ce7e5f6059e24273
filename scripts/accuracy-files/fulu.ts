// The one-hundred-and-thirty-ninth held-out batch's PDF (session 32): a Jiangsu-style county statistics bureau's 统计月报
// for 2025年1—9月 (洑澛县 under 淮浍市) as the bureau keeps it in Excel and prints it to PDF, one sheet a page; here, as
// the installed LibreOffice has Writer only, each sheet is laid out as a Word section (word-report.ts's reportSection and
// reportDocx, word-table.ts's plainTable) and the file printed by LibreOffice: a running header with the issue on every
// page, a 第 N 页 共 M 页 footer, the masthead and a short 简析 paragraph on the first page, then four sheets (主要指标 with
// 1—9月 | 同比增长（%） | 全市位次; 规模以上工业 with 9月 beside 1—9月 and lagged 1—8月 rows; 投资与消费; 财政与金融 with
// 9月末 balances), indented 其中 rows, '—' cells, minus signs and each sheet's 注 lines. Invented place and figures; its
// answers are tests/accuracy/fulu-2025-m9-indicators.answers.json.

import { AlignmentType, Paragraph, type Table } from 'docx';
import { footerForms, reportDocx, reportSection, runningHeader } from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export const fulu = {
  name: 'fulu-2025-m9-indicators',
  office: '洑澛县统计局',
  title: '洑澛统计月报（2025年第9期）',
};

interface Sheet {
  title: string;
  unit: string;
  header: string[];
  rows: string[][];
  widths: number[];
  notes: string[];
}

const mainWidths = [3400, 1100, 1500, 1700, 1300];

const sheets: Sheet[] = [
  {
    title: '表一　2025年1—9月洑澛县主要经济指标',
    unit: '单位：亿元、%',
    header: ['指　标', '单位', '1—9月', '同比增长（%）', '全市位次'],
    rows: [
      ['地区生产总值', '亿元', '365.24', '6.1', '2'],
      ['　第一产业增加值', '亿元', '31.62', '3.2', '5'],
      ['　第二产业增加值', '亿元', '158.91', '7.4', '2'],
      ['　第三产业增加值', '亿元', '174.71', '5.3', '3'],
      ['规上工业增加值', '亿元', '—', '9.3', '1'],
      ['规上工业总产值', '亿元', '712.86', '10.1', '2'],
      ['固定资产投资', '亿元', '—', '3.6', '4'],
      ['　其中：工业投资', '亿元', '—', '8.9', '3'],
      ['社会消费品零售总额', '亿元', '138.27', '5.4', '3'],
      ['一般公共预算收入', '亿元', '24.68', '4.2', '2'],
      ['　其中：税收收入', '亿元', '19.35', '3.1', '—'],
      ['外贸进出口总额', '亿元', '68.92', '11.6', '1'],
      ['实际使用外资', '万美元', '8460', '-12.3', '5'],
      ['全体居民人均可支配收入', '元', '31286', '5.2', '4'],
    ],
    widths: mainWidths,
    notes: [
      '注：1.全市位次为在淮浍市7个县（区）中的位次，“—”表示无此项数据或不参与排位。',
      '2.地区生产总值及分产业增加值为季度统一核算数，全体居民人均可支配收入为前三季度调查数。',
    ],
  },
  {
    title: '表二　规模以上工业',
    unit: '单位：亿元、亿千瓦时、%',
    header: ['指　标', '单位', '9月', '同比增长（%）', '1—9月', '同比增长（%）'],
    rows: [
      ['规上工业总产值', '亿元', '84.35', '11.8', '712.86', '10.1'],
      ['规上工业增加值', '亿元', '—', '10.6', '—', '9.3'],
      ['　其中：高技术制造业增加值', '亿元', '—', '15.2', '—', '13.8'],
      ['规上工业用电量', '亿千瓦时', '1.86', '6.4', '15.73', '7.2'],
      ['规上工业营业收入（1—8月）', '亿元', '—', '—', '612.35', '8.7'],
      ['规上工业利润总额（1—8月）', '亿元', '—', '—', '38.46', '12.4'],
      ['产品销售率', '%', '98.2', '—', '97.6', '—'],
    ],
    widths: [3200, 1100, 1100, 1400, 1200, 1400],
    notes: [
      '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业；营业收入和利润总额为1—8月数据。',
    ],
  },
  {
    title: '表三　固定资产投资与消费',
    unit: '单位：亿元、万平方米、%',
    header: ['指　标', '单位', '1—9月', '同比增长（%）', '全市位次'],
    rows: [
      ['固定资产投资', '亿元', '—', '3.6', '4'],
      ['　其中：制造业投资', '亿元', '—', '10.2', '—'],
      ['　　　　基础设施投资', '亿元', '—', '-4.6', '—'],
      ['房地产开发投资', '亿元', '21.37', '-9.8', '5'],
      ['商品房销售面积', '万平方米', '42.16', '-13.5', '—'],
      ['限额以上单位消费品零售额', '亿元', '46.83', '7.9', '2'],
      ['规上服务业营业收入（1—8月）', '亿元', '56.24', '10.4', '3'],
    ],
    widths: mainWidths,
    notes: ['注：固定资产投资统计范围为计划总投资500万元及以上的项目；规上服务业营业收入为1—8月数据。'],
  },
  {
    title: '表四　财政与金融',
    unit: '单位：亿元、%',
    header: ['指　标', '单位', '1—9月（9月末）', '同比增长（%）', '全市位次'],
    rows: [
      ['税收占比', '%', '78.4', '—', '—'],
      ['一般公共预算支出', '亿元', '52.17', '3.8', '—'],
      ['　其中：民生支出', '亿元', '41.36', '5.1', '—'],
      ['金融机构本外币存款余额', '亿元', '596.34', '8.7', '3'],
      ['　其中：住户存款', '亿元', '402.58', '11.6', '—'],
      ['金融机构本外币贷款余额', '亿元', '478.21', '9.4', '4'],
    ],
    widths: mainWidths,
    notes: ['注：金融机构存贷款为9月末余额，增速为同比增长。'],
  },
];

const masthead = [
  '2025年第9期（总第297期）　　洑澛县统计局编　　2025年10月22日',
  '简　析',
  '1—9月，全县地区生产总值完成365.24亿元，同比增长6.1%，增速列全市第2位，比上半年前移1位。规上工业增加值增长9.3%，增速列全市第1位；固定资产投资增长3.6%，增速比上半年回落1.2个百分点；社会消费品零售总额增长5.4%。一般公共预算收入完成24.68亿元，增长4.2%，完成年度预算的76.5%，超序时进度1.5个百分点。',
];

const centred = (text: string) => para(text, { alignment: AlignmentType.CENTER, bold: true });

function sheetPage(sheet: Sheet): (Paragraph | Table)[] {
  return [
    centred(sheet.title),
    small(sheet.unit, AlignmentType.RIGHT),
    plainTable(sheet.header, sheet.rows, sheet.widths),
    ...sheet.notes.map((note) => small(note)),
  ];
}

export async function fuluDocx(): Promise<Buffer> {
  const page = { header: runningHeader('洑澛统计月报　2025年第9期'), footer: footerForms.pageOfTotal };
  const [first, ...rest] = sheets;
  return reportDocx(
    [
      reportSection(page, [
        centred('洑澛统计月报'),
        para(masthead[0] ?? '', { alignment: AlignmentType.CENTER }),
        centred(masthead[1] ?? ''),
        para(masthead[2] ?? ''),
        new Paragraph({ children: [] }),
        ...(first ? sheetPage(first) : []),
      ]),
      ...rest.map((sheet) => reportSection(page, sheetPage(sheet))),
    ],
    { title: fulu.title, office: fulu.office },
  );
}
