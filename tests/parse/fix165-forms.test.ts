// Forms the one-hundred-and-sixty-fifth held-out batch showed the parser missed (session 33, branch fix165):
// a review's problem naming the indicator, then the gap's verb and the year's goal with no setter named
// (甲增速低于全年A%的预期目标N个百分点). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲增速低于全年A%的预期目标N个百分点: the year’s goal right after the gap’s verb (F3511)', () => {
  it('reads the goal’s figure as the indicator’s full-year target, not a second growth', () => {
    const report = parsedReport(
      [
        '关于甲河县2030年上半年国民经济和社会发展计划执行情况的审议意见',
        '一、基本情况',
        '上半年，全县地区生产总值完成45.2亿元，同比增长5.1%。社会消费品零售总额完成12.3亿元，同比增长4.4%。',
        '二、存在的问题',
        '会议指出，消费市场恢复偏慢，社会消费品零售总额增速低于全年8%的预期目标1.6个百分点；部分项目推进滞后。',
      ].join('\n'),
      { sourceName: 'jiahe.txt' },
    );
    const retail = report.observations.filter((o) => o.indicatorCode === 'retail-sales');
    expect(retail.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 12.3],
      ['growth', 4.4],
      ['comparison', -1.6],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.derived])).toEqual([
      ['retail-sales', 'full-year', 8, false],
    ]);
  });
});
