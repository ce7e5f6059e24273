// Forms of the plan genre (full-year report and draft, and the committee's 审查结果报告 on it) that the
// blind fixtures gengxi-2020-fy-plan and hengmei-2023-fy-review showed the parser missed
// (docs/prose-forms.md, "plan documents' word verdicts, shares and goals (gplan)"), in sentences of our
// own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('gplan.txt');
const review = (...prose: string[]) =>
  report(
    '甲乙区人民代表大会财政经济委员会关于甲乙区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审查结果报告',
    '　　财政经济委员会认为，2023年计划执行情况总体良好。预计全年地区生产总值完成312.4亿元，同比增长5.1%。',
    ...prose,
  );

describe('a share of the plan right after the name, with no level: 固定资产投资完成年计划的A%', () => {
  it('is the named indicator’s share, and keeps an earlier period’s scope', () => {
    const observed = review(
      '　　主要问题是：投资增长乏力，前三季度固定资产投资仅完成年计划的64.2%，低于时序进度10.8个百分点，全年工业投资同比下降5.6%。',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);
    expect(observed).toEqual([
      ['gdp', 'level', 312.4, null],
      ['gdp', 'growth', 5.1, null],
      ['fixed-asset-investment', 'share', 64.2, '2023-Q3'],
      ['fixed-asset-investment', 'comparison', -10.8, '2023-Q3'],
      ['industrial-investment', 'growth', -5.6, null],
    ]);
  });

  it('reads 占年计划的 and 完成年度预算的 the same way, and derives no target without a level', () => {
    const parsed = review(
      '　　社会消费品零售总额占年计划的98.6%，同比增长4.2%。一般公共预算收入完成年度预算的101.3%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 312.4],
      ['gdp', 'growth', 5.1],
      ['retail-sales', 'share', 98.6],
      ['retail-sales', 'growth', 4.2],
      ['general-budget-revenue', 'share', 101.3],
    ]);
    expect(parsed.targets).toEqual([]);
  });
});

const plan = (...lines: string[]) =>
  report(
    '丙丁县2020年国民经济和社会发展计划执行情况与2021年计划草案报告',
    '一、2020年国民经济和社会发展计划执行情况',
    '　　全县地区生产总值增长3.2%达142.6亿元，高于年度预期目标0.2个百分点。',
    ...lines,
  );
const goalsOf = (parsed: ReturnType<typeof report>) =>
  parsed.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.comparator, t.attainment]);

describe('plans met or missed in words: 未完成年度预期目标, 完成某某市下达的年度目标任务', () => {
  it('reads 预期目标 and a named higher level as the plan of the period reported, without a value', () => {
    const parsed = plan(
      '　　社会消费品零售总额完成52.41亿元，同比下降1.8%，未完成年度预期目标。',
      '　　单位地区生产总值能耗下降2.7%，完成戊己市下达的年度目标任务。',
    );
    expect(goalsOf(parsed)).toEqual([
      ['地区生产总值', 'full-year', 3, 'eq', 'met'],
      ['社会消费品零售总额', 'period', null, null, 'missed'],
      ['单位地区生产总值能耗', 'period', null, null, 'met'],
    ]);
  });
});

describe('a goal heading that names the year: 二、2021年…主要预期目标', () => {
  it('gives its lines the next year’s horizon, so a rate the catalogue lacks (稳定在A%以上) is a goal', () => {
    const parsed = plan(
      '二、2021年国民经济和社会发展主要预期目标',
      '　　——生态保护型指标（约束性）。单位地区生产总值能耗下降3%左右；森林覆盖率稳定在65%以上；草原综合植被盖度保持在52%以上。',
    );
    expect(goalsOf(parsed).filter((t) => t[1] === 'next-year')).toEqual([
      ['单位地区生产总值能耗', 'next-year', -3, 'approx', 'unknown'],
      ['森林覆盖率', 'next-year', 65, 'gte', 'unknown'],
      // A vegetation cover rate named 盖度 is a rate goal too (fix355, F7191: rigang's 决议 answers it so).
      ['草原综合植被盖度', 'next-year', 52, 'gte', 'unknown'],
    ]);
  });
});

describe('goals with no figure of their own or one figure for several names', () => {
  const nextYear = (...goals: string[]) =>
    goalsOf(plan('二、2021年国民经济和社会发展主要预期目标', ...goals)).filter((t) => t[1] === 'next-year');

  it('reads 保持正增长 as a growth above zero', () => {
    expect(nextYear('　　地区生产总值增长7%左右；进出口总额保持正增长。')).toEqual([
      ['地区生产总值', 'next-year', 7, 'approx', 'unknown'],
      ['进出口总额', 'next-year', 0, 'gt', 'unknown'],
    ]);
  });

  it('gives 甲、乙均增长A%以上 to each name listed before 均', () => {
    expect(
      nextYear(
        '　　全社会固定资产投资增长9%左右，其中工业投资、民间投资均增长11%以上；社会消费品零售总额增长10%。',
      ),
    ).toEqual([
      ['全社会固定资产投资', 'next-year', 9, 'approx', 'unknown'],
      ['工业投资', 'next-year', 11, 'gte', 'unknown'],
      ['民间投资', 'next-year', 11, 'gte', 'unknown'],
      ['社会消费品零售总额', 'next-year', 10, 'eq', 'unknown'],
    ]);
  });

  it('leaves a 均 list alone when a name is not an indicator', () => {
    expect(nextYear('　　地区生产总值增长7%；重点项目、民生实事均完成90%以上。')).toEqual([
      ['地区生产总值', 'next-year', 7, 'eq', 'unknown'],
    ]);
  });
});

