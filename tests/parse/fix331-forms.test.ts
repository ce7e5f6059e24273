// Forms the three-hundred-and-thirty-first held-out batch showed the parser missed (session 42, branch fix331): the
// year's goals in a ；-part announced anew after a first quarter's 上半年 goals (F6811); a title wrapped after 和,
// 经济运行和 / 计划执行情况 (F6812); a named sight's visitors, 其中甲景区接待游客N万人次 (F6813). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe("the year's goals after the half's, ；确保全年… in a first quarter's page (F6811)", () => {
  const report = parsedReport(
    [
      '溧岑县政府召开常务会议 研究2018年一季度经济工作',
      '4月18日，县长主持召开县政府常务会议，听取全县一季度经济运行情况汇报。',
      '一季度，全县实现地区生产总值9.35亿元，同比增长6.2%；固定资产投资完成6.14亿元，同比增长10.8%；一般公共预算收入4127万元，同比增长3.3%。',
      '县长要求，各部门要紧盯目标，确保上半年地区生产总值增长6.5%左右，固定资产投资完成全年任务的45%以上；确保全年地区生产总值增长7%左右，固定资产投资完成38亿元以上，一般公共预算收入增长5%以上。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '溧岑县' },
  );

  it('reads the year goals as full-year targets', () => {
    const goals = report.targets
      .filter((t) => !t.derived)
      .map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([
      ['gdp', 'full-year', 7, 'approx'],
      ['fixed-asset-investment', 'full-year', 38, 'gte'],
      ['general-budget-revenue', 'full-year', 5, 'gte'],
    ]);
  });

  it("keeps the half's goals facts only", () => {
    expect(report.targets.some((t) => t.value === 6.5 || t.value === 45)).toBe(false);
    expect(report.facts.some((f) => f.quantity.value === 6.5)).toBe(true);
  });
});

describe('a title wrapped after 和, 某县2018年一季度经济运行和 / 计划执行情况 (F6812)', () => {
  it("is the plan report's title, not an analysis's", () => {
    const report = parsedReport(
      [
        '滢川县2018年一季度经济运行和',
        '计划执行情况',
        '滢川县发展和改革局',
        '现将一季度经济运行和计划执行情况报告如下：',
        '一、主要经济指标完成情况',
        '一季度，全县实现生产总值17.26亿元，同比增长7.4%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.meta.genre).toBe('plan-execution');
    expect(report.meta.title).toBe('滢川县2018年一季度经济运行和计划执行情况');
  });

  it('leaves a line ending on 和 over a line that is no title alone', () => {
    const report = parsedReport(
      ['滢川县2018年一季度经济运行情况', '一季度，全县实现生产总值17.26亿元，同比增长7.4%。'].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(report.meta.genre).toBe('statistics-analysis');
  });
});

describe("a named sight's visitors, 其中甲景区接待游客N万人次 (F6813)", () => {
  const report = parsedReport(
    [
      '潆坪县2018年一季度经济运行情况',
      '一季度，全县实现地区生产总值11.42亿元，同比增长6.8%。全县接待游客64.2万人次，增长15.3%；实现旅游综合收入3.18亿元，增长17.6%，其中潆溪峡景区接待游客9.6万人次。',
      '红色旅游景区共接待游客5.1万人次。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '潆坪县' },
  );
  const arrivals = report.observations
    .filter((o) => o.indicatorCode === 'tourist-arrivals' && o.measure === 'level')
    .map((o) => o.quantity?.value);

  it("is the sight's, a fact only, not the county's arrivals", () => {
    expect(arrivals).toContain(64.2);
    expect(arrivals).not.toContain(9.6);
    expect(report.facts.some((f) => f.quantity.value === 9.6)).toBe(true);
  });

  it('leaves a kind of sight (红色旅游景区) to its own reading', () => {
    expect(report.observations.some((o) => o.quantity?.value === 5.1)).toBe(true);
  });
});
