// Forms the held-out batches 223 and 225 showed the parser missed (session 36, branch fix225): a parent named
// bare after 全 (高于全乙川A个百分点，居全乙川N个县（市、区）第M位); a budget report's 甲收入年初预算X万元，实际完成Y万元
// (the budget before the result, 实际 before the verb); a draft's 乙收入预期X万元，增长A% for a revenue the catalogue
// lacks; 确保全年… after a first quarter’s 力争上半年… goals; a river work named with 完成清淤X公里. Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PARENT_AFTER_WHOLE = [
  '甲岭市2027年一季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '一季度全市实现地区生产总值182.40亿元，同比增长5.2%，高于全乙川0.4个百分点，低于全年目标0.8个百分点，居全乙川9个县（市、区）第3位，比去年同期前移1位。',
  '规模以上工业增加值增长6.1%，居全乙川第2位。',
].join('\n');

describe('a parent named bare after 全 (F4661)', () => {
  const report = parsedReport(PARENT_AFTER_WHOLE, { sourceName: 'plan.txt' });

  it('reads the gap to 全乙川 as a comparison with the parent, beside the gap to the goal', () => {
    const gaps = report.observations
      .filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison')
      .map((o) => [o.quantity?.value, o.comparedWith]);
    expect(gaps).toContainEqual([0.4, '乙川']);
    expect(gaps.map(([value]) => value)).toContain(-0.8);
  });

  it('ranks among the parent’s places with the move against last year, and the bare rank too', () => {
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change]);
    expect(ranks).toContainEqual(['gdp', 3, 9, '乙川', 1]);
    expect(ranks).toContainEqual(['industrial-value-added', 2, null, '乙川', null]);
  });
});

const BUDGET_BEFORE_RESULT = [
  '关于丙县2027年预算执行情况和2028年预算草案的报告',
  '一、2027年预算执行情况',
  '全县一般公共预算收入年初预算64000万元，实际完成65920万元，为预算的103.0%，同比增长2.8%，收入总量居丁市8个县（市、区）第3位。',
  '全县政府性基金预算收入完成21300万元，实际增长4.1%。',
].join('\n');

describe('a budget named before the result, 实际完成 after it (F4662)', () => {
  const report = parsedReport(BUDGET_BEFORE_RESULT, { sourceName: 'budget.txt' });

  it('reads the budget as the year’s target of the revenue, met', () => {
    const targets = report.targets
      .filter((t) => t.indicatorCode === 'general-budget-revenue')
      .map((t) => [t.horizon, t.value, t.unit, t.attainment]);
    expect(targets).toContainEqual(['full-year', 64000, '万元', 'met']);
  });

  it('keeps the chain’s result, share and growth on the revenue, and the rank too', () => {
    const observed = report.observations
      .filter((o) => o.indicatorCode === 'general-budget-revenue')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(observed).toEqual(
      expect.arrayContaining([
        ['share', 103],
        ['growth', 2.8],
      ]),
    );
    expect(observed.some(([measure]) => measure === 'level')).toBe(true);
    expect(observed).not.toContainEqual(['level', 64000]);
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.subject, r.rank, r.of]);
    expect(ranks).toContainEqual(['general-budget-revenue', '一般公共预算收入', 3, 8]);
    expect(ranks.map(([, subject]) => subject)).not.toContain('实际');
  });
});

const DRAFT_EXPECTED = [
  '关于丙县2027年预算执行情况和2028年预算草案的报告',
  '一、2027年预算执行情况',
  '全县一般公共预算收入完成65920万元，同比增长2.8%。',
  '二、2028年预算草案',
  '2028年全县一般公共预算收入预期67900万元，同比增长3%。政府性基金预算收入预期24500万元，增长9.6%；政府性基金预算支出安排41200万元。',
].join('\n');

describe('a budget draft’s 预期 after a revenue the catalogue lacks (F4663)', () => {
  it('reads the amount and the growth as next-year targets of the revenue named as written', () => {
    const targets = parsedReport(DRAFT_EXPECTED, { sourceName: 'budget.txt' })
      .targets.filter((t) => t.indicatorName === '政府性基金预算收入')
      .map((t) => [t.horizon, t.value, t.unit]);
    expect(targets).toEqual([
      ['next-year', 24500, '万元'],
      ['next-year', 9.6, '%'],
    ]);
  });
});

const YEAR_AFTER_HALF = [
  '甲岭市2027年一季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '一季度全市实现地区生产总值182.40亿元，同比增长5.2%。规模以上工业增加值增长6.1%。固定资产投资增长4.1%。',
  '二、下一步工作',
  '我们将紧盯全年目标任务，力争上半年规模以上工业增加值增长7.5%以上、固定资产投资增长5%以上，确保全年地区生产总值增长6%以上。',
].join('\n');

describe('the year’s goal after the half’s in a first quarter’s report (F4664)', () => {
  it('reads 确保全年… as the year’s target and leaves the half’s goals facts', () => {
    const targets = parsedReport(YEAR_AFTER_HALF, { sourceName: 'plan.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.comparator,
      t.value,
    ]);
    expect(targets).toEqual([['gdp', 'full-year', 'gte', 6]]);
  });
});

const DREDGED = [
  '甲岭市2027年一季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '一季度全市固定资产投资增长4.1%。甲岭市第三医院迁建项目总投资8.6亿元，累计完成投资5.1亿元；乙溪流域综合治理工程完成清淤6.4公里。',
].join('\n');

describe('a river work named by its dredged length (F4665)', () => {
  it('reads the work as a project with its status, no amounts', () => {
    const projects = parsedReport(DREDGED, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.status,
    ]);
    expect(projects).toContainEqual(['乙溪流域综合治理工程', null, '完成清淤6.4公里']);
  });
});
