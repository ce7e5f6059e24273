// Forms the held-out-244 and held-out-245 batches showed the parser missed (session 37, branch fix244): a
// bureau's monthly titled by one month over 本月 | 累计 columns and a 地区生产总值（上半年） row (read as the
// half, no month); 甲指标增速与全市持平 with the indicator named before 增速; a district department's title
// 甲市乙区发展和改革局关于… (read as the city). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county bureau's monthly sheet: title, the month, header with 本月 and 累计, a GDP row of its quarter. */
const MONTHLY_SHEET: SheetCell[][] = [
  ['甲川县2026年8月统计月报——主要经济指标', null, null, null, null],
  ['2026年8月', null, null, null, null],
  ['指标', '单位', '本月', '累计', '同比±%'],
  ['地区生产总值（上半年）', '亿元', '空', 61.5, 4.8],
  ['规模以上工业总产值', '亿元', 9.12, 70.4, 3.6],
  ['社会消费品零售总额', '亿元', '空', 22.8, 5.1],
  ['一般公共预算收入', '万元', 4120, 35260, 2.4],
  ['其中：税收收入', '万元', 3015, 26480, 1.9],
  ['全社会用电量', '万千瓦时', 5230, 40115, 3.3],
  ['注：地区生产总值按季度核算，累计栏为上半年数据。', null, null, null, null],
  ['甲川县统计局', null, null, null, null],
];

describe('a monthly titled by its month N over 本月 and 累计 columns (F5071, F5072)', () => {
  it('reads the report as 1—N月, not as the half a GDP row names in brackets', () => {
    const report = sheetReport(MONTHLY_SHEET, 'monthly.xls');
    expect(report.meta.period).toBe('2026-M1-8');
  });

  it('keeps the bracketed row’s own period for its figures and the month for 本月', () => {
    const report = sheetReport(MONTHLY_SHEET, 'monthly.xls');
    const levels = report.observations
      .filter((o) => o.measure === 'level')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.period]);
    expect(levels).toContainEqual(['gdp', 61.5, '2026-H1']);
    expect(levels).toContainEqual(['industrial-output', 9.12, '2026-M8-8']);
  });

  it('reads no month from a sheet without a 累计 column', () => {
    const rows = MONTHLY_SHEET.map((row, i) =>
      i === 2 ? ['指标', '单位', '本月', '上年同月', '同比±%'] : row,
    );
    // Refused, or read from another source: never 1—8月 from the title's month alone.
    let period: string | null = null;
    try {
      period = sheetReport(rows, 'monthly.xls').meta.period;
    } catch {
      period = null;
    }
    expect(period).not.toBe('2026-M1-8');
  });
});

const FLAT = [
  '甲川县发展和改革局关于2026年1—10月国民经济和社会发展计划执行情况的报告',
  '1—10月，全县地区生产总值完成120.5亿元，增长5.1%。',
  '城镇居民人均可支配收入21000元，增长5.0%；农村居民人均可支配收入11000元，增长6.1%，城乡居民人均可支配收入增速与全市持平。',
  '社会消费品零售总额50.2亿元，增长4.0%，固定资产投资增速与乙州市持平。',
].join('\n');

describe('甲指标增速与某市持平, the indicator named before 增速 (F5073)', () => {
  it('is a comparison of 0个百分点 of the named indicator with that place', () => {
    const comparisons = parsedReport(FLAT, { sourceName: 'plan.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]);
    expect(comparisons).toContainEqual(['disposable-income-per-capita', 0, '全市']);
    expect(comparisons).toContainEqual(['fixed-asset-investment', 0, '乙州市']);
  });

  it('gives no comparison for 与上年持平 (an earlier period is no place)', () => {
    const text = [FLAT.split('\n')[0], '1—10月，全县固定资产投资增速与上年持平。'].join('\n');
    const comparisons = parsedReport(text, { sourceName: 'plan.txt' }).observations.filter(
      (o) => o.measure === 'comparison',
    );
    expect(comparisons).toEqual([]);
  });
});

describe('甲市乙区发展和改革局关于…的报告: a district department’s title (F5074)', () => {
  it('names the district, the city its parent', () => {
    const text = [
      '甲州市乙沥区发展和改革局关于2026年一季度国民经济和社会发展计划执行情况的报告',
      '一季度，全区实现地区生产总值80.4亿元，同比增长4.6%。',
    ].join('\n');
    const meta = parsedReport(text, { sourceName: 'plan.txt' }).meta;
    expect([meta.region, meta.parentRegion, meta.period]).toEqual(['乙沥区', '甲州市', '2026-Q1']);
  });
});

describe('甲项目年度计划投资X亿元，一季度完成Y亿元: the quarter before a bare 完成 (F5075)', () => {
  it('gives the project its year plan as planned and the quarter’s amount as completed, 项目 kept', () => {
    const text = [
      '甲州市乙沥区发展和改革局关于2026年一季度国民经济和社会发展计划执行情况的报告',
      '一季度，全区实现地区生产总值80.4亿元，同比增长4.6%。',
      '二、重点项目推进情况',
      '丙河西站综合客运枢纽项目年度计划投资4.2亿元，一季度完成1.1亿元。乙沥区中医院迁建工程主体封顶。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toContainEqual(['丙河西站综合客运枢纽项目', 420000000, 110000000]);
  });
});
