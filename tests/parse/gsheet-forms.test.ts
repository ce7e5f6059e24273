// Forms of statistics bureaus' monthly indicator tables (主要经济指标, documents 391–400 of docs/corpus.md),
// as a workbook or a page gives them, in tables of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { monthColumnPeriod } from '../../src/parse/table-month-columns.js';
import { parsedReport } from '../helpers/report.js';

const observed = (...lines: string[]) => {
  const report = parsedReport(lines.join('\n'), { sourceName: 'gsheet.txt' });
  return report.observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.quantity?.unit ?? null,
    o.period ?? null,
  ]);
};

describe('columns of the month alone', () => {
  it('knows 本月, 当月, N月 and 比去年同月 from 1-本月, 累计 and a month-end balance', () => {
    expect(monthColumnPeriod('本月', '2024-M1-8')).toBe('2024-M8-8');
    expect(monthColumnPeriod('8月本月', '2024-M1-8')).toBe('2024-M8-8');
    expect(monthColumnPeriod('比去年同月增长(%)', '2022-Q3')).toBe('2022-M9-9');
    expect(monthColumnPeriod('7月同比增长(%)', '2024-M1-8')).toBe('2024-M7-7');
    expect(monthColumnPeriod('1-本月', '2024-M1-8')).toBeNull();
    expect(monthColumnPeriod('本月止累计', '2024-M1-8')).toBeNull();
    expect(monthColumnPeriod('1-8月累计', '2024-M1-8')).toBeNull();
    expect(monthColumnPeriod('8月末', '2024-M1-8')).toBeNull();
    expect(monthColumnPeriod('比去年同期增长(%)', '2024-M1-8')).toBeNull();
  });

  it('reads 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) as the month and the months so far', () => {
    expect(
      observed(
        '岚岙县2023年1-5月主要经济指标',
        '指标\t本月\t比去年同月增长(%)\t1-本月\t比去年同期增长(%)',
        '社会消费品零售总额(万元)\t3521\t6.2\t17408\t4.5',
      ),
    ).toEqual([
      ['retail-sales', 'level', 3521, '万元', '2023-M5-5'],
      ['retail-sales', 'growth', 6.2, '%', '2023-M5-5'],
      ['retail-sales', 'level', 17408, '万元', null],
      ['retail-sales', 'growth', 4.5, '%', null],
    ]);
  });

  it('reads a two-row header whose month and months so far each span 本月/累计 and 同比增长(%)', () => {
    expect(
      observed(
        '岚岙县2023年1-5月主要经济指标',
        '指标名称\t单位\t5月\t\t1-5月\t',
        '\t\t本月\t同比增长(%)\t累计\t同比增长(%)',
        '全社会用电量\t万千瓦时\t2315\t7.4\t11026\t5.8',
        '固定资产投资\t万元\t—\t—\t86420\t3.1',
      ),
    ).toEqual([
      ['electricity-consumption', 'level', 2315, '万千瓦时', '2023-M5-5'],
      ['electricity-consumption', 'growth', 7.4, '%', '2023-M5-5'],
      ['electricity-consumption', 'level', 11026, '万千瓦时', null],
      ['electricity-consumption', 'growth', 5.8, '%', null],
      ['fixed-asset-investment', 'level', 86420, '万元', null],
      ['fixed-asset-investment', 'growth', 3.1, '%', null],
    ]);
  });
});

describe('balances and parts of a monthly table', () => {
  it('reads an N月末 column as the balance and 本外币各项存款余额 as deposits', () => {
    expect(
      observed(
        '岚岙县2023年1-5月主要经济指标',
        '指标名称\t单位\t5月末\t比年初增长(%)',
        '金融机构本外币各项存款余额\t亿元\t142.36\t5.1',
        '本外币各项贷款余额\t亿元\t98.07\t3.9',
      ),
    ).toEqual([
      ['deposits', 'level', 142.36, '亿元', null],
      ['deposits', 'growth', 5.1, '%', null],
      ['loans', 'level', 98.07, '亿元', null],
      ['loans', 'growth', 3.9, '%', null],
    ]);
  });

  it('gives a # row and the unmarked rows after it the unit of their whole, until a row has its own', () => {
    const rows = observed(
      '岚岙县2023年1-5月主要经济指标',
      '指标\t1-5月\t同比增长(%)',
      '社会消费品零售总额(万元)\t17408\t4.5',
      '# 批发零售业\t15230\t3.9',
      '住宿餐饮业\t2178\t8.6',
      '全社会用电量(万千瓦时)\t11026\t5.8',
    ).filter((o) => o[1] === 'level');
    expect(rows.map((o) => [o[2], o[3]])).toEqual([
      [17408, '万元'],
      [15230, '万元'],
      [2178, '万元'],
      [11026, '万千瓦时'],
    ]);
  });
});
