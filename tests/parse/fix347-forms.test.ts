// Forms the three-hundred-and-forty-seventh held-out batch showed the parser missed (session 43, branch fix347): a
// sheet's row written with the pre-2007 name 地方财政一般预算支出 (F7032). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('地方财政一般预算支出 as a sheet row: the general budget expenditure (F7032)', () => {
  const report = parsedReport(
    [
      '柘沅县2006年1—6月统计月报',
      '指标\t单位\t1—6月累计\t增长%',
      '地方财政一般预算收入\t万元\t6310\t14.2',
      '地方财政一般预算支出\t万元\t18270\t8.6',
    ].join('\n'),
    { sourceName: 'monthly.txt', region: '柘沅县' },
  );

  it('codes the row general-budget-expenditure', () => {
    const spent = report.observations
      .filter((o) => o.indicatorName === '地方财政一般预算支出')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(spent).toEqual([
      ['general-budget-expenditure', 'level', 18270],
      ['general-budget-expenditure', 'growth', 8.6],
    ]);
  });
});
