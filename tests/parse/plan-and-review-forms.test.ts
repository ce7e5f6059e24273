// Forms of a plan-and-draft report and of a 审查意见 met in the eighth held-out batch: industries
// numbered without 第, a price basis inside a name. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (...prose: string[]) => {
  const parsed = parseReportText(
    ['丙县2009年国民经济和社会发展计划执行情况的报告', '一、2009年计划执行情况', ...prose].join('\n'),
    { sourceName: 'plan-forms.txt' },
  ).report;
  if (!parsed) throw new Error('no report');
  return parsed;
};

const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('names', () => {
  it('reads 一、二、三产业 without 第 as the three industries, past a price basis (现价) in the name', () => {
    expect(
      observed(
        '其中一、二、三产业现价增加值分别达到6.3亿元、12.7亿元、10.2亿元，分别增长5.1%、17.4%和11.0%。',
      ),
    ).toEqual([
      ['agriculture-value-added', 'level', 6.3, '亿元'],
      ['secondary-industry-value-added', 'level', 12.7, '亿元'],
      ['tertiary-industry-value-added', 'level', 10.2, '亿元'],
      ['agriculture-value-added', 'growth', 5.1, '%'],
      ['secondary-industry-value-added', 'growth', 17.4, '%'],
      ['tertiary-industry-value-added', 'growth', 11, '%'],
    ]);
  });

  it('reads an output written at current or comparable prices as the output', () => {
    expect(
      observed('全年实现农林牧渔业现价总产值16.8亿元，增长6.2%；规模以上工业现价增加值7.4亿元。'),
    ).toEqual([
      ['agriculture-output', 'level', 16.8, '亿元'],
      ['agriculture-output', 'growth', 6.2, '%'],
      ['industrial-value-added', 'level', 7.4, '亿元'],
    ]);
  });
});
