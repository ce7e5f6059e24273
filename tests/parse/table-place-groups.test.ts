// A table giving the parent's figures beside the report's own place's, each under a header spanning
// its columns (全省 1-8月 | 增长% beside 桐岙县 1-8月 | 增长%): only the own place's cells are read.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';
import { otherPlaceColumns } from '../../src/parse/table-place-groups.js';
import type { TableColumn } from '../../src/parse/types.js';

const column = (header: string, role: TableColumn['role']): TableColumn => ({ header, role });

describe('columns of another place', () => {
  it('drops the parent group beside the own place', () => {
    const columns = [
      column('指标', 'indicator'),
      column('全省1-8月', 'actual'),
      column('全省增长%', 'actual'),
      column('桐岙县1-8月', 'actual'),
      column('桐岙县增长%', 'actual'),
    ];
    expect([...otherPlaceColumns(columns, '桐岙县')]).toEqual([1, 2]);
  });

  it('keeps 全县 in a county report and a lone scope column', () => {
    expect([
      ...otherPlaceColumns(
        [column('指标', 'indicator'), column('全市增速', 'actual'), column('全县增速', 'actual')],
        '桐岙县',
      ),
    ]).toEqual([1]);
    expect([
      ...otherPlaceColumns(
        [column('指标', 'indicator'), column('全市增速', 'actual'), column('1-8月', 'actual')],
        '桐岙县',
      ),
    ]).toEqual([]);
    expect([
      ...otherPlaceColumns([column('全市位次', 'rank'), column('桐岙县增速', 'actual')], '桐岙县'),
    ]).toEqual([]);
  });

  it('reads only the own place cells of a two-place table', () => {
    const report = parseReportText(
      [
        '2024年1-8月桐岙县经济运行情况',
        '1-8月，桐岙县经济运行总体平稳。',
        '表1 2024年1-8月桐岙县主要经济指标',
        '指标\t单位\t全省\t\t桐岙县\t',
        '\t\t1-8月\t增长%\t1-8月\t增长%',
        '现价工业总产值\t亿元\t5120.7\t3.4\t88.6\t7.9',
        '社会消费品零售总额\t亿元\t3204.5\t5.2\t61.3\t6.6',
        '',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    ).report;
    const read = report?.observations
      .filter((o) => o.source === 'table')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(read).toEqual([
      ['industrial-output', 'level', 88.6],
      ['industrial-output', 'growth', 7.9],
      ['retail-sales', 'level', 61.3],
      ['retail-sales', 'growth', 6.6],
    ]);
  });
});

describe('a price basis in an indicator name', () => {
  it.each([
    ['现价工业总产值', 'industrial-output'],
    ['可比价工业增加值', 'industrial-value-added'],
    ['现价地区生产总值', 'gdp'],
  ])('%s', (name, code) => {
    expect(lookupIndicator(name)?.code).toBe(code);
  });
});
