// Forms held-out-314 and held-out-315 showed the parser missing (session 41, fixer fix314). Sentences and
// sheets of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { noteRowsInPoints } from '../../src/parse/table-note-points.js';

describe('F6421: a 统计年报 note naming the growth column of rate rows (的增长栏为比上年增减百分点)', () => {
  it.each([
    ['注：2.城镇化率、城镇登记失业率的增长栏为比上年增减百分点。', ['城镇化率', '城镇登记失业率']],
    ['注：森林覆盖率增速栏为增减百分点', ['森林覆盖率']],
    ['注：增长栏为比上年增长百分比。', []],
  ])('%s', (note, rows) => {
    expect([...noteRowsInPoints(note)]).toEqual(rows);
  });

  it('reads the rate rows’ 增长% cells as changes in points', () => {
    const report = parseReportText(
      [
        '砚岗县2015年国民经济主要指标（统计年报）',
        '主要指标\t单位\t2015年\t2014年\t增长%',
        '地区生产总值\t万元\t412300\t376100\t9.6',
        '城镇化率\t%\t31.4\t29.9\t1.5',
        '注：1.城镇化率的增长栏为比上年增减百分点。',
        '',
      ].join('\n'),
      { sourceName: 'yangang.txt' },
    ).report;
    const rows = report?.observations
      .filter((o) => o.indicatorName === '城镇化率')
      .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(rows).toEqual([
      ['rate', 31.4, '%'],
      ['change', 1.5, '个百分点'],
    ]);
  });
});
