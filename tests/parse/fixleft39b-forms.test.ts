// Forms the older leftovers (held-out-262, -265, -275) showed the parser missed (session 39, branch fixleft39b).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F5831: a clause naming 全年 after a half-year goal in a summary’s 下半年工作计划 part', () => {
  const report = parsedReport(
    [
      '涔岫县工业园区管委会2027年上半年工作总结和下半年工作计划',
      '一、上半年工作完成情况',
      '上半年，园区规模以上工业总产值完成18.42亿元，同比增长7.6%；农产品就地转化率达到31.4%，较去年同期提高4.2个百分点。',
      '二、下半年工作计划',
      '（一）做强农产品加工。力争下半年新引进加工企业6家以上，全年农产品就地转化率提高到36%左右。',
    ].join('\n'),
    { sourceName: 'cenxiu.txt', region: '涔岫县' },
  );

  it('reads the year’s goal after the half’s own, the half’s firm count staying a fact', () => {
    const goals = report.targets.filter((t) => t.indicatorName === '农产品就地转化率');
    expect(goals).toMatchObject([{ horizon: 'full-year', value: 36, unit: '%', comparator: 'approx' }]);
    expect(report.targets.some((t) => t.value === 6)).toBe(false);
  });
});
