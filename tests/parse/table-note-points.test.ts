// 注：产品销售率的增减为百分点: a note saying a rate row's ± column holds points, not a growth.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { noteRowsInPoints } from '../../src/parse/table-note-points.js';

describe('a note putting a row’s change in points', () => {
  it.each([
    ['注：产品销售率的增减为百分点。', ['产品销售率']],
    ['注：1.产销率、资产负债率增减按百分点计算；2.—为无数据。', ['产销率', '资产负债率']],
    ['注：全市位次为累计增速的位次。', []],
  ])('%s', (note, rows) => {
    expect([...noteRowsInPoints(note)]).toEqual(rows);
  });

  it('reads the rate row’s ± as a change in points', () => {
    const report = parseReportText(
      [
        '澄阳县2019年1-3月经济运行简析',
        '1-3月，全县规模以上工业增加值增长6.1%。',
        '附表：澄阳县2019年1-3月规模以上工业主要指标',
        '指标\t单位\t1-3月\t比上年同期±%',
        '规模以上工业产值\t万元\t243100\t7.7',
        '产品销售率\t%\t95.2\t-1.3',
        '注：产品销售率的增减为百分点。',
        '',
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    ).report;
    const rows = report?.observations
      .filter((o) => o.source === 'table')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(rows).toEqual([
      ['规模以上工业产值', 'level', 243100, '万元'],
      ['规模以上工业产值', 'growth', 7.7, '%'],
      ['产品销售率', 'rate', 95.2, '%'],
      ['产品销售率', 'change', -1.3, '个百分点'],
    ]);
  });
});
