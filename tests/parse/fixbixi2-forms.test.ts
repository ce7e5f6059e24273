// Forms the thirty-seventh and forty-second held-out batches showed (docs/prose-forms.md, "held-out-37/42
// forms (fixbixi2)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const read = (...lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'fixbixi2.txt' });

describe('a shortfall to a goal stated inside the gap (距年初确定的A%目标还差B个百分点)', () => {
  const report = read(
    '2021年1—9月澄阳县经济运行简析',
    '1—9月，全县社会消费品零售总额46.2亿元，同比增长7.3%。',
    '三、存在的问题',
    '（一）消费回升乏力。社会消费品零售总额增速比上半年放缓0.5个百分点，离县政府确定的9%目标尚差1.7个百分点。',
  );
  const retail = (measure: string) =>
    report.observations
      .filter((o) => o.indicatorCode === 'retail-sales' && o.measure === measure)
      .map((o) => o.quantity?.value);

  it('reads the gap as a comparison of the indicator the clause before is about', () => {
    expect(retail('comparison')).toEqual([-1.7]);
  });

  it('reads the stated figure as that indicator’s full-year goal, missed, and as no observation', () => {
    const goals = report.targets.filter((t) => t.indicatorCode === 'retail-sales');
    expect(goals.map((t) => [t.value, t.comparator, t.horizon, t.attainment])).toEqual([
      [9, 'eq', 'full-year', 'missed'],
    ]);
    expect(retail('rate')).toEqual([]);
  });
});
