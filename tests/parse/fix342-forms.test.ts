// Forms the three-hundred-and-forty-second and -third held-out batches showed the parser missed (session 43, branch
// fix342). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲厂（总投资X万元，年内建成）、乙工程（总投资Y万元）: a bracket saying when the project is due (F7021)', () => {
  const report = parsedReport(
    [
      '岷沣县2007年国民经济和社会发展计划草案的报告',
      '重点推进岷沣县城污水处理厂（总投资4200万元，年内建成）、岷沣水库除险加固工程（总投资6100万元，年度计划投资3000万元）和县城集中供热二期工程（总投资2700万元）。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '岷沣县' },
  );

  it('keeps the first project, its total planned', () => {
    const plant = report.projects.find((p) => p.name === '岷沣县城污水处理厂');
    expect(plant?.mentions[0]?.plannedInvestment).toBe(42_000_000);
    expect(report.projects.map((p) => p.name)).toContain('岷沣水库除险加固工程');
  });
});

describe('粮食总产量9.5万吨（1.9亿斤）以上: a goal restated in another unit in brackets is one goal (F7022)', () => {
  const report = parsedReport(
    [
      '岷沣县关于2006年国民经济和社会发展计划执行情况及2007年计划草案的报告',
      '2007年全县经济社会发展的主要预期目标是：国内生产总值增长11%左右；粮食总产量9.5万吨（1.9亿斤）以上；农民人均纯收入增长8%以上。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '岷沣县' },
  );

  it('reads one grain goal of at least 9.5万吨, none in 亿斤', () => {
    const grain = report.targets.filter((t) => t.indicatorCode === 'grain-output');
    expect(grain).toHaveLength(1);
    expect(grain[0]).toMatchObject({ value: 9.5, unit: '万吨', comparator: 'gte' });
  });
});

describe('规模以上工业完成增加值…；完成工业总产值…；实现利润…: the bare profits of the industry the chain opened on (F7023)', () => {
  const report = parsedReport(
    [
      '岷沣县2006年国民经济和社会发展统计公报',
      '规模以上工业完成增加值3.18亿元，增长19.6%；完成工业总产值10.24亿元，增长22.1%；实现利润0.57亿元，下降4.3%。',
    ].join('\n'),
    { sourceName: 'communique.txt', region: '岷沣县' },
  );

  it('reads industrial profits of 0.57亿元, down 4.3%', () => {
    const profits = report.observations.filter((o) => o.indicatorCode === 'industrial-profits');
    expect(profits.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 0.57],
      ['growth', -4.3],
    ]);
  });
});

describe('7月14日，县委、县政府召开上半年经济形势分析会: a dated meeting lead under an economy headline is news (F7024)', () => {
  const report = parsedReport(
    [
      '澧岫县上半年经济运行态势良好 重点项目建设进展顺利',
      '发布时间：2007-07-19 09:40　　来源：县发展和改革委员会　　点击：215',
      '7月16日，县委、县政府召开2007年上半年经济形势分析会，通报1—6月全县经济运行情况，安排部署下半年工作。',
      '会议通报，上半年全县实现生产总值2.14亿元，同比增长12.1%。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '澧岫县' },
  );

  it('types the page news-summary', () => {
    expect(report.meta.genre).toBe('news-summary');
  });
});

describe('能耗下降3.8%，完成市下达的下降3.5%的目标: the higher level’s goal of the indicator before, met (F7025, F7026)', () => {
  const report = parsedReport(
    [
      '关于泓渚区2012年国民经济和社会发展计划执行情况与2013年计划草案的报告',
      '万元地区生产总值能耗下降4.1%，完成市下达的下降3.6%的目标；新增绿化面积214公顷。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '泓渚区' },
  );

  it('reads the goal −3.6 for the year, met by the deeper fall', () => {
    const goal = report.targets.find((t) => t.indicatorCode === 'energy-emission-targets');
    expect(goal).toMatchObject({ value: -3.6, horizon: 'full-year', attainment: 'met' });
  });
});

describe('甲和乙增长与经济增长同步: a pace goal of two whole names is a goal in words of each (F7027)', () => {
  const report = parsedReport(
    [
      '关于泓渚区2012年国民经济和社会发展计划执行情况与2013年计划草案的报告',
      '建议2013年全区经济社会发展的主要预期目标为：地区生产总值增长8.5%左右；城镇居民人均可支配收入和农村居民人均纯收入增长与经济增长同步；城镇登记失业率控制在2.4%以内。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '泓渚区' },
  );

  it('sets a next-year goal for the urban and the rural income', () => {
    const codes = report.targets.filter((t) => t.text === '与经济增长同步').map((t) => t.indicatorCode);
    expect(codes).toEqual(['urban-disposable-income-per-capita', 'rural-net-income-per-capita']);
  });
});

describe('甲商务中心区入驻企业N家，实现税收X亿元: a district’s business centre is a park, its tax facts only (F7028)', () => {
  const report = parsedReport(
    [
      '关于泓渚区2012年国民经济和社会发展计划执行情况与2013年计划草案的报告',
      '区域税收完成214.6亿元，增长9.8%。泓渚商务中心区入驻企业达到1270家，实现税收31.5亿元，增长8.4%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '泓渚区' },
  );

  it('keeps the district’s tax only', () => {
    const tax = report.observations
      .filter((o) => o.indicatorCode === 'tax-revenue')
      .map((o) => o.quantity?.value);
    expect(tax).toEqual([214.6, 9.8]);
    expect(report.facts.map((f) => f.quantity.value)).toContain(31.5);
  });
});
