// Forms of held-out-37/38's blind fixtures (session 18, branch fixchaping). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (text: string) =>
  parsedReport(
    ['关于桐岙县2021年国民经济和社会发展计划执行情况的报告', '一、2021年计划执行情况', text].join('\n'),
    {
      sourceName: 'fixchaping.txt',
    },
  );

describe('a sector ratio typed with a space after each colon', () => {
  it('reads 21.7: 33.5: 44.8 as the three sectors', () => {
    const parsed = report('全县实现生产总值88.16亿元，增长7.4%；三次产业比例优化为21.7: 33.5: 44.8。');
    const shares = parsed.observations
      .filter((o) => o.measure === 'structure')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toEqual([
      ['primary-industry-share', 21.7],
      ['secondary-industry-share', 33.5],
      ['tertiary-industry-share', 44.8],
    ]);
  });

  it('keeps a caption number before a colon a number, not a ratio', () => {
    const parsed = report('附表1: 12.5亿元的项目资金已全部到位。');
    expect(parsed.observations.filter((o) => o.measure === 'structure')).toEqual([]);
  });
});
