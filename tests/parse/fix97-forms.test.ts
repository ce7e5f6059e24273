// Forms the ninety-seventh held-out batch showed the parser missed (session 29, branch fix97): a rural
// revitalisation bureau's half-year work summary named after its programme (巩固拓展脱贫攻坚成果同乡村振兴
// 工作总结), the units of its counts (菌棒, rounds, a span in 日), a fund's spending progress ranked, a
// project's plan amount alone after its name, a tasked employment count with a bracket saying whom it
// takes in and a year's task it already passed; and a committee's gap to a stated goal turned with 但.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const SUMMARY_TITLE = '柘岭县乡村振兴局2025年上半年巩固拓展脱贫攻坚成果同乡村振兴工作总结及下半年工作打算';

const summary = (...body: string[]) =>
  parsedReport([SUMMARY_TITLE, '一、上半年工作开展情况', ...body].join('\n'), { sourceName: 'summary.txt' });

describe('a work summary named after its programme (F2187)', () => {
  it('is read as a plan-execution report of the half year', () => {
    const report = summary('上半年，全县农村居民人均可支配收入9120元，增长6.4%。');
    expect([report.meta.genre, report.meta.period, report.meta.region]).toEqual([
      'plan-execution',
      '2025-H1',
      '柘岭县',
    ]);
  });
});

describe('counts in 棒 and 轮, and a span in 日 before 内 (F2181)', () => {
  it('keeps each figure with its unit, and a date’s day no figure', () => {
    const report = summary(
      '上半年开展集中排查3轮，新识别监测对象52户，全部在10日内落实帮扶措施。食用菌种植规模达到1650万棒。截至6月30日，理赔资金到位。',
    );
    const facts = report.facts.map((f) => [f.quantity?.value, f.quantity?.unit]);
    expect(facts).toContainEqual([3, '轮']);
    expect(facts).toContainEqual([10, '日']);
    expect(facts).toContainEqual([1650, '万棒']);
    expect(facts).not.toContainEqual([30, '日']);
  });
});

describe('a fund’s spending progress ranked (F2182)', () => {
  it('ranks the fund the clause before spends, not a bare 支出进度', () => {
    const report = summary(
      '截至6月30日，衔接资金已支付12650万元，支出进度61.2%，快于全省平均进度3.1个百分点，排全市第4位。',
    );
    expect(report.rankings.map((r) => [r.subject, r.rank])).toEqual([['衔接资金支出进度', 4]]);
  });
});

describe('a plan amount alone in the clause after a project’s name (F2183)', () => {
  it('is the works’ planned total', () => {
    const report = summary(
      '重点项目进展如下：',
      '——县中药材加工厂房项目，计划投资780万元，其中衔接资金520万元，已建成厂房2栋。',
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['县中药材加工厂房项目', 7800000],
    ]);
  });
});

describe('a tasked employment count with a bracket of whom it takes in (F2184, F2185)', () => {
  it('is the group’s employment with its share and task, met once the count passes the task', () => {
    const report = summary(
      '上半年，全县脱贫人口（含监测对象）务工就业15230人，完成市下达年度目标任务14800人的102.9%。',
    );
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['脱贫人口务工就业', 'level', 15230],
      ['脱贫人口务工就业', 'share', 102.9],
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.value, t.unit, t.comparator, t.attainment])).toEqual(
      [['脱贫人口务工就业', 14800, '人', 'eq', 'met']],
    );
  });

  it('leaves a task the count has not reached unknown at the half', () => {
    const report = summary('上半年，全县脱贫人口务工就业8230人，完成年度目标任务14800人的55.6%。');
    expect(report.targets.map((t) => [t.value, t.attainment])).toEqual([[14800, 'unknown']]);
  });
});

describe('a gap to a stated goal turned with 但 (F2186)', () => {
  it('is a comparison with the goal, and the goal a full-year target', () => {
    const report = parsedReport(
      [
        '关于柘岭县2025年上半年国民经济和社会发展计划执行情况的调研报告',
        '一、上半年计划执行的基本情况',
        '上半年全县实现地区生产总值96.27亿元，同比增长5.3%，增速高于全省0.2个百分点，但低于年初确定的6%的预期目标0.7个百分点。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    const gdp = report.observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison');
    expect(gdp.map((o) => o.quantity?.value)).toEqual([0.2, -0.7]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.derived])).toEqual([['gdp', 6, false]]);
  });
});
