// Forms the two-hundred-and-seventy-second held-out batch showed the parser missed (session 38, branch fix272): a
// county press transcript's answer quoting the goals the congress set, the cue word 确定 followed by a comma before
// the year's list (F5511). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F5511: 县第N届人民代表大会第N次会议确定，全年甲增长A%左右…: goals the congress set, quoted after a comma', () => {
  it('are full-year targets, not growth observations', () => {
    const parsed = report([
      '蕖汀县2027年前三季度经济运行情况新闻发布会',
      '前三季度，全县实现地区生产总值88.2亿元，同比增长5.6%。',
      '谢谢您的提问。年初县第八届人民代表大会第三次会议确定，全年地区生产总值增长5.5%左右，规模以上工业增加值增长7%以上，一般公共预算收入增长3%。',
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toEqual([
      ['gdp', 5.5, 'approx', 'full-year'],
      ['industrial-value-added', 7, 'gte', 'full-year'],
      ['general-budget-revenue', 3, 'eq', 'full-year'],
    ]);
    expect(parsed.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([5.6]);
  });
});
