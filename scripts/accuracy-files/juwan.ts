// Held-out-430's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as wanzhen.ts writes its; session 48): 橘湾市's (an
// invented county-level city of Jiangsu) 统计局 2002年1—6月主要经济指标: a merged title, the bureau and date line, one header row
// (指标 | 单位 | 1—6月 | 比去年同期±% | 全年计划 | 完成计划%), thirty indicator rows with 其中 rows indented, 全年计划 and 完成计划%
// only for eleven planned rows ('—' elsewhere), a rate row with no growth, a two-line 注 and the 审核/制表 line. Shares are computed
// doubles shown through a 0.0 format. Invented place and figures; its answers are
// tests/accuracy/juwan-2002-h1-indicators.answers.json, written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const juwan = { name: 'juwan-2002-h1-indicators' };

type Value = string | number | null;

/** 指标, 单位, 1—6月, 比去年同期±%, 全年计划 (null: none). */
type Row = readonly [string, string, number, number | null, number | null];

export const juwanRows: readonly Row[] = [
  ['国内生产总值', '万元', 625800, 12.8, 1280000],
  ['  第一产业', '万元', 68400, 3.6, null],
  ['  第二产业', '万元', 358600, 15.2, null],
  ['  第三产业', '万元', 198800, 11.4, null],
  ['农林牧渔业总产值', '万元', 124600, 4.2, null],
  ['规模以上工业总产值', '万元', 1124300, 25.8, 2200000],
  ['规模以上工业增加值', '万元', 268400, 24.2, 520000],
  ['工业产品销售收入', '万元', 1098600, 23.1, null],
  ['工业利税总额', '万元', 86400, 19.5, null],
  ['  其中：利润', '万元', 41200, 27.3, null],
  ['工业产品销售率', '%', 97.6, null, null],
  ['全社会固定资产投资', '万元', 286500, 35.2, 520000],
  ['  其中：基本建设投资', '万元', 118600, 41.6, null],
  ['        更新改造投资', '万元', 96300, 30.8, null],
  ['        房地产开发投资', '万元', 42800, 28.4, null],
  ['社会消费品零售总额', '万元', 218600, 11.9, 450000],
  ['外贸进出口总额', '万美元', 18650, 31.4, null],
  ['  其中：出口', '万美元', 12380, 33.6, 24000],
  ['合同利用外资', '万美元', 15600, 26.8, 30000],
  ['实际利用外资', '万美元', 6850, 42.3, 12000],
  ['财政总收入', '万元', 68200, 24.6, 125000],
  ['  其中：地方财政一般预算收入', '万元', 32600, 26.2, 60000],
  ['一般预算支出', '万元', 28900, 15.3, null],
  ['金融机构各项存款余额', '万元', 1265000, 14.6, null],
  ['  其中：城乡居民储蓄存款余额', '万元', 862000, 16.2, null],
  ['金融机构各项贷款余额', '万元', 798000, 12.8, null],
  ['城镇居民人均可支配收入', '元', 4265, 9.2, null],
  ['农民人均现金收入', '元', 2186, 6.8, null],
  ['全社会用电量', '万千瓦时', 48600, 18.5, null],
  ['  其中：工业用电量', '万千瓦时', 36200, 21.3, null],
  ['城镇登记失业率', '%', 3.2, null, null],
];

const WIDTH = 6;
const blank = (n: number): null[] => Array.from({ length: n }, () => null);
const line = (text: string): Value[] => [text, ...blank(WIDTH - 1)];

export function juwanXls(): Buffer {
  const rows: Value[][] = [
    line('橘湾市2002年1—6月主要经济指标'),
    ['编制单位：橘湾市统计局', null, null, null, '2002年7月12日', null],
    ['指标', '单位', '1—6月', '比去年同期±%', '全年计划', '完成计划%'],
  ];
  for (const [name, unit, value, growth, plan] of juwanRows)
    rows.push([name, unit, value, growth ?? '—', plan ?? '—', plan ? (value / plan) * 100 : '—']);
  rows.push(
    line(
      '注：1.国内生产总值及分产业增加值、规模以上工业增加值按可比价格计算增长速度，绝对额按现行价格计算。',
    ),
    line('2.金融机构存贷款余额为6月末数；城镇登记失业率为6月末数。'),
    ['审核：陈振华', null, '制表：吴静', null, null, null],
  );
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = [null, null, null, '0.0', '0', '0.0'];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format && r > 2) cell.z = format;
    }
  const across = (r: number) => ({ s: { r, c: 0 }, e: { r, c: WIDTH - 1 } });
  const notes = rows.flatMap((row, r) =>
    typeof row[0] === 'string' && /^(注：|2\.)/.test(row[0]) ? [r] : [],
  );
  sheet['!merges'] = [across(0), { s: { r: 1, c: 0 }, e: { r: 1, c: 3 } }, ...notes.map(across)];
  sheet['!cols'] = [30, 10, 12, 14, 12, 12].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1-6月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
