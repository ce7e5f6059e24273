// Price indices in indicator tables: 101.2 against the previous year = 100 is a 1.2% rise.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (rows: string) =>
  [
    '某某县2021年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年执行情况',
    '主要指标完成情况表',
    '指标名称|单位|全年目标|上半年完成',
    rows,
    '二、下半年工作安排',
    '',
  ].join('\n');

function cpi(rows: string) {
  const parsed = parseReportText(report(rows), { sourceName: 'index.txt' }).report;
  const name = (code: string) => parsed?.indicators.find((i) => i.code === code)?.name;
  return {
    name: name('cpi'),
    actual: parsed?.observations.find((o) => o.indicatorCode === 'cpi' && o.source === 'table'),
    target: parsed?.targets.find((t) => t.indicatorCode === 'cpi'),
  };
}

describe('price indices in tables', () => {
  it('reads an index number as the change it states, keeping the cell as written', () => {
    const { actual, target } = cpi('居民消费价格指数|%|3%以内|101.2');
    expect(actual?.quantity).toMatchObject({ value: 1.2, unit: '%', baseUnit: '%', raw: '101.2' });
    expect(actual?.measure).toBe('growth');
    expect(target?.attainment).toBe('met');
  });

  it('takes the base from the row name, which is not a unit', () => {
    const { name, actual } = cpi('居民消费价格指数(上年=100)||3%左右|98.5');
    expect(name).toBe('居民消费价格指数');
    expect(actual?.quantity).toMatchObject({ value: -1.5, unit: '%' });
  });

  it('leaves changes written as such alone', () => {
    expect(cpi('居民消费价格指数|%|3%以内|2.5%').actual?.quantity?.value).toBe(2.5);
    expect(cpi('居民消费价格指数||3%以内|1.8').actual?.quantity?.value).toBe(1.8);
  });
});
