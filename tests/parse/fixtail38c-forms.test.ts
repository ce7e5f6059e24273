// Forms the held-out-271 batch showed the parser missed (session 38, branch fixtail38c): a budget's next-year growth
// over a named year's outturn, 比2027年完成数增长A% (F5551). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REPORT = [
  '关于蔺沱县2027年预算执行情况和2028年预算草案的报告',
  '一、2027年预算执行情况',
  '全县一般公共预算收入63150万元，增长3.1%。',
  '二、2028年预算草案',
  '2028年全县一般公共预算收入预期为66120万元，比2027年完成数增长4.7%，其中税收收入45200万元，增长5.6%。',
].join('\n');

describe('a budget’s growth over a named year’s outturn (F5551)', () => {
  it('keeps 比2027年完成数增长A% the next year’s growth goal of the revenue', () => {
    const report = parsedReport(REPORT, { sourceName: 'budget.txt', region: '蔺沱县' });
    const goals = report.targets
      .filter((t) => t.indicatorCode === 'general-budget-revenue' && t.unit === '%')
      .map((t) => [t.value, t.horizon]);
    expect(goals).toContainEqual([4.7, 'next-year']);
  });
});
