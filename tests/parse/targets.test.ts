import { describe, expect, it } from 'vitest';
import { periodCode } from '../../src/parse/meta.js';
import { judge, parseTarget } from '../../src/parse/targets.js';
import type { Observation } from '../../src/parse/types.js';

describe('parseTarget', () => {
  it.each([
    ['6.5%', 6.5, '%', 'eq'],
    ['6%左右', 6, '%', 'approx'],
    ['3.0%以内', 3, '%', 'lte'],
    ['控制在3%以内', 3, '%', 'lte'],
    ['7%以上', 7, '%', 'gte'],
    ['不低于7%', 7, '%', 'gte'],
    ['低于5%', 5, '%', 'lt'],
    ['实现正增长', 0, '%', 'gt'],
    ['增长7%左右', 7, '%', 'approx'],
    ['1200', 1200, '万美元', 'eq'],
    ['≥7%', 7, '%', 'gte'],
    ['≤3.5%', 3.5, '%', 'lte'],
    ['>5%', 5, '%', 'gt'],
    ['6-6.5%', 6, '%', 'eq'],
    ['6%～7%', 6, '%', 'eq'],
  ])('%s', (text, value, unit, comparator) => {
    expect(parseTarget(text, '万美元')).toMatchObject({ value, unit, comparator });
  });

  it('keeps words-only targets as text', () => {
    expect(parseTarget('高于经济增长', null)).toMatchObject({
      value: null,
      comparator: 'gt',
      relativeToGrowth: true,
    });
    expect(parseTarget('与经济增长同步', null)).toMatchObject({
      value: null,
      comparator: 'gte',
      relativeToGrowth: true,
    });
    expect(parseTarget('完成省、市下达任务', null)).toMatchObject({ value: null, comparator: null });
  });
});

const actual = (value: number, unit = '%', baseUnit = '%', valueBase = value): Observation => ({
  indicatorCode: 'x',
  indicatorName: 'x',
  source: 'table',
  measure: 'growth',
  quantity: { value, unit, valueBase, baseUnit, qualifier: null, raw: `${value}${unit}` },
  text: null,
  comparedWith: null,
  provenance: { sentenceIndex: 0, start: 0, end: 0 },
});

describe('judge', () => {
  const context = { direction: 'higher-is-better' as const, growth: null, partYear: true };

  it('judges percentages whatever the horizon', () => {
    const target = { ...parseTarget('6.5%', null), horizon: 'full-year' as const };
    expect(judge(target, [actual(-2)], context)).toEqual({
      attainment: 'missed',
      reason: 'actual -2 < target 6.5',
    });
  });

  it('judges a growth goal by the growth, not by a share of the plan or a gap in points', () => {
    const target = { ...parseTarget('7%以上', null), horizon: 'full-year' as const };
    const share = { ...actual(46.2), measure: 'share' as const };
    const gap = { ...actual(0.4), measure: 'comparison' as const, comparedWith: '计划' };
    expect(judge(target, [share, gap, actual(5.8)], context)).toEqual({
      attainment: 'missed',
      reason: 'actual 5.8 < target 7',
    });
    expect(judge(target, [share, gap], context).attainment).toBe('unknown');
  });

  it('follows the indicator direction for eq and approx', () => {
    const target = { ...parseTarget('3.5%左右', null), horizon: 'full-year' as const };
    expect(judge(target, [actual(8)], { ...context, direction: 'at-most' }).attainment).toBe('missed');
    expect(judge(target, [actual(2)], { ...context, direction: 'at-most' }).attainment).toBe('met');
  });

  it('judges a range by its lower bound when more is better, its upper bound when less is', () => {
    const growth = { ...parseTarget('6-6.5%', null), horizon: 'full-year' as const };
    expect(judge(growth, [actual(6.2)], context).attainment).toBe('met');
    expect(judge(growth, [actual(5.9)], context).attainment).toBe('missed');
    const prices = { ...parseTarget('2%～3%', null), horizon: 'full-year' as const };
    expect(judge(prices, [actual(2.5)], { ...context, direction: 'at-most' })).toEqual({
      attainment: 'met',
      reason: 'actual 2.5 <= target 3',
    });
    expect(judge(prices, [actual(3.2)], { ...context, direction: 'at-most' }).attainment).toBe('missed');
  });

  it('does not judge a full-year amount against a part-year amount', () => {
    const target = { ...parseTarget('1200', '万美元'), horizon: 'full-year' as const };
    expect(judge(target, [actual(356, '万美元', '美元', 3.56e6)], context).attainment).toBe('unknown');
    const period = { ...target, horizon: 'period' as const };
    expect(judge(period, [actual(356, '万美元', '美元', 3.56e6)], context).attainment).toBe('missed');
  });

  it('compares 高于经济增长 with GDP growth, unknown without it', () => {
    const target = { ...parseTarget('高于经济增长', null), horizon: 'full-year' as const };
    expect(judge(target, [actual(4.4)], { ...context, growth: -2 }).attainment).toBe('met');
    expect(judge(target, [actual(4.4)], context).attainment).toBe('unknown');
  });

  it('reads 与经济增长同步 as keeping pace: at least GDP growth', () => {
    const target = { ...parseTarget('与经济增长同步', null), horizon: 'full-year' as const };
    expect(judge(target, [actual(4.4)], { ...context, growth: 4.4 }).attainment).toBe('met');
    expect(judge(target, [actual(4.3)], { ...context, growth: 4.4 }).attainment).toBe('missed');
    expect(judge(target, [actual(4.4)], context).attainment).toBe('unknown');
  });

  it('is unknown without an actual', () => {
    const target = { ...parseTarget('6.5%', null), horizon: 'full-year' as const };
    expect(judge(target, [], context).attainment).toBe('unknown');
  });
});

describe('periodCode', () => {
  it.each([
    ['上半年', 'H1'],
    ['一季度', 'Q1'],
    ['第一季度', 'Q1'],
    ['前三季度', 'Q3'],
    ['1-9月', 'Q3'],
    ['1—9月', 'Q3'],
    ['1-8月', 'M1-8'],
    ['全年', 'FY'],
    ['', 'FY'],
  ])('%s → %s', (label, code) => {
    expect(periodCode(label)).toBe(code);
  });
});
