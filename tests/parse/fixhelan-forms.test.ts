// Forms the fifteenth held-out batch's half-year report (helan) showed, in text of our own with
// invented places and figures: an end 附表 with 增减额 and two rank columns sized by one note, firms
// counted before their bare accounts, and the bare 财政收入.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixhelan.txt');

const HEAD = ['岑溪县2012年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况'];

const table = (note: string) =>
  report(
    ...HEAD,
    '上半年，全县经济平稳运行。',
    '附表',
    '岑溪县2012年1-6月主要经济指标完成情况',
    '| 指标 | 单位 | 年度目标（%） | 1-6月完成 | 增减额 | 增长（%） | 全市位次 | 全省位次 |',
    '| 生产总值 | 亿元 | 12 | 51.20 | 5.40 | 11.8 | 3 | 21 |',
    '| 城镇居民人均可支配收入 | 元 | 11 | 8120 | 760 | 10.3 | 4 | 33 |',
    note,
  );

describe('an 增减额 column: an amount of change in the row unit', () => {
  it('reads 5.40 亿元 and 760 元 as changes, the growth column still as growths', () => {
    const observations = table('注：全市位次为增速在柘阳市7个县区中的排位。').observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
      o.quantity?.unit,
    ]);
    expect(observations).toContainEqual(['gdp', 'change', 5.4, '亿元']);
    expect(observations).toContainEqual(['urban-disposable-income-per-capita', 'change', 760, '元']);
    expect(observations).toContainEqual(['gdp', 'growth', 11.8, '%']);
    expect(observations.filter(([, , value]) => value === 5.4 || value === 760)).toHaveLength(2);
  });
});

describe('a note that sizes two rank columns, one clause each', () => {
  it('gives the 全市 column the city group and the 全省 column the province group', () => {
    const rankings = table(
      '注：全市位次为增速在柘阳市7个县区中的排位；全省位次为增速在全省58个县（市）中的排位。',
    ).rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);
    expect(rankings).toContainEqual(['gdp', 3, 7, '柘阳市']);
    expect(rankings).toContainEqual(['gdp', 21, 58, '全省']);
    expect(rankings).toContainEqual(['urban-disposable-income-per-capita', 33, 58, '全省']);
  });

  it('leaves a 全省 rank unsized when the note sizes only the 全市 column', () => {
    const rankings = table('注：全市位次为增速在柘阳市7个县区中的排位。').rankings.map((r) => [r.rank, r.of]);
    expect(rankings).toContainEqual([3, 7]);
    expect(rankings).toContainEqual([21, null]);
  });
});

describe('firms counted, then their bare accounts after ；', () => {
  it('reads 实现主营业务收入 as industrial revenue and 实现利税 as the firms’ named aggregate', () => {
    const observed = report(
      ...HEAD,
      '全县规模以上工业企业达到64户，比年初新增7户；实现主营业务收入41.26亿元，增长29.4%；实现利税3.18亿元，增长21.7%。',
    ).observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);
    expect(observed).toContainEqual(['industrial-revenue', '规模以上工业企业主营业务收入', 'level', 41.26]);
    expect(observed).toContainEqual(['industrial-revenue', '规模以上工业企业主营业务收入', 'growth', 29.4]);
    expect(
      observed.filter(([, name]) => name === '规模以上工业企业利税').map(([, , m, v]) => [m, v]),
    ).toEqual([
      ['level', 3.18],
      ['growth', 21.7],
    ]);
  });
});

describe('the bare 财政收入', () => {
  it('is the total fiscal revenue, its 其中地方财政收入 the general budget revenue', () => {
    const observed = report(
      ...HEAD,
      '财政收入完成4.26亿元，同比增长27.1%；其中地方财政收入2.35亿元，增长30.4%。',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observed).toContainEqual(['fiscal-total-revenue', 'level', 4.26]);
    expect(observed).toContainEqual(['general-budget-revenue', 'level', 2.35]);
  });
});

describe('a 上年同期 column: last year’s level of the same period', () => {
  it('reads each row’s last-year cell in the unit of its level, dated a year before the report', () => {
    const observed = report(
      ...HEAD,
      '上半年，全县经济平稳运行。',
      '附表',
      '| 指标 | 单位 | 1-6月完成 | 上年同期 | 增长（%） |',
      '| 生产总值 | 亿元 | 51.20 | 45.80 | 11.8 |',
      '| 农民人均现金收入 | 元 | 3910 | 3370 | 16.0 |',
      '',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit, o.period]);
    expect(observed).toContainEqual(['gdp', 'level', 51.2, '亿元', undefined]);
    expect(observed).toContainEqual(['gdp', 'level', 45.8, '亿元', '2011-H1']);
    expect(observed).toContainEqual(['rural-cash-income-per-capita', 'level', 3370, '元', '2011-H1']);
  });
});
