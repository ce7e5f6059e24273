// Forms the fifty-ninth held-out batch showed the parser missed (session 23, branch fix59): the earlier
// growth a change is told from without 增速 (比上半年的A%加快B个百分点); a comparison after a fall
// conceded with 但仍; one margin under two benchmarks (比全省、全市均低B个百分点); a fall turned from an
// earlier period's growth (由一季度增长A%转为下降B%: the second figure the report's own); the fifth part
// of farm output under its classification name (农林牧渔专业及辅助性活动产值); a building's main works as
// a project's progress, not a project (冷库主体工程完工); a holiday week's visitors and takings (facts only).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.period ?? null,
  ]);

const NEWS_HEAD = ['棠川县前三季度经济运行情况', '2023-10-26 09:12　来源：棠川县融媒体中心'];
const PLAN_HEAD = ['关于柘湾区2022年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况'];

describe('比上半年的A%加快B个百分点: the earlier growth the change is told from, 增速 left unsaid', () => {
  it('is the earlier period’s growth, not a rate', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，全县规模以上工业增加值同比增长8.4%，比上半年的5.7%加快2.7个百分点。',
    ].join('\n');
    expect(observationsOf(text)).toEqual([
      ['industrial-value-added', 'growth', 8.4, null],
      ['industrial-value-added', 'growth', 5.7, '2023-H1'],
      ['industrial-value-added', 'change', 2.7, null],
    ]);
  });
});

describe('增速较上半年回落B个百分点，但仍高于全省C个百分点，位居全市第N', () => {
  it('keeps the comparison and the rank with the chain’s indicator', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，全县固定资产投资同比增长11.3%，增速较上半年回落2.2个百分点，但仍高于全省7.6个百分点，位居全市第四。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(observationsOf(text)).toEqual([
      ['fixed-asset-investment', 'growth', 11.3, null],
      ['fixed-asset-investment', 'change', -2.2, null],
      ['fixed-asset-investment', 'comparison', 7.6, null],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['fixed-asset-investment', 4]]);
  });
});

describe('比全省、全市均低B个百分点: one margin under two benchmarks', () => {
  it('is one comparison, and the share after it stays the chain’s', () => {
    const text = [
      ...PLAN_HEAD,
      '实现社会消费品零售总额16.25亿元，同比增长1.8%，比全省、全市均低2.4个百分点，完成年度目标的47.2%。',
    ].join('\n');
    expect(observationsOf(text, 'report.txt')).toEqual([
      ['retail-sales', 'level', 16.25, null],
      ['retail-sales', 'growth', 1.8, null],
      ['retail-sales', 'comparison', -2.4, null],
      ['retail-sales', 'share', 47.2, null],
    ]);
  });
});

describe('由一季度增长A%转为下降B%: a fall turned from an earlier growth', () => {
  it('scopes the first figure to the quarter and keeps the second the report’s', () => {
    const text = [
      ...PLAN_HEAD,
      '全区固定资产投资同比下降5.3%。',
      '二、存在的问题',
      '固定资产投资由一季度增长3.9%转为下降5.3%，完成全年目标任务压力大。',
    ].join('\n');
    expect(observationsOf(text, 'report.txt')).toEqual([
      ['fixed-asset-investment', 'growth', -5.3, null],
      ['fixed-asset-investment', 'growth', 3.9, '2022-Q1'],
      ['fixed-asset-investment', 'growth', -5.3, null],
    ]);
  });
});

describe('农林牧渔专业及辅助性活动产值, the fifth part of farm output', () => {
  it('is an indicator under its classification name, its 及 no list', () => {
    const text = [
      ...PLAN_HEAD,
      '完成农林牧渔业总产值18.27亿元，同比增长5.3%。其中，渔业产值0.52亿元，增长2.6%；农林牧渔专业及辅助性活动产值0.61亿元，增长6.4%。',
    ].join('\n');
    expect(observationsOf(text, 'report.txt')).toContainEqual([
      '农林牧渔专业及辅助性活动产值',
      'level',
      0.61,
      null,
    ]);
    expect(observationsOf(text, 'report.txt')).toContainEqual([
      '农林牧渔专业及辅助性活动产值',
      'growth',
      6.4,
      null,
    ]);
  });
});

describe('冷库主体工程完工: a building’s main works after the project’s amounts', () => {
  it('is the project’s progress, not a project', () => {
    const text = [
      ...PLAN_HEAD,
      '全区固定资产投资同比增长6.1%。柘湾区农产品冷链物流中心总投资5.2亿元，完成投资1.06亿元，冷库主体工程完工。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.projects.map((p) => p.name)).toEqual(['柘湾区农产品冷链物流中心']);
  });
});

describe('“十一”黄金周期间…接待游客, a holiday week’s figures', () => {
  it('are facts only, not the period’s tourism indicators', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，全县社会消费品零售总额18.62亿元，同比增长6.4%；接待游客214.6万人次，同比增长21.3%。',
      '“十一”黄金周期间，全县接待游客12.4万人次，实现旅游收入0.86亿元，分别增长28.5%和31.2%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(observationsOf(text)).toEqual([
      ['retail-sales', 'level', 18.62, null],
      ['retail-sales', 'growth', 6.4, null],
      ['tourist-arrivals', 'level', 214.6, null],
      ['tourist-arrivals', 'growth', 21.3, null],
    ]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(
      expect.arrayContaining([12.4, 0.86, 28.5, 31.2]),
    );
  });

  it('gives the figures back to a period said after the window', () => {
    const text = [
      ...NEWS_HEAD,
      '春节期间，全县规上工业企业坚持生产，1-9月规模以上工业增加值同比增长7.2%。',
    ].join('\n');
    expect(observationsOf(text)).toEqual([['industrial-value-added', 'growth', 7.2, null]]);
  });
});
