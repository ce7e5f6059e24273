// Forms the one-hundred-and-seventh held-out batch showed the parser missed (session 31, branch fix107): a
// bureau's workbook sheet whose issue line (编报单位：… | date) stands over the header, in two cells of one
// row. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { sheetReport } from '../helpers/report.js';

/** A county bureau's monthly sheet: title, the issue line in two cells, header, rows, notes and signature. */
const MONTHLY_SHEET: SheetCell[][] = [
  ['苓溆县2026年1—4月主要经济指标', null, null, null, null, null],
  ['编报单位：苓溆县统计局', null, null, null, null, '2026年5月16日'],
  ['指标', '单位', '本月', '1—4月累计', '同比增长（%）', '全市位次'],
  ['规模以上工业总产值', '万元', '52310', '187420', '6.4', '2'],
  ['社会消费品零售总额', '万元', '21870', '83150', '4.7', '5'],
  ['一般公共预算收入', '万元', '2970', '16380', '3.2', ''],
  ['注：全市位次为增速在苕川市7个县（区）中的位次，空白为不参与排位。', null, null, null, null, null],
  ['苓溆县统计局', null, null, null, null, '2026年5月16日'],
];

describe('a sheet’s issue line (编报单位：… | date) over its header, in two cells (F2431)', () => {
  it('is a line over the table, so the header under it is read and the rows give their figures', () => {
    const report = sheetReport(MONTHLY_SHEET, 'monthly.xls');
    const levels = report.observations
      .filter((o) => o.measure === 'level' && o.indicatorCode === 'industrial-output')
      .map((o) => o.quantity?.value);
    expect(levels).toEqual([52310, 187420]);
    const growths = report.observations
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toEqual([
      ['industrial-output', 6.4],
      ['retail-sales', 4.7],
      ['general-budget-revenue', 3.2],
    ]);
  });

  it('lets the rank column be read, of the note’s group', () => {
    const ranks = sheetReport(MONTHLY_SHEET, 'monthly.xls').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
    ]);
    expect(ranks).toEqual([
      ['industrial-output', 2, 7],
      ['retail-sales', 5, 7],
    ]);
  });

  it('keeps a two-cell row that is no issue line as the table’s first row', () => {
    const rows: SheetCell[][] = [
      ['苓溆县2026年1—4月主要经济指标', null, null],
      ['指标', '1—4月累计（万元）', '同比增长（%）'],
      ['社会消费品零售总额', '83150', '4.7'],
    ];
    const growths = sheetReport(rows, 'monthly.xls').observations.filter((o) => o.measure === 'growth');
    expect(growths.map((o) => o.quantity?.value)).toEqual([4.7]);
  });
});
