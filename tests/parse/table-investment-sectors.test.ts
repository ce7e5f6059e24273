// A table of fixed-asset investment's make-up: 按产业分：/按领域分： labels before the first row of a
// breakdown, bare industries standing for their investment, a 占全部投资比重 column of shares (the
// total's 100 no share).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { columnMeasure } from '../../src/parse/table-column-measure.js';

describe('investment make-up tables', () => {
  it.each([
    ['占全部投资比重（%）', 'share'],
    ['占全社会投资的比重(%)', 'share'],
    ['占总投资比重', 'share'],
    ['构成(%)', 'share'],
    ['同比增长（%）', null],
    ['占年计划(%)', null],
  ])('%s', (header, expected) => {
    expect(columnMeasure(header)).toBe(expected);
  });

  it('reads bare industries as investment and the share column as shares', () => {
    const report = parseReportText(
      [
        '桐岙县2020年1-5月经济运行简况',
        '1-5月，全县经济平稳运行。',
        '桐岙县2020年1-5月固定资产投资',
        '指标\t累计完成（万元）\t比上年同期增长（%）\t占全部投资比重（%）',
        '固定资产投资\t812400\t7.3\t100',
        '按产业分：第一产业\t21050\t-3.8\t2.6',
        '第二产业\t305200\t11.9\t37.6',
        '第三产业\t486150\t5.2\t59.8',
        '按领域分：民间投资\t520300\t6.1\t64.0',
        '',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    ).report;
    const rows = report?.observations
      .filter((o) => o.source === 'table')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toEqual([
      ['固定资产投资', 'level', 812400],
      ['固定资产投资', 'growth', 7.3],
      ['第一产业投资', 'level', 21050],
      ['第一产业投资', 'growth', -3.8],
      ['第一产业投资', 'share', 2.6],
      ['第二产业投资', 'level', 305200],
      ['第二产业投资', 'growth', 11.9],
      ['第二产业投资', 'share', 37.6],
      ['第三产业投资', 'level', 486150],
      ['第三产业投资', 'growth', 5.2],
      ['第三产业投资', 'share', 59.8],
      ['民间投资', 'level', 520300],
      ['民间投资', 'growth', 6.1],
      ['民间投资', 'share', 64],
    ]);
  });
});
