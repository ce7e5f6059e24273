// Forms behind held-out-44's misses in a Tibetan county commission's year summary and a Shaanxi
// county's half-year report (session 19, fixsuoga). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '澄阳县2021年国民经济和社会发展计划执行情况的报告') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixsuoga.txt' });
const observed = (lines: readonly string[], title?: string) =>
  report(lines, title).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value].join(' '));

describe('an income named bare after another income of the same residents', () => {
  it.each([
    '农牧民人均纯收入达到9120元，比上年增长11.3%；现金收入7345元，增长12.6%。',
    '农民人均纯收入预计为9120元，增长11.3%，现金收入7345元，增长12.6%。',
  ])('%s: 现金收入 is the residents’ per-head cash income', (sentence) => {
    expect(observed([`一、主要指标完成情况`, `全年${sentence}`])).toEqual(
      expect.arrayContaining([
        'rural-net-income-per-capita level 9120',
        'rural-cash-income-per-capita level 7345',
        'rural-cash-income-per-capita growth 12.6',
      ]),
    );
  });

  it('leaves a bare 现金收入 alone when no per-head income comes before it', () => {
    expect(observed(['全年企业现金收入7345万元，增长12.6%。'])).not.toContain(
      'rural-cash-income-per-capita level 7345',
    );
  });
});

describe('a gap to the even pace said 差欠均衡进度', () => {
  it('reads 差欠均衡进度B个百分点 as a comparison below the schedule', () => {
    const parsed = report([
      '一、上半年计划执行情况',
      '上半年，全县规模以上工业增加值14.6亿元，增长6.2%，完成年计划的46.8%，差欠均衡进度3.2个百分点。',
    ]);
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['industrial-value-added', -3.2]]);
  });
});

describe('a goal a higher level set, said inside the gap to it', () => {
  it.each([
    ['高于市下达的7.5%的目标任务1.3个百分点', 7.5, 1.3],
    ['高出州下达的9%的预期目标0.4个百分点', 9, 0.4],
  ])('%s: the goal is the year’s target, the margin a comparison', (gap, goal, margin) => {
    const parsed = report([
      '一、主要指标完成情况',
      `全年全县完成地区生产总值86.3亿元，同比增长${goal + margin}%，${gap}。`,
    ]);
    const gdp = parsed.observations.filter((o) => o.indicatorCode === 'gdp');
    expect(gdp.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 86.3],
      ['growth', goal + margin],
      ['comparison', margin],
    ]);
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([['gdp', 'full-year', goal, 'eq', 'met']]);
  });
});

describe('projects counted in classes (N大类M个)', () => {
  it('reads 3大类58个 as a count of classes and a count of projects', () => {
    const parsed = report(['一、项目建设', '全县安排市级重点项目3大类58个，年度计划投资42.5亿元。']);
    const facts = parsed.facts.map((f) => `${f.quantity.value}${f.quantity.unit}`);
    expect(facts).toEqual(expect.arrayContaining(['3大类', '58个', '42.5亿元']));
  });
});

describe('investment split by who pays for it', () => {
  it('observes 中央投资 with its share and 援疆资金完成投资 with its growth under their names', () => {
    const parsed = report([
      '一、主要指标完成情况',
      '全年完成固定资产投资31.2亿元，增长18.4%。其中，中央投资17.45亿元，占全部投资的55.9%；援疆资金完成投资2.63亿元，增长7.8%。',
    ]);
    const rows = parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['中央投资', 'level', 17.45],
        ['中央投资', 'share', 55.9],
        ['援疆资金完成投资', 'level', 2.63],
        ['援疆资金完成投资', 'growth', 7.8],
      ]),
    );
  });

  it('keeps funds obtained (争取中央预算内投资) a fact', () => {
    const parsed = report(['一、项目建设', '全年共争取中央预算内投资3.6亿元，比上年增加0.8亿元。']);
    expect(parsed.observations).toEqual([]);
  });
});

describe('a growth goal and a level goal of one figure', () => {
  it('keeps 增长15%，力争达到15亿元 as two next-year targets', () => {
    const parsed = report(
      [
        '一、2021年工作情况',
        '全年完成全社会固定资产投资12.8亿元，同比增长16.4%。',
        '二、2022年工作计划',
        '2022年全县经济社会发展的主要预期目标是：全社会固定资产投资增长15%，力争达到15亿元；地方财政收入增长9%。',
      ],
      '澄阳县发展和改革委员会2021年工作总结及2022年工作计划',
    );
    expect(
      parsed.targets
        .filter((t) => t.indicatorCode === 'fixed-asset-investment')
        .map((t) => [t.horizon, t.value, t.unit]),
    ).toEqual([
      ['next-year', 15, '%'],
      ['next-year', 15, '亿元'],
    ]);
  });
});
