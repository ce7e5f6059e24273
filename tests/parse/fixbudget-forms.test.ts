// Forms the session 47 budget-accounts decision (fixbudget) needs the parser to read: a 决算草案's balance totals
// said of the county's own level (县本级). Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const TITLE = '关于榴岑县2024年度县级预算执行和其他财政收支的审计工作报告';
/** The lines' observations, after a headline line the genre check needs. */
const observed = (lines: string[]) =>
  sectionReport('liucen.txt', TITLE, [
    '2024年，全县一般公共预算收入9.86亿元，增长3.1%。',
    ...lines,
  ]).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('F8891 县本级一般公共预算收入总计: the balance total of the county’s own level', () => {
  it('reads the total without 县本级, beside 支出总计', () => {
    const found = observed([
      '决算草案反映，2024年县本级一般公共预算收入总计42.37亿元，支出总计41.95亿元，结转下年0.42亿元。',
    ]);
    expect(found.filter((o) => /总计$/.test(String(o[0])))).toEqual([
      ['一般公共预算收入总计', 'level', 42.37],
      ['支出总计', 'level', 41.95],
    ]);
  });

  it('keeps 结转下年 a fact', () => {
    const found = observed([
      '决算草案反映，2024年县本级一般公共预算收入总计42.37亿元，支出总计41.95亿元，结转下年0.42亿元。',
    ]);
    expect(found.some((o) => o[2] === 0.42)).toBe(false);
  });
});
