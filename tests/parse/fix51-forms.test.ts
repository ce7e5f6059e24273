// Forms held-out-51 showed the parser missing (zhenyuan, weihu, matang). Sentences of our own, with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '桐岙县2021年上半年国民经济和社会发展计划执行情况的报告';
/** A half-year report's first part holding the lines. */
const report = (lines: string[]) =>
  parsedReport([TITLE, '一、上半年计划执行情况', ...lines].join('\n'), { sourceName: 'tongao.txt' });
const observed = (lines: string[]) =>
  report(lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('实际到位省外资金: the investment attracted under Henan’s name', () => {
  it('reads its level, growth and share as investment-attracted without a 招商引资 topic line', () => {
    const found = observed([
      '（五）对外开放稳步推进',
      '实际到位省外资金18.6亿元，同比增长4.2%，完成年度目标任务的50.8%，增速居全市第6位。',
    ]);
    expect(found.filter((o) => o[0] === 'investment-attracted')).toEqual([
      ['investment-attracted', 'level', 18.6],
      ['investment-attracted', 'growth', 4.2],
      ['investment-attracted', 'share', 50.8],
    ]);
  });
});
