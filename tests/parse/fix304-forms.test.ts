// Forms the held-out-303 and 304 batches showed the parser missed (session 40, branch fix304). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sheetReport } from '../helpers/report.js';

describe('a sheet’s unit row with the date at its right end (F6171)', () => {
  it('reads the header under it, its levels, growths and both rank columns', () => {
    const report = sheetReport([
      ['蒿陂县2025年一季度主要经济指标', null, null, null, null, null],
      ['单位：亿元、元、%', null, null, null, null, '2025年4月18日'],
      ['指标', '单位', '1—3月', '同比±%', '全市位次', '全省位次'],
      ['地区生产总值', '亿元', 73.42, 6.1, 4, 37],
      ['社会消费品零售总额', '亿元', 21.56, 4.8, 3, 29],
      [
        '注：全市位次为在全市9个县（市、区）中的位次，全省位次为在全省96个县（市、区）中的位次。',
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(
      report.observations.filter((o) => o.indicatorCode === 'gdp').map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 73.42],
      ['growth', 6.1],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['gdp', 4],
      ['gdp', 37],
      ['retail-sales', 3],
      ['retail-sales', 29],
    ]);
  });
});

describe('外贸出口总额 as a sheet’s row (F6172)', () => {
  it('is the exports', () => {
    const report = sheetReport([
      ['蒿陂县2025年一季度主要经济指标', null, null, null],
      ['指标', '单位', '1—3月', '同比±%'],
      ['地区生产总值', '亿元', 73.42, 6.1],
      ['外贸出口总额', '亿元', 5.37, 10.6],
    ]);
    const exports = report.observations.filter((o) => o.indicatorName === '外贸出口总额');
    expect(exports.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['exports', 'level', 5.37],
      ['exports', 'growth', 10.6],
    ]);
  });
});

describe('确保…尽快由负转正, a turn wanted with no date (F6173)', () => {
  it('is no target of the year, 力争全年…由负转正 still one', () => {
    const report = parsedReport(
      [
        '蒿陂县召开2025年一季度经济形势分析会',
        '一季度，全县地区生产总值增长5.7%，税收收入下降4.2%。',
        '会议要求，确保全年地区生产总值增长6%左右。要加强财源建设，确保税收收入尽快由负转正。力争全年固定资产投资由负转正。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '蒿陂县' },
    );
    expect(report.targets.map((t) => t.indicatorCode)).toEqual(['gdp', 'fixed-asset-investment']);
  });
});

describe('a trade mode named bare, 其中边境小额贸易X亿元 (F6174)', () => {
  it('is a part of foreign trade named as written', () => {
    const report = parsedReport(
      [
        '蒿陂县2024年前三季度经济运行情况',
        '前三季度，全县地区生产总值增长5.4%。全县外贸进出口总额18.62亿元，同比增长22.7%，其中边境小额贸易7.45亿元，增长35.1%。',
      ].join('\n'),
      { sourceName: 'stats.txt', region: '蒿陂县' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorName === '边境小额贸易')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 7.45],
      ['growth', 35.1],
    ]);
  });
});

describe('a named aggregate after a bare 县, the county itself (F6175)', () => {
  it('is named without the 县', () => {
    const report = parsedReport(
      [
        '蒿陂县2024年国民经济和社会发展计划执行情况的报告',
        '一、执行情况',
        '全县地区生产总值增长5.2%。县离岛免税店销售额8.26亿元，下降9.4%，降幅比上半年收窄3.1个百分点。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorName === '离岛免税店销售额')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 8.26],
      ['growth', -9.4],
      ['change', 3.1],
    ]);
  });
});
