// Forms held-out-373 and held-out-374 showed the parser missing (session 45, fixer fix373). Sentences of our
// own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('a 政协 视察报告 on a development plan’s execution (规划实施情况的视察报告) (F7561)', () => {
  const inspection = (title: string) =>
    [
      title,
      '（2008年12月10日政协栖峪县第八届委员会常务委员会第九次会议通过）',
      '一、基本情况',
      '全年新农村建设计划投资2.8亿元，截至11月底已完成投资2.36亿元，完成年度计划的84.3%。',
    ].join('\n');

  it('reads it as a review of the plan’s execution', () => {
    const { report } = parseReportText(inspection('关于我县新农村建设规划实施情况的视察报告'), {
      sourceName: 'inspection.txt',
    });
    expect(report?.meta.genre).toBe('review-opinion');
    expect(report?.meta.region).toBe('栖峪县');
  });

  it('still refuses an inspection of one sector’s work', () => {
    const { report, problems } = parseReportText(inspection('关于我县中小学危房改造情况的视察报告'), {
      sourceName: 'inspection.txt',
    });
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});
