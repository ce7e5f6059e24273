// Forms the one-hundred-and-eighty-sixth and -fourth held-out batches showed the parser missed (session 34,
// branch fix186): a workbook's 全区位次 and 全市位次 columns whose note sizes both groups in one sentence, the
// two clauses joined by a comma (the 全市 ranks lost the city and the size the note names); a statistics
// bulletin's investment table with 城市基础设施投资 (a Shanghai-style name of infrastructure investment).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county bureau's monthly sheet: two rank columns, one note item sizing both at a comma. */
const TWO_RANK_SHEET: SheetCell[][] = [
  ['甲原县2026年1—8月主要经济指标', null, null, null, null, null],
  ['单位：万元、%', null, null, null, null, null],
  ['指标名称', '单位', '1—8月', '同比增长（%）', '全区位次', '全市位次'],
  ['规模以上工业总产值', '万元', 845210, 6.4, 12, 3],
  ['固定资产投资', '%', '—', 4.8, 7, 2],
  ['社会消费品零售总额', '万元', 193420, 5.1, 14, 4],
  ['注：1.固定资产投资只公布增速。', null, null, null, null, null],
  [
    '2.全区位次为增速在全区18个县（市、区）中的位次，全市位次为增速在乙川市6个县（区）中的位次。',
    null,
    null,
    null,
    null,
    null,
  ],
];

describe('全区位次 and 全市位次 sized in one note sentence, the clauses joined by a comma (F3961)', () => {
  it('gives the 全市 ranks the city and size of the second clause, the 全区 ranks the first size', () => {
    const ranks = sheetReport(TWO_RANK_SHEET, 'ranks.xls').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
      r.scope,
    ]);
    expect(ranks).toEqual(
      expect.arrayContaining([
        ['industrial-output', 12, 18, '全区'],
        ['industrial-output', 3, 6, '乙川市'],
        ['fixed-asset-investment', 7, 18, '全区'],
        ['fixed-asset-investment', 2, 6, '乙川市'],
        ['retail-sales', 14, 18, '全区'],
        ['retail-sales', 4, 6, '乙川市'],
      ]),
    );
    expect(ranks).toHaveLength(6);
  });
});

describe('城市基础设施投资 in an investment table (F3962)', () => {
  it('is infrastructure investment, not an indicator named as written', () => {
    const report = parsedReport(
      [
        '丙浦区2026年1—6月统计月报',
        '丙浦区统计局',
        '表3固定资产投资',
        '指标\t比上年同期增长（%）',
        '全社会固定资产投资\t6.2',
        '工业投资\t11.4',
        '城市基础设施投资\t8.9',
      ].join('\n'),
      { sourceName: 'bulletin.txt' },
    );
    const codes = report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(codes).toContainEqual(['infrastructure-investment', 'growth', 8.9]);
  });
});
