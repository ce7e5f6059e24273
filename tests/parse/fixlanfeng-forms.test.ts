// Forms of the held-out-47 batch's Guizhou report and draft (session 20, fixlanfeng): results set out
// as dash-led lines whose name stands as a sentence of its own (——地区生产总值。预计完成…), last year's
// level inside a change (比上年的X亿元增加Y亿元), ceilings named after a result (控制在年度计划A%以内,
// 低于A%的调控目标), and a next-year goal for a rate's rise in points. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const HEAD =
  '关于桐岙县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n' +
  '一、2021年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n';

function parse(body: string) {
  const { report } = parseReportText(HEAD + body, { sourceName: 'fixlanfeng.txt' });
  if (!report) throw new Error('no report');
  return report;
}

const observed = (body: string) =>
  parse(body).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a dash-led result line named by its first sentence', () => {
  it('gives the name to the figures after it', () => {
    const report = parse('——地区生产总值。预计完成128.4亿元，同比增长7.6%，比年度计划高0.6个百分点。');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 128.4],
      ['gdp', 'growth', 7.6],
      ['gdp', 'comparison', 0.6],
    ]);
    expect(report.targets).toMatchObject([
      { indicatorCode: 'gdp', kind: 'target', horizon: 'full-year', value: 7, derived: true },
    ]);
  });

  it('reads a growth below the plan under the name, the plan missed', () => {
    const report = parse('——规模以上工业增加值。预计增长6.2%，低于年度计划1.8个百分点，主要受停产影响。');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 6.2],
      ['industrial-value-added', 'comparison', -1.8],
    ]);
    expect(report.targets[0]).toMatchObject({ value: 8, derived: true, attainment: 'missed' });
  });

  it('gives the ranks of 总量和增速 the name too', () => {
    const report = parse(
      '——地区生产总值。完成128.4亿元，增长7.6%，总量和增速分别居湄江州9个县（市）第3位和第5位。',
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 3, 9],
      ['gdp', 5, 9],
    ]);
  });
});

describe("last year's level inside a change", () => {
  it("比上年的X亿元增加Y亿元 is a change; last year's level no observation", () => {
    expect(
      observed(
        '全县固定资产投资完成96.3亿元，比上年的88.1亿元增加8.2亿元，增长9.3%，完成年度计划（95亿元）的101.4%。',
      ),
    ).toEqual([
      ['fixed-asset-investment', 'level', 96.3],
      ['fixed-asset-investment', 'change', 8.2],
      ['fixed-asset-investment', 'growth', 9.3],
      ['fixed-asset-investment', 'share', 101.4],
    ]);
  });

  it('比去年同期X亿元增加了Y亿元 without 的 reads the same', () => {
    expect(observed('全县固定资产投资完成41.6亿元，比去年同期39.9亿元增加了1.7亿元，同比增长4.3%。')).toEqual(
      [
        ['fixed-asset-investment', 'level', 41.6],
        ['fixed-asset-investment', 'change', 1.7],
        ['fixed-asset-investment', 'growth', 4.3],
      ],
    );
  });

  it('keeps 比上年增长A% a growth', () => {
    expect(observed('全县固定资产投资完成96.3亿元，比上年增长9.3%。')).toEqual([
      ['fixed-asset-investment', 'level', 96.3],
      ['fixed-asset-investment', 'growth', 9.3],
    ]);
  });
});

describe('a ceiling named after a result', () => {
  it("控制在年度计划A%以内 is the rate's ceiling, met", () => {
    const report = parse('城镇登记失业率2.91%，控制在年度计划4%以内。');
    expect(observed('城镇登记失业率2.91%，控制在年度计划4%以内。')).toEqual([
      ['urban-unemployment-rate', 'rate', 2.91],
    ]);
    expect(report.targets).toMatchObject([
      {
        indicatorCode: 'urban-unemployment-rate',
        comparator: 'lte',
        value: 4,
        attainment: 'met',
      },
    ]);
  });

  it('低于A%的调控目标 after a price rise is its ceiling, not a second figure', () => {
    const report = parse('居民消费价格上涨1.9%，低于3%的调控目标。');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['cpi', 'growth', 1.9],
    ]);
    expect(report.targets).toMatchObject([
      {
        indicatorCode: 'cpi',
        comparator: 'lte',
        value: 3,
        horizon: 'full-year',
        attainment: 'met',
      },
    ]);
  });
});

describe('a price ceiling named 物价调控目标', () => {
  it('低于3.5%的物价调控目标 is the ceiling of the rise before it', () => {
    const report = parse('居民消费价格同比上涨2.2%，低于3.5%的物价调控目标。');
    expect(report.targets).toMatchObject([
      { indicatorCode: 'cpi', comparator: 'lte', value: 3.5, attainment: 'met' },
    ]);
  });
});

describe("a next-year goal for a rate's rise in points", () => {
  it('城镇化率提高A个百分点以上 among the measures is a goal, its verdict open', () => {
    const report = parse(
      '二、2022年国民经济和社会发展计划草案\n（三）主要工作措施\n' +
        '5.推进新型城镇化。完成棚户区改造900户，常住人口城镇化率提高1.2个百分点以上。',
    );
    expect(report.targets).toMatchObject([
      {
        indicatorCode: 'urbanisation-rate',
        horizon: 'next-year',
        comparator: 'gte',
        value: 1.2,
        unit: '个百分点',
        attainment: 'unknown',
      },
    ]);
  });
});

describe("an energy goal met in words, the higher level's", () => {
  it('能耗下降和主要污染物减排完成州下达的目标任务 is a plan of no value, met', () => {
    const report = parse('——节能减排。单位地区生产总值能耗下降和主要污染物减排完成州下达的目标任务。');
    expect(report.targets).toMatchObject([
      { indicatorCode: 'energy-emission-targets', value: null, attainment: 'met' },
    ]);
  });

  it('reads no verdict for a work that is no indicator', () => {
    expect(parse('全县脱贫攻坚完成州下达的目标任务。').targets).toEqual([]);
  });
});
