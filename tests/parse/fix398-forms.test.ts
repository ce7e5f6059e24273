// Forms held-out-398 and held-out-392 showed the parser missing (session 46, fixer fix398). Sentences and
// sheets of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('F8101: a group row naming an earlier period over its rows (一、地区生产总值（前三季度）)', () => {
  it('gives its period to the rows under it, until the next group row', () => {
    const report = parseReportText(
      [
        '2011年1-11月栎川县主要经济指标',
        '指标\t单位\t1-11月\t同比±%',
        '一、地区生产总值（前三季度）',
        '地区生产总值\t万元\t251300\t12.4',
        '其中：第一产业增加值\t万元\t40260\t4.8',
        '第三产业增加值\t万元\t82150\t9.7',
        '二、国内贸易',
        '社会消费品零售总额\t万元\t96420\t18.3',
        '',
      ].join('\n'),
      { sourceName: 'lichuan.txt' },
    ).report;
    const periods = report?.observations
      .filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.period ?? null]);
    expect(periods).toEqual([
      ['gdp', '2011-Q3'],
      ['agriculture-value-added', '2011-Q3'],
      ['tertiary-industry-value-added', '2011-Q3'],
      ['retail-sales', null],
    ]);
  });
});