describe('a review’s count of indicators not done: 甲、乙、丙和丁4项未完成', () => {
  it('gives each named indicator without a target one of no value, missed; the others keep theirs', () => {
    const parsed = review(
      '　　社会消费品零售总额完成98.6亿元，占年计划的96.4%。',
      '　　年度计划确定的18项主要指标中，14项完成或超额完成年度计划，地区生产总值、社会消费品零售总额、进出口总额和城镇新增就业4项未完成。',
    );
    expect(goalsOf(parsed)).toEqual([
      ['社会消费品零售总额', 'full-year', 102.282158, 'eq', 'missed'],
      ['地区生产总值', 'period', null, null, 'missed'],
      ['进出口总额', 'period', null, null, 'missed'],
      ['城镇新增就业', 'period', null, null, 'missed'],
    ]);
  });

  it('reads no verdict when a name is not an indicator or the count is not the list’s', () => {
    const parsed = review(
      '　　重点项目中，衡山路改造、城东水厂2项未完成。地区生产总值、进出口总额3项未完成。',
    );
    expect(parsed.targets).toEqual([]);
  });
});

describe('a rank with the group between the parent and the ordinal: 列岑江市6个区县第2位', () => {
  it('reads the rank, its scope and the group size; the group is no fact', () => {
    const parsed = review('　　一般公共预算收入完成18.64亿元，同比增长3.9%，增速列戊己市7个区县第3位。');
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['general-budget-revenue', 3, 7, '戊己市'],
    ]);
    expect(parsed.facts.map((f) => f.quantity.raw)).not.toContain('7个');
  });
});

describe('a verdict by a clause that names its indicator: 城镇居民收入增速未达到年度计划目标', () => {
  it('is a target of no value for that indicator, once, however often the review says it', () => {
    const parsed = review(
      '　　城镇、农村居民人均可支配收入分别为41260元和21830元，分别增长4.6%和6.8%，城镇居民收入增速未达到年度计划目标。',
      '　　年度计划确定的16项主要指标中，城镇居民人均可支配收入和进出口总额2项未完成。',
    );
    expect(goalsOf(parsed)).toEqual([
      ['城镇居民收入', 'period', null, null, 'missed'],
      ['进出口总额', 'period', null, null, 'missed'],
    ]);
  });

  it('needs the clause to be the name and the verdict alone', () => {
    const parsed = review('　　重点项目建设完成年度目标，主要指标完成年度目标。');
    expect(parsed.targets).toEqual([]);
  });
});

describe('an average growth is no shared goal: 甲、乙年均增长A%', () => {
  it('leaves a list before 年均增长 to the other readers', () => {
    const parsed = plan(
      '二、2021年国民经济和社会发展主要预期目标',
      '　　地区生产总值增长7%；城镇居民人均可支配收入、农村居民人均可支配收入年均增长6.5%左右。',
    );
    expect(goalsOf(parsed).filter((t) => t[2] === 6.5)).toEqual([]);
  });
});

describe('one result figure for several names: 其中工业投资、民间投资均增长A%', () => {
  it('is each listed indicator’s growth, not the chain subject’s', () => {
    const observed = plan(
      '　　全社会固定资产投资增长8.4%，其中工业投资、民间投资均增长11.6%；房地产开发投资下降4.2%。',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observed).toEqual([
      ['gdp', 'growth', 3.2],
      ['gdp', 'level', 142.6],
      ['gdp', 'comparison', 0.2],
      ['fixed-asset-investment', 'growth', 8.4],
      ['industrial-investment', 'growth', 11.6],
      ['private-investment', 'growth', 11.6],
      ['real-estate-investment', 'growth', -4.2],
    ]);
  });

  it('keeps a two-year average, and gives an elliptical pair each the growth (fixyin)', () => {
    const observed = plan(
      '　　城镇和农村常住居民人均可支配收入均增长7.1%；地区生产总值两年平均增长4.9%。',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observed).toContainEqual(['urban-disposable-income-per-capita', 'growth', 7.1]);
    expect(observed).toContainEqual(['rural-disposable-income-per-capita', 'growth', 7.1]);
    expect(observed).toContainEqual(['gdp', 'two-year-average-growth', 4.9]);
  });
});
