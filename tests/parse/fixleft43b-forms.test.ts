// Forms older batches' leftovers showed the parser missed (session 43, branch fixleft43b). Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('hengting-2025-fy-news.txt');

/** The targets a report reads, as form tests compare them: indicator, horizon, value, comparator. */
const targetRows = (lines: string[]) =>
  read(...lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.comparator]);

describe('a quoted plan’s end-year level after its pace (《纲要》提出，甲年均增长A%左右，到2030年突破X亿元；乙…: F7171)', () => {
  const lines = [
    '蘅汀县“十五五”规划纲要获批',
    '2025年，蘅汀县实现地区生产总值512.4亿元，同比增长5.9%。',
    '《纲要》提出，“十五五”时期全县地区生产总值年均增长6%左右，到2030年突破680亿元；一般公共预算收入年均增长5%左右，到2030年达到31亿元；常住人口城镇化率达到63%。',
  ];

  it('reads each end-year level as its indicator’s five-year target, the ；-part after the cue too', () => {
    const rows = targetRows(lines);
    expect(rows).toContainEqual(['gdp', 'five-year', 6, '%', 'approx']);
    expect(rows).toContainEqual(['gdp', 'five-year', 680, '亿元', 'gt']);
    expect(rows).toContainEqual(['general-budget-revenue', 'five-year', 5, '%', 'approx']);
    expect(rows).toContainEqual(['general-budget-revenue', 'five-year', 31, '亿元', 'eq']);
  });

  it('leaves a plan period’s end named in a review of results to its old reading (no five-year goal)', () => {
    const rows = targetRows([
      '蘅汀县2025年经济运行情况',
      '2025年，全县地区生产总值年均增长5.1%，到2025年达到512.4亿元。',
    ]);
    expect(rows.filter((r) => r[1] === 'five-year')).toEqual([]);
  });
});
