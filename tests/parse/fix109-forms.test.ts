// Forms the one-hundred-and-ninth held-out batch showed the parser missed (session 31, branch fix109): a plan
// part's list of projects, each with its total and its amount done in brackets after its name (加快甲项目
// （总投资X亿元，累计完成投资Y亿元）、乙项目（…）和丙项目建设); a news page's paragraph that opens on an earlier
// cumulative period (前三季度 in a 1—10月 page), whose later sentences give figures of that period with no
// period word of their own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (plan: string) =>
  [
    '关于甲县2026年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年全县实现地区生产总值72.46亿元，同比增长5.7%。',
    '二、下半年重点工作',
    plan,
  ].join('\n');

/** [name, planned, completed, status] of each project of a plan report with this plan part. */
const projects = (plan: string) =>
  parsedReport(PLAN(plan), { sourceName: 'plan.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.completedInvestment ?? null,
    p.mentions[0]?.status ?? null,
  ]);

describe('a list of projects each with its amounts in brackets after its name (F2451)', () => {
  it('gives each project its own total and amount done, and the one without a bracket none', () => {
    const plan =
      '（二）抓项目强支撑。加快甲县新材料产业园三期项目（总投资9.4亿元，累计完成投资3.6亿元）、' +
      '乙镇物流枢纽项目（总投资6.2亿元，上半年完成投资2.1亿元）和县中医院改扩建项目建设，' +
      '力争下半年新开工项目12个以上。';
    expect(projects(plan)).toEqual([
      ['甲县新材料产业园三期项目', 940000000, 360000000, '加快'],
      ['乙镇物流枢纽项目', 620000000, 210000000, '加快'],
      ['县中医院改扩建项目', null, null, '加快'],
    ]);
  });

  it('still reads brackets of the total alone (fix63’s form) in such a list, in 万元 too', () => {
    const plan =
      '加快丙河综合治理工程（总投资8600万元）、庚站改造工程（总投资1.2亿元）和丁县城区供水管网改造工程（计划总投资2.3亿元）建设进度。';
    expect(projects(plan)).toEqual([
      ['丙河综合治理工程', 86000000, null, '加快'],
      ['庚站改造工程', 120000000, null, '加快'],
      ['丁县城区供水管网改造工程', 230000000, null, '加快'],
    ]);
  });
});

describe('a project whose bracket gives its total alone, its amount done after it (F2451)', () => {
  it('keeps the amount done written after the bracket', () => {
    const plan = '加快辛县智慧物流园（总投资4.2亿元）完成投资1.5亿元，主体工程完工。';
    expect(projects(plan).map(([name, planned, done]) => [name, planned, done])).toEqual([
      ['辛县智慧物流园', 420000000, 150000000],
    ]);
  });
});

const NEWS = (tail: string) =>
  [
    '数据发布｜戊县2026年1—10月经济运行总体平稳',
    '1—10月，全县规模以上工业增加值同比增长7.1%，居全市第4位。',
    '前三季度主要指标',
    tail,
    '来源：戊县统计局',
  ].join('\n');

/** [indicator, measure, value, period] of each observation of the news page with this paragraph. */
const periods = (tail: string) => {
  const report = parsedReport(NEWS(tail), { sourceName: 'news.html' });
  expect(report.meta.period).toBe('2026-M1-10');
  return report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);
};

describe('a paragraph that opens on an earlier cumulative period (F2452)', () => {
  const paragraph =
    '据己市统一核算，前三季度，全县实现地区生产总值84.31亿元，同比增长5.8%。' +
    '城镇常住居民人均可支配收入31208元，增长4.9%；农村常住居民人均可支配收入14362元，增长6.4%。';

  it('dates the later sentences’ figures with no period word of their own to that period', () => {
    expect(periods(paragraph)).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 84.31, '2026-Q3'],
        ['urban-disposable-income-per-capita', 'level', 31208, '2026-Q3'],
        ['urban-disposable-income-per-capita', 'growth', 4.9, '2026-Q3'],
        ['rural-disposable-income-per-capita', 'level', 14362, '2026-Q3'],
        ['rural-disposable-income-per-capita', 'growth', 6.4, '2026-Q3'],
      ]),
    );
  });

  it('keeps the report’s period after a paragraph whose period word does not open it', () => {
    const late = periods(
      '全县地区生产总值84.31亿元，前三季度同比增长5.8%。城镇常住居民人均可支配收入31208元，增长4.9%。',
    );
    expect(late).toContainEqual(['urban-disposable-income-per-capita', 'level', 31208, null]);
  });

  it('reads a longer lead before the period word, and a span of months as the word', () => {
    const lead = periods(
      '根据地区生产总值统一核算结果，前三季度，全县实现地区生产总值84.31亿元，同比增长5.8%。城镇常住居民人均可支配收入31208元，增长4.9%。',
    );
    expect(lead).toContainEqual(['urban-disposable-income-per-capita', 'level', 31208, '2026-Q3']);
    const months = periods(
      '1—9月，全县规模以上服务业营业收入6.42亿元，同比增长7.3%。全社会用电量4.86亿千瓦时，增长5.1%。',
    );
    expect(months).toContainEqual(['electricity-consumption', 'level', 4.86, '2026-Q3']);
  });

  it('keeps the report’s period in the next paragraph, and after one month’s figure', () => {
    const next = periods(
      `${paragraph.slice(0, paragraph.indexOf('城镇'))}\n城镇常住居民人均可支配收入31208元，增长4.9%。`,
    );
    expect(next).toContainEqual(['urban-disposable-income-per-capita', 'level', 31208, null]);
    const month = periods(
      '10月当月，全县规模以上工业增加值增长9.2%。城镇常住居民人均可支配收入31208元，增长4.9%。',
    );
    expect(month).toContainEqual(['urban-disposable-income-per-capita', 'level', 31208, null]);
  });
});
