// Forms held-out-302 (a 十四五规划纲要, its 中期评估报告 and a news page on the evaluation) showed the parser missed
// (session 40, branch fix302). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const evaluationNews = (lines: readonly string[]) =>
  parsedReport(['岑渚县“十四五”规划纲要实施中期评估报告出炉', ...lines].join('\n'), {
    sourceName: 'cenzhu.html',
    region: '岑渚县',
    period: '2022-FY',
  });

describe('the share of a plan goal named by its year (F6161)', () => {
  it('reads 完成2025年目标（X亿元）的B% as a share, as 完成规划目标（X亿元）的B% is', () => {
    const report = evaluationNews([
      '2022年全县地区生产总值达到214.6亿元，两年年均增长5.8%，完成2025年目标（290亿元）的74.0%。',
    ]);
    expect(
      report.observations
        .filter((o) => o.measure === 'share')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['gdp', 74]]);
  });
});
