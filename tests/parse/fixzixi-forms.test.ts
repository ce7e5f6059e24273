// Forms a district paper's year-end news page showed (docs/prose-forms.md, session 19 fixzixi), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixzixi.txt');
const observed = (...prose: string[]) =>
  report('澄阳区2021年经济运行情况', ...prose).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('现代服务业增加值 beside the tertiary sector', () => {
  it('is modern services under its own name, not the tertiary sector', () => {
    expect(
      observed(
        '2021年，全区地区生产总值增长6.3%。第三产业增加值402.6亿元，增长6.8%。',
        '现代服务业增加值238.1亿元，增长8.4%，占第三产业增加值的59.1%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 6.3],
      ['tertiary-industry-value-added', 'level', 402.6],
      ['tertiary-industry-value-added', 'growth', 6.8],
      [generatedCode('现代服务业增加值'), 'level', 238.1],
      [generatedCode('现代服务业增加值'), 'growth', 8.4],
      [generatedCode('现代服务业增加值'), 'share', 59.1],
    ]);
  });
});

describe('ranks among the places a lead counts (位列全市16个区前列, then 位列全市第N)', () => {
  const ranked = (...prose: string[]) =>
    report('澄阳区2021年经济运行情况', ...prose).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
      r.scope,
    ]);

  it('gives each bare 全市 rank the size the lead counts', () => {
    expect(
      ranked(
        '2021年，澄阳区主要经济指标增速居全市12个区前列。',
        '全区地区生产总值增长6.3%，居全市第3位。社会消费品零售总额增长7.1%，总量排名全市第6。',
      ),
    ).toEqual([
      ['gdp', 3, 12, '全市'],
      ['retail-sales', 6, 12, '全市'],
    ]);
  });

  it('leaves them unsized when the text counts two different groups for the word', () => {
    expect(
      ranked(
        '澄阳区主要指标增速居全市12个区前列，其中两项进入全市20个县区前三。',
        '全区地区生产总值增长6.3%，居全市第3位。',
      ),
    ).toEqual([['gdp', 3, null, '全市']]);
  });
});

describe('实到外资 (foreign funds actually received)', () => {
  it('is the foreign investment actually used, in 亿美元 or 万美元', () => {
    expect(
      observed('2021年，全区地区生产总值增长6.3%。合同外资9.4亿美元。实到外资3.75亿美元，增长4.2%。'),
    ).toEqual([
      ['gdp', 'growth', 6.3],
      ['foreign-investment', 'level', 3.75],
      ['foreign-investment', 'growth', 4.2],
    ]);
  });
});

describe('a budget met in words (…，超额完成年度预算)', () => {
  it('is a target of no value on the revenue before it, met', () => {
    const read = report(
      '澄阳区2021年经济运行情况',
      '2021年，全区地区生产总值增长6.3%。全区一般公共预算收入完成64.2亿元，增长7.5%，超额完成年度预算，增幅居全市第二。',
    );
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['general-budget-revenue', null, 'met'],
    ]);
  });

  it('leaves a share of the budget (完成年度预算的A%) to the share reader', () => {
    const read = report(
      '澄阳区2021年上半年经济运行情况',
      '上半年，全区一般公共预算收入完成30.1亿元，增长5.5%，完成年度预算的51.2%。',
    );
    expect(read.targets.some((t) => t.value === null)).toBe(false);
  });
});

describe('a rate kept within its goal, the bound after the goal’s name (控制在4%的目标以内)', () => {
  it('reads the 4% as the year’s ceiling, met, not as a second rate', () => {
    const read = report(
      '澄阳区2021年上半年经济运行情况',
      '上半年，全区地区生产总值增长5.9%。全区城镇登记失业率2.7%，控制在3.8%的目标以内。',
    );
    expect(read.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'growth', 5.9],
      ['urban-unemployment-rate', 'rate', 2.7],
    ]);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.attainment])).toEqual([
      ['urban-unemployment-rate', 3.8, 'lte', 'met'],
    ]);
  });
});

describe('jobs created counted in 个 (新增就业岗位X万个)', () => {
  it('is a result under its name; a count of firms stays a fact', () => {
    expect(
      observed('2021年，全区地区生产总值增长6.3%。全年新增就业岗位3.41万个，新认定高新技术企业58家。'),
    ).toEqual([
      ['gdp', 'growth', 6.3],
      [generatedCode('新增就业岗位'), 'level', 3.41],
    ]);
  });
});
