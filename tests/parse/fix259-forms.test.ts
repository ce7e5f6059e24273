// Forms the held-out-259 and held-out-260 batches showed the parser missed (session 38, branch fix259): an
// investment goal in words (实现正增长) after a closed figure goal, and in a 建议 sentence's goal list. Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('lanyan-2023-q3-news.txt');

/** The targets a report reads, as form tests compare them: indicator, horizon, value, comparator. */
const targetRows = (lines: string[]) =>
  read(...lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);

describe('a cued goal in words after a closed figure goal (…增长A%的目标，…，力争全年甲实现正增长: F5281)', () => {
  it('reads the investment goal gt 0% beside the closed GDP goal', () => {
    const rows = targetRows([
      '澜堰县2023年前三季度经济运行情况',
      '前三季度，全县地区生产总值同比增长6.2%。固定资产投资同比下降3.4%。',
      '四季度，全县将紧盯全年地区生产总值增长7%的目标，抓项目、促消费，力争全年固定资产投资实现正增长。',
    ]);
    expect(rows).toContainEqual(['gdp', 'full-year', 7, 'eq']);
    expect(rows).toContainEqual(['fixed-asset-investment', 'full-year', 0, 'gt']);
  });
});
