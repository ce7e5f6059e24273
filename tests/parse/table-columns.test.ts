// Columns whose header gives the unit of their cells: a level and its change side by side.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { columnUnit } from '../../src/parse/table-rows.js';

describe('column units', () => {
  it.each([
    ['增长(%)', '%'],
    ['同比增长（%）', '%'],
    ['增速', '%'],
    ['增长%', '%'],
    ['1-6月完成(亿元)', '亿元'],
    ['1-6月完成', null],
    ['完成情况', null],
    ['备注(说明)', null],
  ])('%s', (header, unit) => {
    expect(columnUnit(header)).toBe(unit);
  });

  it('reads a change column in % beside a level in the row unit', () => {
    const text = [
      '乙县2022年1—6月国民经济和社会发展计划执行情况的报告',
      '一、1—6月主要指标完成情况',
      '主要经济指标完成情况',
      '指标\t单位\t年度目标\t1-6月完成\t增长(%)',
      '地区生产总值\t亿元\t增长6%\t56.78\t-1.5',
      '二、下半年工作计划',
      '',
    ].join('\n');
    const parsed = parseReportText(text, { sourceName: 'columns.txt' }).report;
    const gdp = parsed?.observations.filter((o) => o.indicatorCode === 'gdp' && o.source === 'table');
    expect(gdp?.map((o) => [o.measure, o.quantity?.value, o.quantity?.unit])).toEqual([
      ['level', 56.78, '亿元'],
      ['growth', -1.5, '%'],
    ]);
    expect(parsed?.targets.find((t) => t.indicatorCode === 'gdp')?.attainment).toBe('missed');
  });
});
