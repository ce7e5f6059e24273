// Forms the held-out batches 375, 376, 385 and 386 showed the parser missed (session 45, branch fixmisc).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ANALYSIS_TITLE = '滢溪县2034年1—8月份经济运行情况';
const ANALYSIS = { sourceName: 'analysis.txt', region: '滢溪县', period: '2034-M1-8' } as const;

const named = (report: ReturnType<typeof parsedReport>, name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

describe('甲和乙未达到序时进度要求，增幅较上年同期分别回落a和b个百分点: the two indicators’ changes (F7731)', () => {
  const report = parsedReport(
    [
      ANALYSIS_TITLE,
      '1—8月份，全县规模以上工业增加值47.3亿元，同比增长9.6%。全县社会消费品零售总额31.52亿元，同比增长11.4%。',
      '存在的问题：一是规模以上工业增加值和社会消费品零售总额未达到序时进度要求，增幅较上年同期分别回落2.6个百分点和1.3个百分点。',
    ].join('\n'),
    ANALYSIS,
  );

  it('reads one change each, in the list’s order', () => {
    expect(named(report, '规模以上工业增加值')).toContainEqual(['change', -2.6, '个百分点']);
    expect(named(report, '社会消费品零售总额')).toContainEqual(['change', -1.3, '个百分点']);
  });
});
