// Forms the two-hundred-and-nineteenth and two-hundred-and-seventeenth held-out batches showed the parser missed
// (session 36, branch fix219): a news item's headline 某某主持召开全县…会 (the region taken from its words); a request's
// …，推动全年甲增长A%以上 (全年 before the indicator); 甲、乙分别居第a位、第b位，甲较上半年后退1位 (the move of the named
// rank); an industry's prose 甲行业产值 beside a table's row 甲; 工业销售产值, 规上工业亩均增加值, 营业收入利润率 and its
// comparison in a clause of its own; a project's 年度计划投资X亿元，前三季度完成Y亿元. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { isGenericRegion, readTitleText } from '../../src/parse/meta.js';
import { parsedReport } from '../helpers/report.js';

describe('a news headline 某某主持召开全县…会 names no region (F4551)', () => {
  it('reads no place from the words before 全县, so the page names the county', () => {
    expect(readTitleText('王某主持召开全县三季度经济运行调度会')?.region ?? '').toBe('');
    expect(isGenericRegion('王某主持召开全县')).toBe(true);
    expect(isGenericRegion('甲川县')).toBe(false);
  });
});

describe('a request’s …，推动全年甲增长A%以上, 全年 before the indicator (F4552)', () => {
  it('reads a full-year goal, not the period’s growth', () => {
    const text = [
      '甲川县2026年前三季度经济运行情况',
      '一、运行情况',
      '前三季度，全县地区生产总值完成88.40亿元，同比增长5.9%；限上单位消费品零售额增长4.2%。',
      '二、下步工作',
      '三要全力抓好消费提振。开展促销活动12场以上，推动全年限上单位消费品零售额增长7%以上。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    const goals = report.targets.map((t) => [t.indicatorCode, t.value, t.horizon]);
    expect(goals).toContainEqual(['retail-sales-above-quota', 7, 'full-year']);
    const growths = report.observations
      .filter((o) => o.indicatorCode === 'retail-sales-above-quota' && o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(growths).toEqual([4.2]);
  });
});

const RANKS = [
  '甲川县2026年前三季度经济运行简析',
  '一、总体情况',
  '前三季度，全县地区生产总值完成88.40亿元，同比增长5.9%。',
  '二、排位',
  '固定资产投资、社会消费品零售总额增速分别居全市第6位、第2位，固定资产投资较上半年后退2位。',
].join('\n');

describe('分别居第a位、第b位 then a move naming the first (F4553)', () => {
  it('gives the move to the rank its clause names, not to the rank right before it', () => {
    const ranks = parsedReport(RANKS, { sourceName: 'ranks.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.change,
    ]);
    expect(ranks).toContainEqual(['fixed-asset-investment', 6, -2]);
    expect(ranks).toContainEqual(['retail-sales', 2, null]);
  });
});

describe('an industry’s prose 甲行业产值 beside a table row 甲 (F4554)', () => {
  it('reads the row’s item once, under the row’s name', () => {
    const text = [
      '甲川县2026年1—8月工业经济运行情况',
      '一、主要指标',
      '1—8月，全县规上工业增加值40.12亿元，同比增长7.7%。其中，轴承行业产值31.20亿元，增长12.5%；刃具行业增长3.3%。',
      '表1　重点行业产值',
      '行业\t产值（亿元）\t同比增长（%）',
      '轴承\t31.20\t12.5',
      '刃具\t14.08\t3.3',
    ].join('\n');
    const names = parsedReport(text, { sourceName: 'industry.txt' })
      .observations.filter((o) => o.quantity?.value === 31.2 || o.quantity?.value === 3.3)
      .map((o) => o.indicatorName);
    expect(names).toEqual(['轴承', '刃具']);
  });
});

const INDUSTRY = [
  '甲川县2026年1—8月工业经济运行情况',
  '一、主要指标',
  '1—8月，全县规上工业增加值40.12亿元，同比增长7.7%；规上工业总产值150.60亿元，增长8.4%；工业销售产值146.10亿元，增长8.0%。',
  '1—8月，全县规上工业亩均增加值96.5万元，同比增长4.4%。',
  '1—8月，全县规上工业企业实现营业收入160.2亿元，同比增长6.1%；利润总额8.81亿元，增长9.0%，营业收入利润率为5.5%。',
  '二、存在问题',
  '二是企业盈利偏弱，营业收入利润率比全市平均低0.6个百分点。',
].join('\n');

describe('工业销售产值, 规上工业亩均增加值, 营业收入利润率 (F4555–F4557)', () => {
  const observations = parsedReport(INDUSTRY, { sourceName: 'industry.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);
  it('reads industry’s sales output named bare, as written (F4555)', () => {
    expect(observations).toContainEqual(['工业销售产值', 'level', 146.1]);
    expect(observations).toContainEqual(['工业销售产值', 'growth', 8]);
  });
  it('reads the value added per mu with the size class before 亩均 (F4556)', () => {
    expect(observations).toContainEqual(['规上工业亩均增加值', 'level', 96.5]);
    expect(observations).toContainEqual(['规上工业亩均增加值', 'growth', 4.4]);
  });
  it('reads the firms’ margin and its comparison in a clause of its own (F4557)', () => {
    expect(observations).toContainEqual(['营业收入利润率', 'rate', 5.5]);
    expect(observations).toContainEqual(['营业收入利润率', 'comparison', -0.6]);
  });
});

describe('a project’s 年度计划投资X亿元，前三季度完成Y亿元 (F4558)', () => {
  it('gives the project the amount done after the year’s plan', () => {
    const text = [
      '甲川县2026年前三季度经济运行情况',
      '一、运行情况',
      '前三季度，全县地区生产总值完成88.40亿元，同比增长5.9%。',
      '二、下步工作',
      '加快甲川至乙河二级公路改建工程建设，年度计划投资3亿元，前三季度完成2.2亿元，力争年底前完成全年计划。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toContainEqual(['甲川至乙河二级公路改建工程', 300000000, 220000000]);
  });
});
