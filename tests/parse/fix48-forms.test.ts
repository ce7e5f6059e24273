// Forms held-out-48 showed the parser missing (tuoxi, wanling, huoqiao): 高加工度工业 as a named part of
// industry, not industry itself. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const TITLE = '桐岙县2022年1—9月经济运行情况分析';
const observed = (lines: string[]) =>
  sectionReport('tongao.txt', TITLE, lines).observations.map((o) => [
    o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('高加工度工业增加值: a named part of industry', () => {
  it('keeps its growth, share and change under its own name, not industry’s', () => {
    const found = observed([
      '1—9月，全县规模工业增加值同比增长6.1%。',
      '高加工度工业增加值增长11.4%，占全县规模工业的比重为35.2%，比上年同期提高1.8个百分点。',
    ]);
    expect(found.filter((o) => o[0] === 'industrial-value-added')).toEqual([
      ['industrial-value-added', '规模工业增加值', 'growth', 6.1],
    ]);
    expect(found.filter((o) => o[1] === '高加工度工业增加值').map((o) => [o[2], o[3]])).toEqual([
      ['growth', 11.4],
      ['share', 35.2],
      ['change', 1.8],
    ]);
  });
});
