// Forms of session 49's decision run (branch decide49): open points the answer files gave both ways, settled by
// counts over those files (tests/accuracy/README.md, "Session 49 decision: open points (decide49)").
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { eventRoundPeriod } from '../../src/parse/event-round-period.js';
import type { Line } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

const lines = (texts: string[]): Line[] =>
  texts.map((text, k) => ({ number: k + 1, start: 0, end: text.length, text }));

describe('F9741 a quarter’s groundbreaking round held in the quarter’s last month is of its figures’ months', () => {
  const head = ['甬岭县2026年一季度重大项目集中开工 26个项目总投资88.2亿元'];

  it('dates a 一季度 round of 3月27日 over 1—2月 figures M1-2', () => {
    const body = lines([
      '3月26日上午，甬岭县2026年一季度重大项目集中开工活动在主会场举行。',
      '1—2月，全县重点项目完成投资17.6亿元，完成年度计划的14.2%。',
      '1—2月，全县固定资产投资同比增长8.7%。',
    ]);
    expect(eventRoundPeriod(head, '2026-03-27', body)).toMatchObject({ year: 2026, code: 'M1-2' });
  });

  it('keeps the quarter when the body’s figures are the quarter’s own', () => {
    const body = lines(['今年一季度，全县固定资产投资同比增长9.3%。', '一季度完成投资31.5亿元。']);
    expect(eventRoundPeriod(head, '2026-03-28', body)).toBeNull();
  });

  it('keeps the quarter for a page dated after the quarter', () => {
    const body = lines(['1—2月，全县固定资产投资同比增长8.7%。']);
    expect(eventRoundPeriod(head, '2026-04-12', body)).toBeNull();
  });
});

describe('F9742 a named industry’s 突破N goal in a list a 力争 opens is a target', () => {
  const plan = (goal: string) =>
    [
      '甬岭县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '全县地区生产总值完成98.1亿元，增长5.2%。',
      '二、2025年经济社会发展的主要目标',
      '全县地区生产总值增长6%左右。',
      '三、2025年的主要工作',
      goal,
    ].join('\n');

  it('reads the floor after a count of new firms as a next-year target named as written', () => {
    const report = parsedReport(
      plan('（二）壮大工业经济。力争新增规模以上工业企业15家，甲品加工业产值突破90亿元。'),
      {
        sourceName: 'plan.txt',
      },
    );
    const goal = report.targets.find((t) => t.indicatorName === '甲品加工业产值');
    expect(goal).toMatchObject({ horizon: 'next-year', comparator: 'gt', value: 90 });
  });

  it('reads it after 推动 too', () => {
    const report = parsedReport(
      plan('（二）做强产业。力争规模以上工业企业突破50家，推动乙装备产业产值突破20亿元。'),
      {
        sourceName: 'plan.txt',
      },
    );
    expect(report.targets.map((t) => t.indicatorName)).toContain('乙装备产业产值');
  });

  it('leaves a floor no cue opens a fact', () => {
    const report = parsedReport(
      plan('（二）壮大工业经济。新增规模以上工业企业15家，甲品加工业产值突破90亿元。'),
      {
        sourceName: 'plan.txt',
      },
    );
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('甲品加工业产值');
    expect(report.facts.map((f) => f.quantity?.value)).toContain(90);
  });
});
