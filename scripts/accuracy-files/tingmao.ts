// The one-hundred-and-seventh held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as dongliu.ts
// and huochuan.ts write theirs; session 31): 渟峁县's (under 堋原市, Ningxia-style) 统计局 2025年1—5月主要经济指标 in three
// sheets. 综合: a merged title, the bureau and date line, a one-row header (指标 | 单位 | 本月 | 1—5月累计 | 同比增长（%） |
// 全市位次), growth-only rows with — in the amount cells, the enterprises' revenue and profit with — in 本月 (monthly
// figures not published), 其中 rows indented with full-width spaces, the 5月末 balances in
// the 本月 column with — under 累计, blank ranks, then a 注 of four numbered notes merged across the sheet (the thresholds,
// the rank's group in the city, the balances) and the signature. 工业: 规模以上工业增加值分门类 (growths only) and
// 主要工业产品产量 with 本月, 累计 and 同比. 就业: two rows of jobs. Invented place and figures; its answers are
// tests/accuracy/tingmao-2025-m5-indicators.answers.json, written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const tingmao = { name: 'tingmao-2025-m5-indicators' };

type Value = string | number | null;

/** A section row (one string), or 指标, 单位, 本月, 1—5月累计, 同比增长（%） and (综合 only) 全市位次; null cells show —. */
type Row = readonly [string] | readonly Value[];

const overview: Row[] = [
  ['规模以上工业增加值', '%', null, null, 7.6, 2],
  ['规模以上工业总产值', '万元', 41236, 198654, 9.3, 3],
  ['规模以上工业企业营业收入', '万元', null, 186420, 8.7, 3],
  ['规模以上工业企业利润总额', '万元', null, 12635, -4.2, ''],
  ['固定资产投资', '%', null, null, 6.8, 4],
  ['　其中：工业投资', '%', null, null, 15.2, ''],
  ['　　　　房地产开发投资', '万元', 5218, 21846, -8.6, ''],
  ['商品房销售面积', '万平方米', 1.26, 5.84, -12.3, ''],
  ['社会消费品零售总额', '万元', 18452, 89163, 5.2, 3],
  ['　其中：限额以上单位消费品零售额', '万元', 6134, 29875, 7.9, ''],
  ['进出口总额', '万元', 1862, 9436, 15.8, 2],
  ['一般公共预算收入', '万元', 3862, 21547, 4.1, 2],
  ['　其中：税收收入', '万元', 2518, 14236, 2.6, ''],
  ['一般公共预算支出', '万元', 14205, 82460, 6.3, ''],
  ['全社会用电量', '万千瓦时', 6842, 35218, 8.1, ''],
  ['　其中：工业用电量', '万千瓦时', 4936, 25107, 9.4, ''],
  ['金融机构各项存款余额', '亿元', 156.82, null, 7.5, ''],
  ['金融机构各项贷款余额', '亿元', 118.36, null, 9.2, ''],
];

const industry: Row[] = [
  ['一、规模以上工业增加值分门类'],
  ['采矿业', '%', null, null, 3.2],
  ['制造业', '%', null, null, 9.1],
  ['电力、热力、燃气及水生产和供应业', '%', null, null, 10.4],
  ['二、主要工业产品产量'],
  ['原煤', '万吨', 18.6, 92.4, 3.8],
  ['发电量', '万千瓦时', 21560, 108432, 12.6],
  ['水泥', '万吨', 4.2, 15.8, -6.3],
  ['乳制品', '吨', 3120, 14860, 10.5],
];

const jobs: Row[] = [
  ['城镇新增就业', '人', 236, 1085, null],
  ['农村劳动力转移就业', '万人', null, 3.62, 4.1],
];

const notes = [
  '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业，增加值增速按可比价格计算。',
  '2.固定资产投资统计范围为计划总投资500万元及以上项目（不含农户），只公布增速。',
  '3.全市位次为增速在堋原市5个县（区）中的位次，空白为不参与排位。',
  '4.存贷款为5月末余额，增速为比上年同月末增长。',
];

const blank = (n: number): null[] => Array.from({ length: n }, () => null);

/** One sheet: title, bureau and date line, header, rows (— for null), then the notes and signature when given. */
function sheetOf(title: string, header: string[], rows: Row[], tail: string[]): XLSX.WorkSheet {
  const width = header.length;
  const aoa: Value[][] = [
    [title, ...blank(width - 1)],
    ['编报单位：渟峁县统计局', ...blank(width - 2), '2025年6月18日'],
    header,
  ];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  for (const row of rows) {
    if (row.length === 1) {
      merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: width - 1 } });
      aoa.push([row[0] as string, ...blank(width - 1)]);
    } else aoa.push(row.map((v, c) => (v === null && c >= 2 && c <= 4 ? '—' : v)));
  }
  for (const line of tail) {
    merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: width - 1 } });
    aoa.push([line, ...blank(width - 1)]);
  }
  if (tail.length > 0) aoa.push([...blank(width - 2), '渟峁县统计局', null]);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  for (const [r, row] of aoa.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof value === 'number' && r > 2)
        cell.z = Number.isInteger(value) ? '0' : c === 4 ? '0.0' : '0.00';
    }
  sheet['!merges'] = merges;
  sheet['!cols'] = [{ wch: 34 }, { wch: 10 }, { wch: 12 }, { wch: 13 }, { wch: 13 }, { wch: 10 }].slice(
    0,
    width,
  );
  return sheet;
}

export function tingmaoXls(): Buffer {
  const header = ['指标', '单位', '本月', '1—5月累计', '同比增长（%）'];
  const workbook = XLSX.utils.book_new();
  const title = '渟峁县2025年1—5月主要经济指标';
  XLSX.utils.book_append_sheet(workbook, sheetOf(title, [...header, '全市位次'], overview, notes), '综合');
  XLSX.utils.book_append_sheet(
    workbook,
    sheetOf('渟峁县2025年1—5月工业生产情况', header, industry, []),
    '工业',
  );
  XLSX.utils.book_append_sheet(workbook, sheetOf('渟峁县2025年1—5月就业情况', header, jobs, []), '就业');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
