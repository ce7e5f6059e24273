// The one-hundred-and-thirtieth held-out batch's PDF (session 32): a Hunan-style county 统计局's 统计月报 for 2025年1—9月
// (漖陂县 under 沅岘市), kept as an Excel workbook and printed to PDF for the site, as such bureaus post it: three
// table-heavy sheets, each with its title row, a date line at the right, the header 指　标 / 单位 / 1—9月 / 同比增长% /
// 全市位次 (产品名称 on the products sheet), rows with '—' cells and indented 其中 rows, 注 rows at the foot and the
// bureau's signature. The sheets are kept in bureau-sheets.ts's shape; as LibreOffice here has no Calc, each sheet is
// laid out as Excel prints it (one page a sheet, the title centred, the date line at the right, the grid, the 注 rows,
// the signature at the right) in a Word file printed to PDF by LibreOffice. Invented place and figures; the answers
// are tests/accuracy/jiaobei-2025-m9-indicators.answers.json.

import { AlignmentType } from 'docx';
import type { BureauLayout, SheetSpec, Value } from './bureau-sheets.js';
import { reportDocx, reportSection } from './word-report.js';
import { bodyRow, headerRow, para, sizedTable, small } from './word-table.js';

const header = ['指　标', '单位', '1—9月', '同比增长%', '全市位次'] as const;
const formats = [null, null, null, '0.0', null] as const;
const dateLine = '2025年10月16日';

const main: SheetSpec = {
  name: '主要指标',
  title: '漖陂县2025年1—9月主要经济指标',
  unitLine: dateLine,
  header,
  rows: [
    ['地区生产总值', '亿元', 186.54, 5.6, 5],
    ['　第一产业增加值', '亿元', 24.83, 3.7, 7],
    ['　第二产业增加值', '亿元', 68.92, 6.4, 4],
    ['　第三产业增加值', '亿元', 92.79, 5.5, 6],
    ['规模工业增加值', '亿元', '—', 8.3, 3],
    ['固定资产投资', '亿元', '—', 4.8, 8],
    ['　其中：工业投资', '亿元', '—', 12.5, 5],
    ['社会消费品零售总额', '亿元', 78.35, 5.7, 6],
    ['进出口总额', '亿元', 15.62, 18.4, 2],
    ['地方一般公共预算收入', '亿元', 11.38, 4.3, 5],
    ['　其中：税收收入', '亿元', 7.84, 2.9, '—'],
    ['一般公共预算支出', '亿元', 32.57, 5.1, '—'],
    ['金融机构各项存款余额', '亿元', 486.21, 8.7, '—'],
    ['金融机构各项贷款余额', '亿元', 352.64, 10.2, '—'],
    ['全体居民人均可支配收入', '元', 24816, 5.8, 6],
    ['　城镇居民人均可支配收入', '元', 33452, 4.9, 7],
    ['　农村居民人均可支配收入', '元', 17635, 6.6, 4],
  ],
  notes: [
    '注：1.地区生产总值及三次产业增加值为沅岘市统计局统一核算数，增速按可比价计算。',
    '2.规模工业指年主营业务收入2000万元及以上的工业法人企业；固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '3.全市位次为在沅岘市12个县市区中的排位，“—”表示无此项或不排位。',
  ],
  formats,
};

const industry: SheetSpec = {
  name: '工业和投资',
  title: '漖陂县2025年1—9月工业和投资主要指标',
  unitLine: dateLine,
  header,
  rows: [
    ['规模工业企业营业收入', '亿元', 312.46, 7.9, 4],
    ['规模工业企业利润总额', '亿元', 14.36, 3.2, '—'],
    ['高加工度工业增加值', '亿元', '—', 11.6, '—'],
    ['高技术制造业增加值', '亿元', '—', 14.2, 3],
    ['六大高耗能行业增加值', '亿元', '—', 2.1, '—'],
    ['工业用电量', '万千瓦时', 42863, 9.4, '—'],
    ['产业投资', '亿元', '—', 9.8, '—'],
    ['基础设施投资', '亿元', '—', 2.7, '—'],
    ['民间投资', '亿元', '—', -3.6, '—'],
    ['房地产开发投资', '亿元', 18.65, -12.4, '—'],
    ['商品房销售面积', '万平方米', 21.37, -8.9, '—'],
  ],
  notes: ['注：高加工度工业指重工业中除采矿业、原材料工业以外的加工、组装工业。'],
  formats,
};

const products: SheetSpec = {
  name: '主要产品',
  title: '漖陂县2025年1—9月规模工业主要产品产量',
  unitLine: dateLine,
  header: ['产品名称', '单位', '1—9月', '同比增长%'],
  rows: [
    ['水泥', '万吨', 86.42, -5.3],
    ['商品混凝土', '万立方米', 64.18, -9.6],
    ['精制茶', '吨', 3865, 12.4],
    ['中成药', '吨', 528, 6.8],
    ['锂离子电池', '万只', 1562, 23.5],
    ['鲜、冷藏冻肉', '吨', 21436, 3.1],
  ],
  notes: ['注：产品产量为规模工业企业产量。'],
  formats: [null, null, null, '0.0'],
};

const layout: BureauLayout = { bureau: '漖陂县统计局', nameWidth: 30, valueWidth: 12 };

export const jiaobei = { name: 'jiaobei-2025-m9-indicators', sheets: [main, industry, products], layout };

/** A cell as Excel shows it: a '0.0' column's number with one decimal, others as typed. */
const shown = (value: Value, format: string | null): string =>
  value === null ? '' : typeof value === 'number' && format === '0.0' ? value.toFixed(1) : String(value);

const sheetPage = (spec: SheetSpec, first: boolean) => {
  const widths = spec.header.map((_, i) => (i === 0 ? 3600 : 1500));
  return [
    para(spec.title, { alignment: AlignmentType.CENTER, bold: true, pageBreakBefore: !first }),
    small(spec.unitLine, AlignmentType.RIGHT),
    sizedTable(widths, [
      headerRow([...spec.header]),
      ...spec.rows.map((r) => bodyRow(r.map((v, i) => shown(v, spec.formats[i] ?? null)))),
    ]),
    ...spec.notes.map((n) => small(n)),
    small(jiaobei.layout.bureau, AlignmentType.RIGHT),
  ];
};

export const jiaobeiDocx = (): Promise<Buffer> =>
  reportDocx(
    [
      reportSection(
        {},
        jiaobei.sheets.flatMap((s, i) => sheetPage(s, i === 0)),
      ),
    ],
    { title: jiaobei.sheets[0]?.title ?? '', office: jiaobei.layout.bureau },
  );
