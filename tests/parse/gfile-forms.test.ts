// Forms the session-12 file fixtures (a report printed to PDF, an analysis as a Word file) showed once
// their files were read into text, in reports of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) =>
  parsedReport(
    ['坝溪县2021年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况', ...lines].join('\n'),
    { sourceName: 'gfile.txt' },
  );

const targetsOf = (...lines: string[]) =>
  report(...lines).targets.map((t) => [t.indicatorCode, t.value, t.unit, t.comparator]);

describe('a target column that names no unit, under a unit line listing several', () => {
  const table = (...rows: string[]) => [
    '（一）经济运行。上半年，全县地区生产总值62.40亿元，同比增长5.1%。',
    '表1　坝溪县2021年上半年主要经济指标完成情况',
    '单位：亿元、元、%',
    '指标名称\t全年目标\t1-6月\t\t',
    '\t\t绝对值\t增速\t全市位次',
    ...rows,
  ];

  it('reads its bare numbers as growth goals when the rows read them so, a row that alone would not too', () => {
    expect(
      targetsOf(
        ...table(
          '地区生产总值\t7左右\t62.40\t5.1\t3',
          '规模以上工业增加值\t9\t—\t7.3\t2',
          // 5 lies nearer the level 4.86 than the fall of 1.2%: the other rows tell it is a growth.
          '一般公共预算收入\t5\t4.86\t-1.2\t4',
          '城镇常住居民人均可支配收入\t6.5\t18640\t5.8\t5',
        ),
      ),
    ).toEqual([
      ['gdp', 7, '%', 'approx'],
      ['industrial-value-added', 9, '%', 'eq'],
      ['general-budget-revenue', 5, '%', 'eq'],
      ['urban-disposable-income-per-capita', 6.5, '%', 'eq'],
    ]);
  });

  it('leaves goals that sit by the rows’ levels without the unit %', () => {
    const units = targetsOf(
      ...table('地区生产总值\t130\t62.40\t5.1\t3', '社会消费品零售总额\t52\t24.18\t4.2\t6'),
    ).map(([, , unit]) => unit);
    expect(units).not.toContain('%');
  });
});

describe('the number of a table or a figure the prose refers to', () => {
  it('is no figure: 见表1, 从表1看, 详见附表2, 如图3所示', () => {
    const facts = report(
      '（一）经济运行。上半年，全县地区生产总值62.40亿元，同比增长5.1%。',
      '上半年主要经济指标完成情况见表1。从表1看，多数指标增速低于年度目标，详见附表2，走势如图3所示。',
    ).facts.map((f) => f.quantity.value);
    expect(facts).toEqual([62.4, 5.1]);
  });
});

describe('amounts done listed with 分别 after a list of projects', () => {
  const done = (sentence: string) =>
    report('（七）重点项目加快推进。', sentence).projects.map((p) => [
      p.name,
      p.mentions[0]?.completedInvestment ?? null,
    ]);

  it('gives each project its own amount, in order', () => {
    expect(
      done(
        '坝川大道改造、坝溪工业园标准厂房二期、县人民医院门诊楼项目分别完成投资2.6亿元、1.08亿元和0.74亿元。',
      ),
    ).toEqual([
      ['坝川大道改造', 260000000],
      ['坝溪工业园标准厂房二期', 108000000],
      ['县人民医院门诊楼项目', 74000000],
    ]);
  });

  it('reads amounts listed bare before one unit, the unit written after the last', () => {
    expect(done('坝溪水厂扩建、城南污水处理厂项目分别完成投资0.9、1.3亿元。')).toEqual([
      ['坝溪水厂扩建', 90000000],
      ['城南污水处理厂项目', 130000000],
    ]);
  });
});
