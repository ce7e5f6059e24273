// A table's column of the period before (1-9月 beside 1-10月): its growths are that period's, its ranks
// are left out (a ranking carries no period).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { earlierColumnPeriod } from '../../src/parse/table-earlier-columns.js';

describe('earlier period columns', () => {
  it.each([
    ['1-9月增速（%）', '2021-M1-10', '2021-Q3'],
    ['1—7月增长(%)', '2021-M1-10', '2021-M1-7'],
    ['上半年位次', '2021-Q3', '2021-H1'],
    ['1-10月增速（%）', '2021-M1-10', null],
    ['1-11月增速', '2021-M1-10', null],
    ['增速（%）', '2021-M1-10', null],
    ['1-9月末余额', '2021-M1-10', null],
  ])('%s in %s', (header, period, expected) => {
    expect(earlierColumnPeriod(header, period)).toBe(expected);
  });

  it('gives the earlier column its period and leaves its ranks out', () => {
    const report = parseReportText(
      [
        '澄阳县2021年1-10月经济运行简析',
        '1-10月，全县经济运行平稳向好。',
        '附表：澄阳县2021年1-10月主要指标',
        '指标\t单位\t1-10月\t\t\t1-9月\t',
        '\t\t总量\t增速（%）\t位次\t增速（%）\t位次',
        '规模以上工业增加值\t%\t—\t7.6\t4\t8.1\t2',
        '社会消费品零售总额\t亿元\t42.35\t9.9\t3\t10.4\t6',
        '注：位次为在桐州市8个县（市、区）中的位次。',
        '',
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    ).report;
    const growths = report?.observations
      .filter((o) => o.source === 'table' && o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.period ?? null]);
    expect(growths).toEqual([
      ['industrial-value-added', 7.6, null],
      ['industrial-value-added', 8.1, '2021-Q3'],
      ['retail-sales', 9.9, null],
      ['retail-sales', 10.4, '2021-Q3'],
    ]);
    expect(
      report?.rankings.filter((r) => r.source === 'table').map((r) => [r.indicatorCode, r.rank]),
    ).toEqual([
      ['industrial-value-added', 4],
      ['retail-sales', 3],
    ]);
  });
});
