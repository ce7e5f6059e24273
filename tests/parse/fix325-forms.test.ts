// Forms first met in held-out-325 (session 42, fixer fix325). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix325-forms.txt' });

describe('a rank-move column headed 较一季度（±） after the rank (F6671)', () => {
  const report = parse(
    '蓼岗县2026年上半年国民经济和社会发展计划执行情况',
    '上半年，全县规模以上工业增加值同比增长6.1%，固定资产投资同比增长4.4%，社会消费品零售总额同比增长3.9%。',
    '表：蓼岗县2026年上半年主要经济指标完成情况',
    '指标\t全年目标（%）\t增长（%）\t全市排名\t较一季度（±）',
    '规模以上工业增加值\t7\t6.1\t5\t+2',
    '固定资产投资\t9\t4.4\t8\t-1',
    '社会消费品零售总额\t6\t3.9\t3\t持平',
  ).report;

  it('reads the signed cells and 持平 as the ranks’ moves', () => {
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 5, 2],
      ['fixed-asset-investment', 8, -1],
      ['retail-sales', 3, 0],
    ]);
  });

  it('reads no growth from the move column', () => {
    const growths = (report?.observations ?? [])
      .filter((o) => o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(new Set(growths)).toEqual(new Set([6.1, 4.4, 3.9]));
  });
});
