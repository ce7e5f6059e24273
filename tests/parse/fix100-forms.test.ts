// Forms the one-hundredth held-out batch showed the parser missed (session 30, branch fix100): a county
// party secretary's report to the party committee's plenary (在中国共产党某县第N届委员会第M次全体会议上的报告),
// read as a work report when it gives headline figures and refused when it gives none.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

describe('F2281: a secretary report to the party committee plenary, dated by the day under its title', () => {
  const plenary = (body: readonly string[]) =>
    [
      '在中国共产党栎沅县第十四届委员会第六次全体会议上的报告',
      '（2025年1月8日）',
      '县委书记　郑其远',
      '同志们：',
      '一、2024年工作回顾',
      ...body,
      '二、2025年工作安排',
      '全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长8%。',
    ].join('\n');

  it('reads the year before the plenary, the region in its title, the results and next year goals', () => {
    const report = parsedReport(
      plenary(['初步核算，全县地区生产总值完成96.42亿元，按可比价格计算增长5.6%，高于全市0.9个百分点。']),
      { sourceName: 'plenary.txt' },
    );
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '栎沅县',
      '2024-FY',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity.value])).toContainEqual([
      'gdp',
      'level',
      96.42,
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toContainEqual([
      'gdp',
      'next-year',
      6,
    ]);
  });

  it('stays refused when the plenary report gives no headline figures', () => {
    const { report, problems } = parseReportText(
      plenary(['一年来，全面从严治党向纵深推进，党员干部作风持续转变，基层党组织建设不断加强。']).replace(
        /全县经济社会发展的主要预期目标是：[^\n]*/,
        '坚定不移推进全面从严治党。',
      ),
      { sourceName: 'plenary.txt' },
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});
