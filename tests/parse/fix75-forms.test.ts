// Forms the seventy-fifth held-out batch showed the parser missed (session 25, branch fix75): a county
// investment table's share column headed by the place's own total (占全县投资比重), and a branch row
// under an industry there (第二产业 | 其中：工业) standing for the branch's investment, not a subject of
// its own; a half-year review's goal quoted in brackets between the benchmark and the gap
// (低于年计划（6%）1.1个百分点), or its growth (低于年计划增速（7%）); a fall bounded as a goal
// (降幅收窄到10%以内) and a result's fall told the same way; a news headline of a ceremony held for a
// batch of projects (某县举行第二季度重大项目集中开工仪式), no project of its own.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a county investment table: 占全县投资比重 and 其中：工业 under 第二产业', () => {
  const text = [
    '岑陂县2024年上半年经济运行简况',
    '上半年，全县经济平稳运行。',
    '岑陂县2024年1—6月固定资产投资分类完成情况',
    '指标\t年度计划（亿元）\t1—6月完成（亿元）\t同比增长（%）\t占全县投资比重（%）\t完成年度计划（%）',
    '固定资产投资\t36\t18.4\t7.2\t100\t51.1',
    '按产业分：第二产业\t14\t6.9\t9.6\t37.5\t49.3',
    '其中：工业\t13.2\t6.3\t10.4\t34.2\t47.7',
    '第三产业\t20.5\t10.8\t5.1\t58.7\t52.7',
    '',
  ].join('\n');

  it('reads the share of the county’s investment beside the share of the plan', () => {
    const shares = parsedReport(text, { sourceName: 'cenpo.txt' })
      .observations.filter((o) => o.source === 'table' && o.measure === 'share')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(shares).toEqual(
      expect.arrayContaining([
        ['第二产业投资', 37.5],
        ['第二产业投资', 49.3],
        ['工业投资', 34.2],
        ['第三产业投资', 58.7],
      ]),
    );
  });

  it('reads 工业 under 第二产业 as the industrial investment, with its plan', () => {
    const report = parsedReport(text, { sourceName: 'cenpo.txt' });
    expect(report.observations.filter((o) => o.indicatorName === '工业').length).toBe(0);
    expect(report.targets.filter((t) => t.value === 13.2).map((t) => [t.indicatorCode, t.unit])).toEqual([
      ['industrial-investment', '亿元'],
    ]);
  });
});

const reviewReport = (lines: readonly string[]) =>
  parsedReport(
    [
      '关于岑陂县2023年上半年国民经济和社会发展计划执行情况的审查报告',
      '一、上半年计划执行的基本情况',
      ...lines,
    ].join('\n'),
    { sourceName: 'cenpo-review.txt' },
  );

describe('a year’s plan quoted in brackets between the benchmark and the gap (低于年计划（6%）1.1个百分点)', () => {
  it('reads the plan as the target and the gap as a comparison, no rate of the bracket', () => {
    const report = reviewReport([
      '——居民收入。城镇居民人均可支配收入达到21350元，同比增长5.2%，低于年计划（7%）1.8个百分点。',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['urban-disposable-income-per-capita', 'level', 21350],
      ['urban-disposable-income-per-capita', 'growth', 5.2],
      ['urban-disposable-income-per-capita', 'comparison', -1.8],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.attainment])).toEqual([
      ['urban-disposable-income-per-capita', 7, '%', 'missed'],
    ]);
  });

  it('reads the gap when the plan’s growth is named before the bracket (年计划增速（7%）)', () => {
    const report = reviewReport([
      '——经济总量。上半年全县实现地区生产总值37.6亿元，同比增长6.1%，低于年计划增速（7.5%）1.4个百分点。',
    ]);
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['gdp', -1.4]]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit])).toEqual([['gdp', 7.5, '%']]);
  });
});

describe('a fall held to a bound: 降幅收窄到N%以内 (a goal) and 降幅收窄到N% (a result)', () => {
  it('reads the goal as a growth of at least −N', () => {
    const report = reviewReport([
      '（一）紧盯目标补短板。确保地区生产总值增长6.5%左右，外贸进出口总额力争降幅收窄到8%以内。',
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.comparator])).toEqual([
      ['gdp', 6.5, '%', 'approx'],
      ['foreign-trade', -8, '%', 'gte'],
    ]);
  });

  it('reads the result as a fall of that size', () => {
    const report = reviewReport(['上半年，全县固定资产投资降幅收窄到4.3%。']);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'growth', -4.3],
    ]);
  });
});

describe('a ceremony held for a batch of projects (举行…重大项目集中开工仪式)', () => {
  it('names no project', () => {
    const report = parsedReport(
      [
        '岑陂县2025年上半年主要指标实现“双过半”',
        '上半年，全县固定资产投资完成21.4亿元，同比增长6.3%。',
        '6月28日，岑陂县举行第二季度重大项目集中开工仪式，当天集中开工项目9个，总投资13.2亿元，涵盖新型工业、文化旅游等领域。',
      ].join('\n'),
      { sourceName: 'cenpo-news.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});
