// Forms the held-out batches 241 and 242 showed the parser missed (session 37, branch fix242): a plan report's
// part headed “十四五”主要发展目标 over the running plan's goals (突破, 年均, 五年累计, 城乡…年均分别增长A%和B%,
// 达到); a result said short of its goal in words (未完成年初预期目标); a project's bracket of amounts after its
// 项目 before 建设; a name-only project whose status is its site chosen (已完成选址和用地预审).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN_REPORT = [
  '关于甲川县2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
  '一、2020年计划执行情况',
  '2020年，全县实现地区生产总值52.30亿元，增长4.1%。社会消费品零售总额17.20亿元，下降2.6%，未完成年初预期目标。固定资产投资增长6.8%。',
  '“十三五”期间累计完成固定资产投资188.4亿元。',
  '二、2021年经济社会发展主要目标',
  '建议全县地区生产总值增长6.5%左右；社会消费品零售总额增长9%左右；固定资产投资增长8%以上。',
  '三、“十四五”主要发展目标',
  '根据县“十四五”规划纲要（草案），到2025年，全县地区生产总值突破80亿元，年均增长6.5%左右；规模以上工业增加值年均增长8%；五年累计完成固定资产投资260亿元以上；城乡居民人均可支配收入年均分别增长6%和8%；常住人口城镇化率达到41%。',
  '四、2021年重点工作',
  '全年计划实施县级重点项目90个。',
].join('\n');

const fiveYear = () =>
  parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' })
    .targets.filter((t) => t.horizon === 'five-year')
    .map((t) => [t.indicatorCode, t.value, t.comparator]);

describe('a part headed “十四五”主要发展目标 over the running plan’s goals (F4976, F4977)', () => {
  it('reads the goals of the sentence naming the plan’s last year as five-year targets, not results', () => {
    const report = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' });
    expect(fiveYear()).toEqual(
      expect.arrayContaining([
        ['gdp', 80, expect.stringMatching(/^gte?$/)],
        ['gdp', 6.5, 'approx'],
        ['urbanisation-rate', 41, 'eq'],
      ]),
    );
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(80);
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(41);
  });

  it('gives the ；-parts after it their bare paces as goals too (年均增长A% needs no cue of its own)', () => {
    expect(fiveYear()).toContainEqual(['industrial-value-added', 8, 'eq']);
  });
});

describe('the running plan’s town and country incomes and its five-year total (F4978, F4979)', () => {
  it('gives 城乡居民人均可支配收入年均分别增长A%和B% one five-year target per half', () => {
    expect(fiveYear()).toEqual(
      expect.arrayContaining([
        ['urban-disposable-income-per-capita', 6, 'eq'],
        ['rural-disposable-income-per-capita', 8, 'eq'],
      ]),
    );
  });

  it('reads 五年累计完成固定资产投资X亿元以上 as the investment’s five-year goal, the past plan’s total a fact', () => {
    expect(fiveYear()).toContainEqual(['fixed-asset-investment', 260, 'gte']);
    const report = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' });
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(188.4);
  });
});

describe('a result short of its goal in words: 未完成年初预期目标 (F4980)', () => {
  it('gives a target of no value, missed', () => {
    const retail = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' }).targets.filter(
      (t) => t.indicatorCode === 'retail-sales' && t.horizon !== 'next-year',
    );
    expect(retail.map((t) => [t.value, t.attainment])).toEqual([[null, 'missed']]);
  });
});

const ANALYSIS = [
  '乙峒县2026年1—10月经济运行分析',
  '一、总体情况',
  '1—10月，全县规模以上工业增加值增长7.4%，固定资产投资增长5.2%。',
  '二、下步工作',
  '县统计局相关负责人表示，全县将紧盯全年目标，加快乙峒县木材循环产业园项目（总投资9.6亿元，累计完成投资3.2亿元）建设，力争全年社会消费品零售总额突破30亿元。',
].join('\n');

describe('加快甲项目（总投资X亿元，累计完成投资Y亿元）建设: one project, its 项目 before the bracket (F4981)', () => {
  it('keeps the bracket’s total and amount done for the name read from 甲项目建设', () => {
    const projects = parsedReport(ANALYSIS, { sourceName: 'analysis.txt' }).projects.map((p) => [
      p.name.replace(/项目$/, ''),
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([['乙峒县木材循环产业园', 960000000, 320000000]]);
  });
});

const HALF_PLAN = [
  '关于丙岭县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县实现地区生产总值58.4亿元，同比增长6.1%，规模以上工业增加值增长8.2%。固定资产投资增长7.2%。',
  '二、重点项目推进情况',
  '全县重点项目30个，年度计划投资20亿元，上半年完成投资9亿元。丙岭县食品加工产业园项目总投资5亿元，上半年完成投资1亿元。丙岭县山地果蔬冷链物流园已完成选址和用地预审。',
].join('\n');

describe('a name-only project whose status is its site chosen: 已完成选址和用地预审 (F4982)', () => {
  it('answers the project by its name, with its status', () => {
    const park = parsedReport(HALF_PLAN, { sourceName: 'half.txt' }).projects.find((p) =>
      p.name.includes('冷链物流园'),
    );
    expect(park?.name).toBe('丙岭县山地果蔬冷链物流园');
    expect(park?.mentions[0]?.status).toBe('已完成选址和用地预审');
  });
});
