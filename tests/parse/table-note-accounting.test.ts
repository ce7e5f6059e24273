// A table's note that names the parent only where it credits the figures (地区生产总值为某市统一核算数)
// and sizes the rank column's group with 全市: the column's 全市 stands for that parent.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { noteAccountingParent } from '../../src/parse/table-note-groups.js';

describe('a note crediting the figures to the parent', () => {
  it.each([
    ['注：地区生产总值为桐州市统一核算数；位次为在全市8个县区中的位次。', '桐州市'],
    ['注：数据为澄江州地区生产总值统一核算结果。', '澄江州'],
    ['注：根据桐州市统一核算结果，增速按可比价计算。', '桐州市'],
    ['注：位次为在全市8个县区中的位次。', null],
    ['注：数据为全市统一核算数。', null],
  ])('%s', (note, parent) => {
    expect(noteAccountingParent(note)).toBe(parent);
  });

  it('scopes the table ranks to the credited parent', () => {
    const report = parseReportText(
      [
        '澄阳县2022年上半年主要经济指标',
        '指标\t单位\t绝对量\t增长（%）\t全市排名',
        '地区生产总值\t亿元\t64.18\t4.6\t2',
        '社会消费品零售总额\t亿元\t22.07\t3.9\t5',
        '注：地区生产总值为桐州市统一核算数，按可比价格计算；排名为在全市6个县（市、区）中的排名。',
        '',
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    ).report;
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 6, '桐州市'],
      ['retail-sales', 5, 6, '桐州市'],
    ]);
  });
});
