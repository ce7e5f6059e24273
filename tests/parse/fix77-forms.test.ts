// Forms the seventy-seventh held-out batch showed the parser missed (session 26, branch fix77): a budget
// report's revenue gap to its budget (超收, 短收) said between the revenue and its growth and rank, which took
// the chain's subject; and a workbook's 总计 row over a table of industries, read as an indicator of its own.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

describe('超收/短收 between a budget revenue and its growth (F1671)', () => {
  const text = [
    '关于棠川县2024年预算执行情况和2025年预算草案的报告',
    '全县一般公共预算收入完成5,210万元，为年初预算5,000万元的104.2%，超收210万元，同比增长7.3%，增速居榕州市6个县（区）第3位。',
  ].join('\n');

  it('keeps the revenue as the subject of the growth and rank after the gap', () => {
    const report = parsedReport(text, { sourceName: 'budget.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'general-budget-revenue')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toContainEqual(['growth', 7.3]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['general-budget-revenue', 3]]);
  });

  it('reads the gap itself as a fact only, no change over last year', () => {
    const report = parsedReport(text, { sourceName: 'budget.txt' });
    expect(report.observations.some((o) => o.quantity?.value === 210)).toBe(false);
    expect(report.facts.some((f) => f.quantity.value === 210)).toBe(true);
  });
});

/** A monthly sheet of indicators, then the industrial output by industry under a 总计 row. */
const INDUSTRIES: SheetCell[][] = [
  ['棠川县2024年1—9月主要经济指标', null, null, null],
  ['指标名称', '计量单位', '1—9月累计', '同比增长%'],
  ['规模以上工业总产值', '万元', '25830', '9.4'],
  ['固定资产投资', '%', '—', '6.2'],
  [null, null, null, null],
  ['行业', '计量单位', '1—9月累计', '同比增长%'],
  ['总计', '万元', '25830', '9.4'],
  ['采矿业', '万元', '6120', '-3.1'],
  ['制造业', '万元', '19710', '13.2'],
];

describe('a 总计 row over the industries of a workbook’s sheet (F1672)', () => {
  it('names no indicator of its own; the industries keep theirs', () => {
    const { observations } = sheetReport(INDUSTRIES, 'industries.xls');
    expect(observations.some((o) => o.indicatorName === '总计')).toBe(false);
    expect(observations.some((o) => o.indicatorName === '采矿业')).toBe(true);
  });
});

describe('a year’s goal in brackets after its name, before the gap to it (F1673)', () => {
  it('reads the bracketed goal as the target and the gap as a comparison with it, no plan derived', () => {
    const text = [
      '棠川县2024年1—11月经济运行情况',
      '1—11月，固定资产投资同比增长5.4%，较年度目标（增长9%）低3.6个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.derived, t.horizon])).toEqual([
      ['fixed-asset-investment', 9, false, 'full-year'],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'growth', 5.4],
      ['fixed-asset-investment', 'comparison', -3.6],
    ]);
  });
});

const VISIT_PAGE = [
  '棠川县人大常委会组织代表视察重点项目建设和1—11月经济运行情况',
  '发布时间：2024-12-20　来源：棠川县人大常委会办公室',
  '12月17日，县人大常委会组织代表视察重点项目。棠川至石门二级公路改建工程全长24.2公里，总投资3.6亿元，今年计划投资1.2亿元，已完成1.05亿元，累计完成投资2.4亿元，路基工程全部完成。棠川城区老旧小区改造工程涉及小区9个、住户860户，总投资4200万元，已于10月底全部完工。前三季度，全县实现地区生产总值48.7亿元，同比增长6.1%。',
];

describe('a project’s year’s amount done, then its amount done since the start (F1674)', () => {
  it('gives the amount since the start as the amount done', () => {
    const { projects } = parsedReport(VISIT_PAGE.join('\n'), { sourceName: 'news.html' });
    const road = projects.find((p) => p.name === '棠川至石门二级公路改建工程');
    expect(road?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toEqual([
      [360000000, 240000000],
    ]);
  });
});

describe('what the works reach (涉及小区a个、住户b户) between a project’s name and its total (F1675)', () => {
  it('is no part of the name; the project is read with its total', () => {
    const { projects } = parsedReport(VISIT_PAGE.join('\n'), { sourceName: 'news.html' });
    const estates = projects.find((p) => p.name === '棠川城区老旧小区改造工程');
    expect(estates?.mentions.map((m) => m.plannedInvestment)).toEqual([42000000]);
  });
});

describe('a congress’s page on its deputies’ 视察 of the economy (F1676)', () => {
  it('is a news summary, not a statistics analysis, though its title names 经济运行情况', () => {
    const { meta } = parsedReport(VISIT_PAGE.join('\n'), { sourceName: 'news.html' });
    expect(meta.genre).toBe('news-summary');
  });
});

describe('a budget’s growth over last year’s outturn (比上年完成数增长) (F1677)', () => {
  it('is the growth of the budget line before it: next year’s goal in the draft part', () => {
    const text = [
      '关于棠川县2024年预算执行情况和2025年预算草案的报告',
      '二、2025年预算草案',
      '全县一般公共预算收入安排5,210万元，比上年完成数增长5.0%。全县一般公共预算支出安排26,400万元，比上年完成数下降3.2%。',
    ].join('\n');
    const { targets } = parsedReport(text, { sourceName: 'budget.txt' });
    expect(targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['general-budget-revenue', 5210, 'next-year'],
      ['general-budget-revenue', 5, 'next-year'],
      ['general-budget-expenditure', 26400, 'next-year'],
      ['general-budget-expenditure', -3.2, 'next-year'],
    ]);
  });
});
