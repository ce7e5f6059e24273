// Forms the held-out batches' last unread targets showed (session 16, fixlefta; docs/prose-forms.md,
// "fixlefta"), in text of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'fixlefta.txt' });

describe('a guidance amount on the scale of the row’s year target is the year’s guidance', () => {
  const parsed = report(
    '关于檀浦市2030年上半年国民经济和社会发展计划执行情况的报告',
    '上半年，全市实现地区生产总值88.41亿元，同比增长9.2%。',
    '檀浦市2030年上半年主要经济指标完成情况',
    '指标名称\t单位\t年度目标\t市指导目标\t上半年完成\t增长（%）',
    '地区生产总值\t亿元\t增长9%\t增长8.5%\t88.41\t9.2',
    '全社会固定资产投资\t亿元\t120\t110\t63.27\t21.4',
    '社会消费品零售总额\t亿元\t60\t28\t29.85\t14.3',
  );
  const guidance = (code: string) =>
    parsed.targets
      .filter((t) => t.indicatorCode === code && t.kind === 'guidance')
      .map((t) => [t.horizon, t.value, t.attainment]);

  it('110 beside 120亿元 and a half-year 63.27: full-year, not judged against the half year', () => {
    expect(guidance('fixed-asset-investment')).toEqual([['full-year', 110, 'unknown']]);
  });
  it('a growth guidance stays the period’s', () => {
    expect(guidance('gdp')).toEqual([['period', 8.5, 'met']]);
  });
  it('an amount far below the year target (28 beside 60) stays the period’s', () => {
    expect(guidance('retail-sales')).toEqual([['period', 28, 'met']]);
  });
});
