// 其中：轻工业 | 重工业 under a whole's row: the classes take the whole's measure (总产值, 增加值).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { PartMeasures } from '../../src/parse/table-part-measure.js';

describe('bare classes under a whole', () => {
  it('names the classes after the whole they are parts of', () => {
    const parts = new PartMeasures();
    const names = [
      ['工业总产值', '工业总产值'],
      ['其中：轻工业', '轻工业'],
      ['重工业', '重工业'],
      ['规模以上工业增加值', '规模以上工业增加值'],
      ['#轻工业', '轻工业'],
      ['出口交货值', '出口交货值'],
      ['其中：税收收入', '税收收入'],
      ['轻工业', '轻工业'],
    ].map(([cell, name]) => parts.next(cell ?? '', name ?? ''));
    expect(names).toEqual([
      '工业总产值',
      '轻工业总产值',
      '重工业总产值',
      '规模以上工业增加值',
      '轻工业增加值',
      '出口交货值',
      '税收收入',
      '轻工业',
    ]);
  });

  it('reads the classes under an output row as output, not value added', () => {
    const report = parseReportText(
      [
        '澄阳县2019年1-3月经济运行简析',
        '1-3月，全县规模以上工业增加值增长6.1%。',
        '附表：澄阳县2019年1-3月规模以上工业主要指标',
        '指标\t单位\t1-3月\t比上年同期±%',
        '规模以上工业产值\t万元\t243100\t7.7',
        '其中：轻工业\t万元\t90400\t4.1',
        '重工业\t万元\t152700\t9.9',
        '',
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    ).report;
    const rows = report?.observations
      .filter((o) => o.source === 'table')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toEqual([
      ['规模以上工业产值', 'level', 243100],
      ['规模以上工业产值', 'growth', 7.7],
      ['轻工业产值', 'level', 90400],
      ['轻工业产值', 'growth', 4.1],
      ['重工业产值', 'level', 152700],
      ['重工业产值', 'growth', 9.9],
    ]);
  });
});
