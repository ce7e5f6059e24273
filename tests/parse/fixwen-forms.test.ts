// Forms held-out-21's wengang and jiyuan fixtures showed (docs/prose-forms.md, "fixwen"), in text of
// our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/parse/targets.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixwen.txt');

describe('a review part headed with the year’s budget execution and the next year’s draft', () => {
  const parsed = report(
    '县人大财政经济委员会关于岑坪县2021年国民经济和社会发展计划执行情况与2022年计划草案及2021年财政预算执行情况与2022年财政预算草案的初步审查意见',
    '二、关于2021年财政预算执行情况和2022年财政预算草案',
    '财政经济委员会认为，2021年全县财政收入保持平稳增长。',
    '全县财政总收入预计完成18.42亿元，增长7.6%，完成调整预算的101.8%；',
    '一般公共预算收入预计完成11.27亿元，增长6.1%，完成调整预算的100.9%。',
    '2022年，全县一般公共预算收入预期安排11.86亿元，增长5.2%；一般公共预算支出安排33.5亿元。',
  );
  const observed = (code: string) =>
    parsed.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]);
  it('reads the year’s 预计完成 figures as results, not next-year targets', () => {
    expect(observed('fiscal-total-revenue')).toEqual([
      ['level', 18.42],
      ['growth', 7.6],
      ['share', 101.8],
    ]);
    expect(observed('general-budget-revenue')).toContainEqual(['level', 11.27]);
    expect(
      parsed.targets.filter((t) => t.horizon === 'next-year' && t.value === 18.42).map((t) => t.value),
    ).toEqual([]);
  });
  it('reads the sentence opening with the draft’s year as next-year targets', () => {
    const next = parsed.targets
      .filter((t) => t.horizon === 'next-year')
      .map((t) => [t.indicatorCode, t.value]);
    expect(next).toContainEqual(['general-budget-revenue', 11.86]);
    expect(next).toContainEqual(['general-budget-revenue', 5.2]);
    expect(next).toContainEqual(['general-budget-expenditure', 33.5]);
    expect(observed('general-budget-expenditure')).toEqual([]);
  });
});

describe('a district’s own revenue, domestic funds, bare 新增就业 and a price 涨幅', () => {
  const parsed = report(
    '关于岷沙区2013年国民经济和社会发展计划执行情况与2014年计划草案的报告',
    '一、2013年国民经济和社会发展计划执行情况',
    '财政收入完成48.6亿元，增长21.3%，其中区级财政收入完成27.2亿元，增长24.5%，完成年度预算的108.4%。',
    '实际利用外资3.2亿美元，增长12.6%；实际利用内资86.4亿元，增长18.2%。',
    '新增就业1.74万人。居民消费价格涨幅为3.9%。',
  );
  const observed = (code: string) =>
    parsed.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]);
  it('reads 区级财政收入 under 财政收入 as the general budget revenue', () => {
    expect(observed('fiscal-total-revenue')).toEqual([
      ['level', 48.6],
      ['growth', 21.3],
    ]);
    expect(observed('general-budget-revenue')).toEqual([
      ['level', 27.2],
      ['growth', 24.5],
      ['share', 108.4],
    ]);
  });
  it('reads 实际利用内资 as the investment attracted and 新增就业 as new urban jobs', () => {
    expect(observed('investment-attracted')).toEqual([
      ['level', 86.4],
      ['growth', 18.2],
    ]);
    expect(observed('new-urban-jobs')).toEqual([['level', 1.74]]);
  });
  it('reads 涨幅为A% as a growth', () => {
    expect(observed('cpi')).toEqual([['growth', 3.9]]);
  });
});

describe('a bound on a fall', () => {
  it('reads 下降3.5%以上 as a growth of -3.5% or less', () => {
    const read = parseTarget('万元生产总值能耗下降3.5%以上', '%');
    expect([read.value, read.comparator]).toEqual([-3.5, 'lte']);
  });
  it('keeps a fall said about or exactly as it was', () => {
    expect(parseTarget('能耗下降2.5%左右', '%').comparator).toBe('approx');
    expect(parseTarget('能耗下降3%', '%').comparator).toBe('eq');
  });
});

describe('a figure goal then the higher level’s task in words', () => {
  const parsed = report(
    '关于岷沙区2013年国民经济和社会发展计划执行情况与2014年计划草案的报告',
    '二、2014年国民经济和社会发展计划草案',
    '建议全区经济社会发展的主要预期目标是：地区生产总值增长12%左右；万元生产总值能耗下降3.2%以上，完成市下达的节能减排任务。',
  );
  it('keeps the figure goal and reads the words as its origin, not a second goal', () => {
    const energy = parsed.targets
      .filter((t) => t.indicatorCode === 'energy-emission-targets')
      .map((t) => [t.value, t.comparator]);
    expect(energy).toEqual([[-3.2, 'lte']]);
  });
});
