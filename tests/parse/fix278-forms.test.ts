// Forms the two-hundred-and-seventy-eighth held-out batch showed the parser missed (session 39, branch fix278): a
// plan-execution table's note giving its year-named goal columns (2025年计划, 2026年计划) a growth unit by their word
// (计划栏…均为比上年增长（%）) and excepting a row written with its unit (除城镇新增就业（人）外). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { goalReadsAsLevel } from '../../src/parse/table-note-goal-level.js';
import { noteColumnUnits, noteExceptedRows, noteUnitOf } from '../../src/parse/table-note-units.js';
import { parsedReport } from '../helpers/report.js';

const NOTE = '注：计划栏除城镇新增就业（人）外均为比上年增长（%）；工业增加值只公布增速。';

const TABLE_REPORT = [
  '关于苇浦县2027年国民经济和社会发展计划执行情况与2028年国民经济和社会发展计划草案的报告',
  '一、2027年国民经济和社会发展计划执行情况',
  '全县实现地区生产总值74.36亿元，比上年增长5.1%。一般公共预算收入3.28亿元，增长2.6%。城镇新增就业1420人。',
  '附表　苇浦县2027年主要经济指标完成情况及2028年计划',
  '指标名称\t单位\t2027年计划\t2027年完成\t比上年增长（%）\t2028年计划',
  '地区生产总值\t亿元\t5.5\t74.36\t5.1\t6左右',
  '一般公共预算收入\t亿元\t4\t3.28\t2.6\t3',
  '城镇居民人均可支配收入\t元\t6\t28413\t5.2\t5.5',
  '城镇新增就业\t人\t1400\t1420\t-\t1450以上',
  '粮食总产量\t亿斤\t-\t57.6\t2.1\t55以上',
  NOTE,
].join('\n');

describe('a note giving year-named goal columns a growth unit by their word (F5781)', () => {
  it('reads 比上年增长（%） as the unit of the columns the note names', () => {
    expect([...noteColumnUnits(NOTE)]).toEqual([['计划', '%']]);
  });

  it('finds the column word under a header with its year', () => {
    expect(noteUnitOf(noteColumnUnits(NOTE), '2028年计划')).toBe('%');
    expect(noteUnitOf(noteColumnUnits(NOTE), '2027年完成')).toBeNull();
  });

  it('reads the row excepted with its unit in brackets', () => {
    expect(noteExceptedRows(NOTE)).toEqual(['城镇新增就业']);
  });

  it('reads the year and next year’s bare goals as growths, the excepted row in its own unit', () => {
    const report = parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['gdp', 'full-year', 5.5, '%'],
        ['general-budget-revenue', 'full-year', 4, '%'],
        ['urban-disposable-income-per-capita', 'full-year', 6, '%'],
        ['gdp', 'next-year', 6, '%'],
        ['general-budget-revenue', 'next-year', 3, '%'],
        ['urban-disposable-income-per-capita', 'next-year', 5.5, '%'],
        ['new-urban-jobs', 'full-year', 1400, '人'],
        ['new-urban-jobs', 'next-year', 1450, '人'],
      ]),
    );
    expect(goals.filter((g) => g[3] === '亿元' || g[3] === '元')).toEqual([]);
  });
});

describe('a news headline’s 预计全年 forecast dates no period (F5782)', () => {
  it('reads the period the body reports, not the headline’s forecast year', () => {
    const report = parsedReport(
      [
        '苇浦旗秋收接近尾声 预计全年粮食总产量18.4亿斤',
        '2027-11-03 09:10　来源：苇浦旗融媒体中心',
        '截至11月2日，全旗秋粮已收获201.5万亩，占播种面积的98.6%。',
        '据旗农牧局测算，预计今年全旗粮食总产量达到18.4亿斤，增长3.2%。',
        '前三季度，全旗农林牧渔业总产值完成41.62亿元，同比增长4.7%。',
        '前三季度，全旗农村牧区常住居民人均可支配收入12408元，同比增长6.1%。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(report.meta.period).toBe('2027-Q3');
  });
});

describe('a goal the note calls a growth that reads as the row’s level (F5783)', () => {
  it('reads 55以上 beside the row’s 57.6 as a level in its unit, small goals still growths', () => {
    expect(goalReadsAsLevel('55以上', [57.6])).toBe(true);
    expect(goalReadsAsLevel('8', [8.46])).toBe(false);
    expect(goalReadsAsLevel('55以上', [186.4])).toBe(false);
  });

  it('keeps the grain row’s next-year goal in 亿斤', () => {
    const report = parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
    const grain = report.targets.filter((t) => t.indicatorCode === 'grain-output');
    expect(grain.map((t) => [t.horizon, t.value, t.unit, t.comparator])).toEqual([
      ['next-year', 55, '亿斤', 'gte'],
    ]);
  });
});
