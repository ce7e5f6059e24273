// Forms held-out-33 showed the parser missed (branch fixjuexi), in sentences of our own with invented
// places and figures: a county-level city's half-year report that names its parent only beside the
// province in a programme (列入省、某某市重点调度的项目) and ranks itself in brackets (（居全市第3位）).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { listedParent } from '../../src/parse/prose-rank-parent.js';

const parsed = (...prose: string[]) => {
  const text = [
    '岑溪市2014年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    ...prose,
  ].join('\n');
  const report = parseReportText(text, { sourceName: 'fixjuexi.txt' }).report;
  if (!report) throw new Error('no report');
  return report;
};

describe('the parent named beside the province in a programme (列入省、某某市重点调度的项目)', () => {
  it.each([
    ['全市列入省、澧岚市重点调度的项目18个', '澧岚市'],
    ['省、澧岚市级重点项目完成投资8.2亿元', '澧岚市'],
    ['全州列入省、蒲川州重点的项目9个', '蒲川州'],
    ['全市283个省、市重点项目完成投资', null],
    ['列入省重点项目5个', null],
  ])('%s → %s', (text, parent) => {
    expect(listedParent(text, null)).toBe(parent);
  });

  it('is not the text’s own place', () => {
    expect(listedParent('列入省、岑溪市重点调度的项目12个', '岑溪市')).toBeNull();
  });

  it('scopes the bracketed 居全市第N位 ranks by that parent', () => {
    const report = parsed(
      '上半年，全市完成地区生产总值42.15亿元，同比增长9.6%（居全市第2位）。',
      '全社会固定资产投资完成31.08亿元，增长24.1%（居全市第5位）。全市列入省、澧岚市重点调度的项目17个，完成投资9.42亿元。',
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 2, '澧岚市'],
      ['fixed-asset-investment', 5, '澧岚市'],
    ]);
  });

  it('leaves 全市 alone when the programme names no city (省、市重点)', () => {
    const report = parsed(
      '上半年，全市完成地区生产总值42.15亿元，同比增长9.6%（居全市第2位）。列入省、市重点调度的项目17个。',
    );
    expect(report.rankings.map((r) => r.scope)).toEqual(['全市']);
  });
});

describe('a goal in the clause, then the pace against an earlier part of the year (年度目标为15%，增速比一季度回落B个百分点)', () => {
  it('ends the goal where the pace is measured against the quarter: the change is the result’s', () => {
    const report = parsed(
      '规模以上工业增加值完成18.42亿元，增长11.3%，年度目标为12%（居全市第4位），增速比一季度回落1.2个百分点。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'level', 18.42],
      ['industrial-value-added', 'growth', 11.3],
      ['industrial-value-added', 'change', -1.2],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['industrial-value-added', 12, 'full-year'],
    ]);
  });
});

describe('the year’s plan after the result (实际利用外资X万美元，增长A%，年计划为Y万美元)', () => {
  it('reads 年计划为 as the full-year target of the indicator before it, not a fact of its own', () => {
    const report = parsed(
      '实际利用外资1960万美元，增长9.4%，年计划为4200万美元；外贸出口0.82亿美元，增长6.1%。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.horizon, t.attainment])).toEqual([
      ['foreign-investment', 4200, '万美元', 'full-year', 'unknown'],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['foreign-investment', 'level', 1960],
      ['foreign-investment', 'growth', 9.4],
      ['exports', 'level', 0.82],
      ['exports', 'growth', 6.1],
    ]);
  });
});

describe('Hunan’s 地方收入 and a count of the subjects just told (两项增速分别高于全市平均a和b个百分点)', () => {
  const review = (...prose: string[]) => {
    const text = ['关于岚沙县2020年国民经济和社会发展计划执行情况的审议意见', '一、总体评价', ...prose].join(
      '\n',
    );
    const report = parseReportText(text, { sourceName: 'fixjuexi.txt' }).report;
    if (!report) throw new Error('no report');
    return report;
  };

  it('reads 地方收入 as the local general budget revenue, with its share of the budget and rank', () => {
    const report = review('地方收入完成7.26亿元，增长6.8%，完成预算的102.4%，总量居全市第5位。');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['general-budget-revenue', 'level', 7.26],
      ['general-budget-revenue', 'growth', 6.8],
      ['general-budget-revenue', 'share', 102.4],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['general-budget-revenue', 5]]);
  });

  it('gives each of the two subjects told before its own comparison', () => {
    const report = review(
      '城镇居民人均可支配收入31420元，增长8.1%；农村居民人均可支配收入15260元，增长9.3%，两项增速分别高于全市平均0.3和0.6个百分点。',
    );
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([
      ['urban-disposable-income-per-capita', 0.3],
      ['rural-disposable-income-per-capita', 0.6],
    ]);
  });
});

describe('a communiqué’s firms’ account after their value added, and 县及县以下消费品零售额', () => {
  const communique = (...prose: string[]) => {
    const text = ['溧坪县2010年国民经济和社会发展统计公报', '一、工业', ...prose].join('\n');
    const report = parseReportText(text, { sourceName: 'fixjuexi.txt' }).report;
    if (!report) throw new Error('no report');
    return report.observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);
  };

  it('reads 规模以上工业企业完成增加值…；实现主营业务收入… as the firms’ revenue', () => {
    const observed = communique(
      '规模以上工业企业完成增加值38120万元，增长16.2%；实现主营业务收入12.36亿元，增长14.1%。',
    );
    expect(observed.filter(([code]) => code === 'industrial-revenue').map(([, , m, v]) => [m, v])).toEqual([
      ['level', 12.36],
      ['growth', 14.1],
    ]);
  });

  it('reads 具有资质等级的建筑业企业完成总产值 as the construction output', () => {
    const observed = communique('全县具有资质等级的建筑业企业完成总产值3.82亿元，增长21.6%。');
    expect(observed.map(([code, , m, v]) => [code, m, v])).toEqual([
      ['construction-output', 'level', 3.82],
      ['construction-output', 'growth', 21.6],
    ]);
  });

  it('reads 县及县以下消费品零售额 with its level as well as its growth', () => {
    const observed = communique(
      '全年社会消费品零售总额52160万元，增长17.2%。分地域看，城镇消费品零售额36420万元，增长18.1%；县及县以下消费品零售额15740万元，增长15.3%。',
    );
    expect(
      observed.filter(([, name]) => name === '县及县以下消费品零售额').map(([, , m, v]) => [m, v]),
    ).toEqual([
      ['level', 15740],
      ['growth', 15.3],
    ]);
  });
});
