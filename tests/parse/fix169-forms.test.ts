// Forms the one-hundred-and-sixty-ninth and seventieth held-out batches showed the parser missed (session 34, branch
// fix169): a committee review's 低于A%的年度目标N个百分点, the goal's bare figure right after the gap's verb.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW = [
  '甲县人大常委会财政经济委员会关于甲县2025年国民经济和社会发展计划执行情况的审查报告',
  '财政经济委员会认为，2025年，全县实现地区生产总值52.3亿元，同比增长4.9%，低于5%的年度目标0.1个百分点；规模以上工业增加值增长6.5%，完成6%的年度目标。',
].join('\n');

describe('低于A%的年度目标N个百分点: the goal’s bare figure after the gap’s verb (F3611)', () => {
  const report = parsedReport(REVIEW, { sourceName: 'review.txt' });
  it('reads the figure as the year’s target of the chain’s indicator, missed', () => {
    const gdp = report.targets
      .filter((t) => t.indicatorCode === 'gdp')
      .map((t) => [t.value, t.comparator, t.horizon, t.attainment]);
    expect(gdp).toEqual([[5, 'eq', 'full-year', 'missed']]);
  });
  it('no longer reads it as an observed rate, and keeps the gap a comparison', () => {
    const gdp = report.observations.filter((o) => o.indicatorCode === 'gdp').map((o) => [o.measure, o.quantity.value]);
    expect(gdp).toEqual([
      ['level', 52.3],
      ['growth', 4.9],
      ['comparison', -0.1],
    ]);
  });
});
