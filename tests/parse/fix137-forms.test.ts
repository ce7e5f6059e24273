// Forms the held-out batches 137, 139 and 140 showed the parser missed (session 32, branch fix137): an income pair
// 城镇居民和农牧民…分别增长; a floor 突破X.Y亿元 beside a budget derived from 完成年度预算的A%; a table note naming
// its parent (甲州共N个县（市）); 已完成土建招标 and 完成…建设N公里 as a project's status; a 税收占比 table row;
// a word-only pace goal (与经济增长同步) in a half-year report's plan part. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (lines: readonly string[]) =>
  parsedReport(
    [
      '关于甲县2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年全县实现地区生产总值61.37亿元，同比增长6.2%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

describe('城镇居民和农牧民人均可支配收入分别增长a%和b%以上 (F3061)', () => {
  it('gives the first figure to the town half and the second to the pastoral country half', () => {
    const report = parsedReport(
      [
        '甲县2026年政府工作报告',
        '一、2025年工作回顾',
        '全县地区生产总值40.2亿元，增长6.1%。',
        '二、2026年主要目标',
        '2026年主要预期目标是：地区生产总值增长6%左右；城镇居民和农牧民人均可支配收入分别增长5%和8%以上。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const incomes = report.targets
      .filter((t) => t.indicatorCode.endsWith('disposable-income-per-capita'))
      .map((t) => [t.indicatorCode, t.indicatorName, t.value]);
    expect(incomes).toEqual([
      ['urban-disposable-income-per-capita', '城镇居民人均可支配收入', 5],
      ['rural-disposable-income-per-capita', '农牧民人均可支配收入', 8],
    ]);
  });
});

describe('完成年度预算的A% beside 力争全年…突破X.Y亿元 (F3062)', () => {
  it('keeps the derived budget beside a floor above it: a floor is no rounded plan', () => {
    const report = PLAN([
      '一般公共预算收入3.12亿元，同比增长4.1%，完成年度预算的51.3%，超时序进度1.3个百分点。',
      '二、下半年工作打算',
      '抓好财源建设，力争全年一般公共预算收入突破6.1亿元。',
    ]);
    const budget = report.targets
      .filter((t) => t.indicatorCode === 'general-budget-revenue')
      .map((t) => [t.derived, t.comparator, Math.round((t.value ?? 0) * 100) / 100]);
    expect(budget).toEqual([
      [true, 'eq', 6.08],
      [false, 'gt', 6.1],
    ]);
  });
});

describe('注：全州排位按增速排列，乙州共N个县（市） (F3063)', () => {
  it('reads the group size in a note naming its parent, no fact', () => {
    const report = PLAN([
      '规模以上工业增加值增长8.1%，居全州9个县（市）第3位。',
      '注：全州排位按增速排列，乙州共9个县（市）。',
    ]);
    const counts = report.facts.filter((f) => f.quantity.unit === '个').map((f) => f.quantity.value);
    expect(counts).not.toContain(9);
  });
});

describe('a project’s status: 已完成土建招标, 完成…建设N公里 (F3064, F3065)', () => {
  it('reads a name-only project before each status', () => {
    const report = PLAN([
      '三、重点项目推进情况',
      '甲县妇幼保健院迁建项目总投资2.6亿元，上半年完成投资0.8亿元。甲县第三人民医院已完成土建招标。乙湖湿地生态修复工程完成岸线建设1.8公里。',
    ]);
    const names = report.projects.map((p) => p.name);
    expect(names).toContain('甲县第三人民医院');
    expect(names).toContain('乙湖湿地生态修复工程');
  });
});

describe('a 税收占比 row in a table (F3066)', () => {
  it('is the tax revenue’s share, not an uncatalogued rate', () => {
    const report = parsedReport(
      [
        '甲县2026年1—8月主要经济指标',
        '指标\t单位\t1—8月\t同比增长（%）',
        '一般公共预算收入\t亿元\t4.26\t3.1',
        '税收占比\t%\t71.5\t—',
      ].join('\n'),
      { sourceName: 'indicators.txt' },
    );
    const share = report.observations.find((o) => o.quantity?.value === 71.5);
    expect([share?.indicatorCode, share?.measure]).toEqual(['tax-revenue', 'share']);
  });
});

describe('居民收入增长与经济增长同步 in a half-year report’s plan part (F3067)', () => {
  it('is a word-only goal whose attainment the half’s growths do not settle', () => {
    const report = PLAN([
      '全体居民人均可支配收入21530元，同比增长4.6%。',
      '二、下半年工作打算',
      '（三）兜牢民生底线。确保城镇新增就业3200人以上，居民收入增长与经济增长同步。',
    ]);
    const pace = report.targets.find((t) => t.indicatorCode === 'disposable-income-per-capita');
    expect(pace?.attainment).toBe('unknown');
  });
});
