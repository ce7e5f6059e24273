// Forms the three-hundred-and-forty-sixth held-out batch showed the parser missed (session 43, branch fix346): a
// league's group of banners, counties, cities and districts, 全盟N个旗县市区中有M个…, is the group the clause picks
// from, no figure (F7041). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('全盟N个旗县市区中有M个…: the group a league-wide clause picks from (F7041)', () => {
  const report = parsedReport(
    [
      '汐敖盟2017年前三季度经济运行情况',
      '前三季度，全盟实现地区生产总值312.6亿元，同比增长5.4%。',
      '分旗县市区看，全盟11个旗县市区中有9个地区生产总值实现正增长。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '汐敖盟' },
  );

  it('reads the group size as no fact', () => {
    expect(report.facts.some((f) => f.quantity.value === 11 && f.quantity.unit === '个')).toBe(false);
  });

  it('keeps the count of those growing a fact', () => {
    expect(report.facts.some((f) => f.quantity.value === 9 && f.quantity.unit === '个')).toBe(true);
  });
});
