// Forms first met in held-out-372 and held-out-366 (session 45, fixer fix372). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix372-forms.txt' });

const of = (report: ReturnType<typeof parse>['report'], measure: string) =>
  (report?.observations ?? [])
    .filter((o) => o.measure === measure)
    .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

describe('a bare 比一季度增减 column after a 同比增长% column (F7541)', () => {
  const report = parse(
    '葭沔县2026年1—6月主要经济指标',
    '指标\t单位\t1-6月\t同比增长%\t比一季度增减',
    '地区生产总值\t亿元\t41.27\t8.4\t1.3',
    '社会消费品零售总额\t亿元\t15.06\t11.2\t-0.8',
    '工业用电量\t万千瓦时\t6382\t-4.5\t2.6',
  ).report;

  it('reads the column as changes of the growth in points', () => {
    expect(of(report, 'change')).toEqual([
      ['地区生产总值', 1.3, '百分点'],
      ['社会消费品零售总额', -0.8, '百分点'],
      ['工业用电量', 2.6, '百分点'],
    ]);
  });

  it('reads only the 同比增长% column as growths', () => {
    expect(of(report, 'growth').map((g) => g[1])).toEqual([8.4, 11.2, -4.5]);
  });
});

describe('a 较1-5月提高 column after 增速(%) (F7541)', () => {
  const report = parse(
    '蔺坪县2026年1—6月主要经济指标',
    '指标\t1-6月(亿元)\t增速(%)\t较1-5月提高',
    '固定资产投资\t23.54\t9.7\t0.9',
  ).report;

  it('reads the figure as a change in points', () => {
    expect(of(report, 'change')).toEqual([['固定资产投资', 0.9, '百分点']]);
    expect(of(report, 'growth').map((g) => g[1])).toEqual([9.7]);
  });
});
