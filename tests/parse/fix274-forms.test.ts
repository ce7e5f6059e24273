// Forms the held-out batches 273 and 274 showed the parser missed (session 39, branch fix274). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { sheetReport } from '../helpers/report.js';

/** A county bureau's 快报 sheet whose issue line is labelled 编制单位： and dated in a later cell. */
const FLASH_SHEET: SheetCell[][] = [
  ['甲县2026年1—8月主要经济指标快报', null, null, null, null],
  ['编制单位：甲县统计局', null, null, '2026年9月14日', null],
  ['指标名称', '单位', '1—8月', '同比增长(%)', '全市位次'],
  ['规模以上工业总产值', '亿元', '73.64', '5.2', '3'],
  ['社会消费品零售总额', '亿元', '41.27', '4.9', '—'],
  ['注：全市位次为增速在乙市6个县（区）中的排位。', null, null, null, null],
];

describe('a sheet’s issue line labelled 编制单位： over its header (F5641, ingest/sheet-blocks)', () => {
  it('is a line over the table, so the header under it is read and the rows give their figures', () => {
    const report = sheetReport(FLASH_SHEET, 'flash.xls');
    const figures = report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['industrial-output', 'level', 73.64],
        ['industrial-output', 'growth', 5.2],
        ['retail-sales', 'level', 41.27],
        ['retail-sales', 'growth', 4.9],
      ]),
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['industrial-output', 3]]);
  });
});
