// Forms the seventy-ninth held-out batch showed the parser missed (session 26, branch fix79): a portal's 图解
// page of a county's 计划执行情况与计划草案的报告, whose card parts are numbered in Latin letters (PART 01, PART 02)
// so that the goal card's lines are next year's goals, not results.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const tujie = (lines: readonly string[]) =>
  [
    '图解：榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
    '发布时间：2025-02-10 09:30　来源：榆岙县发展和改革委员会',
    'PART 01　2024年计划执行情况',
    '地区生产总值98.6亿元，同比增长5.2%。',
    ...lines,
  ].join('\n');

describe('a 图解 page whose parts are numbered PART 01, PART 02', () => {
  it('reads the goal card under PART 02 as next year’s targets, not as results', () => {
    const report = parsedReport(
      tujie(['PART 02　2025年主要预期目标', '地区生产总值增长6%左右', '城镇调查失业率控制在5.5%以内']),
      { sourceName: 'tujie.html' },
    );
    expect(report.targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value])).toEqual([
      ['地区生产总值', 'next-year', 'approx', 6],
      ['城镇调查失业率', 'next-year', 'lte', 5.5],
    ]);
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['地区生产总值', 'level', 98.6],
      ['地区生产总值', 'growth', 5.2],
    ]);
  });
});
