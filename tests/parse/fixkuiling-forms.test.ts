// Forms held-out-33's kuiling report showed (docs/prose-forms.md, "held-out-33: kuiling's forms
// (fixkuiling)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixkuiling.txt');
const planReport = (...lines: string[]) =>
  report('关于柘岭县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告', ...lines);
const targets = (...lines: string[]) =>
  planReport(...lines).targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.comparator]);

describe("a 上级下达 column beside next year's goals (指标 | 单位 | 2019年完成 | 2020年目标 | 上级下达)", () => {
  it('reads the guidance for next year, as the goals it stands beside', () => {
    const got = targets(
      '一、2019年计划执行情况',
      '全县实现地区生产总值52.6亿元，增长8.4%。',
      '二、2020年主要目标',
      '指标\t单位\t2019年完成\t2020年目标\t上级下达',
      '地区生产总值增速\t%\t8.4\t8\t7.5',
      '固定资产投资\t亿元\t61.2\t68\t66',
      '城镇登记失业率\t%\t3.1\t4以内\t4以内',
    );
    expect(got).toEqual([
      ['gdp', 'target', 'next-year', 8, 'eq'],
      ['gdp', 'guidance', 'next-year', 7.5, 'eq'],
      ['fixed-asset-investment', 'target', 'next-year', 68, 'eq'],
      ['fixed-asset-investment', 'guidance', 'next-year', 66, 'eq'],
      ['urban-unemployment-rate', 'target', 'next-year', 4, 'lte'],
      ['urban-unemployment-rate', 'guidance', 'next-year', 4, 'lte'],
    ]);
  });
});

describe('产业投资 named bare beside 民间投资 (其中，产业投资X亿元，增长A%)', () => {
  it('keeps the field of investment with its level and growth, under its name as written', () => {
    const got = planReport(
      '一、2019年计划执行情况',
      '固定资产投资完成61.2亿元，增长12.5%。其中，产业投资23.7亿元，增长15.1%；民间投资18.4亿元，增长9.3%。',
    ).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(got).toEqual([
      ['固定资产投资', 'level', 61.2],
      ['固定资产投资', 'growth', 12.5],
      ['产业投资', 'level', 23.7],
      ['产业投资', 'growth', 15.1],
      ['民间投资', 'level', 18.4],
      ['民间投资', 'growth', 9.3],
    ]);
  });
});

describe("a rate goal written with 降至 (贫困发生率降至3%以下) in a list of next year's goals", () => {
  it('names the rate without the verb and reads the ceiling', () => {
    const got = targets(
      '一、2019年计划执行情况',
      '全县实现地区生产总值52.6亿元，增长8.4%。',
      '二、2020年主要目标',
      '2020年主要预期目标是：地区生产总值增长8%；贫困发生率降至2%以下；森林覆盖率达到62%以上。',
    );
    expect(got).toEqual([
      ['gdp', 'target', 'next-year', 8, 'eq'],
      [expect.stringMatching(/^x-/), 'target', 'next-year', 2, 'lte'],
      [expect.stringMatching(/^x-/), 'target', 'next-year', 62, 'gte'],
    ]);
    expect(
      planReport('二、2020年主要目标', '2020年主要预期目标是：贫困发生率降至2%以下。').targets[0]
        ?.indicatorName,
    ).toBe('贫困发生率');
  });
});
