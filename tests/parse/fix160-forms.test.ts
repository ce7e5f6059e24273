// Forms the one-hundred-and-sixtieth held-out batch showed the parser missed (session 33, branch fix160): a
// review's problems giving an indicator's 完成进度 behind the time gone by (落后/低于时序进度A个百分点) with no
// figure of the indicator in the clause; a plan report's project whose shell is 主体结构全面封顶, named
// without amounts. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW_TITLE = '甲川县人大常委会财政经济委员会关于甲川县2026年上半年计划执行情况的审查意见';

function comparisons(lines: readonly string[]): [string | null, number | undefined, string | null][] {
  const report = parsedReport([REVIEW_TITLE, '一、总体情况', '地区生产总值增长5.2%。', ...lines].join('\n'), {
    sourceName: 'jiachuan-2026-h1-review.txt',
  });
  return report.observations
    .filter((o) => o.measure === 'comparison')
    .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]);
}

describe('an indicator’s 完成进度 behind the schedule, no figure of it in the clause (F3481)', () => {
  it('reads 落后时序进度 after 完成进度 as the indicator’s comparison with the schedule', () => {
    expect(
      comparisons(['二、存在问题', '一是投资偏弱，固定资产投资完成进度落后时序进度4.2个百分点。']),
    ).toEqual([['fixed-asset-investment', -4.2, '时序进度']]);
  });

  it('reads 低于时序进度 after a long name and its 完成进度', () => {
    expect(
      comparisons(['二、存在问题', '二是消费偏弱，社会消费品零售总额完成进度低于时序进度2.6个百分点。']),
    ).toEqual([['retail-sales', -2.6, '时序进度']]);
  });
});

describe('a plan report’s project whose shell is 主体结构全面封顶, named without amounts (F3482)', () => {
  it('keeps the project named before the status', () => {
    const report = parsedReport(
      [
        '甲川县发展和改革委员会关于甲川县2026年1—10月国民经济和社会发展计划执行情况的报告',
        '一、总体情况',
        '（二）重大项目加快建设。甲川新材料产业园项目总投资12亿元，累计完成投资7.5亿元；县妇幼保健院迁建项目主体结构全面封顶。',
      ].join('\n'),
      { sourceName: 'jiachuan-2026-m10-plan.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null])).toEqual([
      ['甲川新材料产业园项目', 1200000000],
      ['县妇幼保健院迁建项目', null],
    ]);
  });
});
