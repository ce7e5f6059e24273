// Forms the ninety-second held-out batch showed the parser missed (session 28, branch fix92): a table's
// rank-change column headed 进退位 or 较上半年进退位 (↑2/↓1/持平 below), read as each rank's move, not
// as a rank or a growth of its own.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { sheetReport } from '../helpers/report.js';

const ranksOf = (report: ReturnType<typeof sheetReport>) =>
  report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change]);

describe('a rank-change column headed 进退位 (F2041)', () => {
  const rows = [
    ['棠岭市2025年1—9月主要经济指标'],
    ['指标', '单位', '1—9月', '同比增长（%）', '全省位次', '较上半年进退位'],
    ['地区生产总值', '亿元', 862.5, 5.4, 6, '↑1'],
    ['规模以上工业增加值', '亿元', '—', 6.8, 2, '↓2'],
    ['社会消费品零售总额', '亿元', 352.1, 4.9, 7, '持平'],
    ['注：全省位次为增速在全省9个设区市中的位次；进退位与1—6月位次相比，↑为前移，↓为后移。'],
  ];

  it('gives each rank its move and reads no growth from 持平', () => {
    const report = sheetReport(rows, 'indicators.xlsx');
    expect(ranksOf(report)).toEqual([
      ['gdp', 6, 9, 1],
      ['industrial-value-added', 2, 9, -2],
      ['retail-sales', 7, 9, 0],
    ]);
    expect(report.observations.filter((o) => o.value === 0)).toEqual([]);
  });
});
