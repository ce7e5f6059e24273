// Forms the eighty-eighth held-out batch showed the parser still missed after its first fixer (session 28,
// branch fix88b): a zone's goals for the rest of the year named as its results table names the rows (全年力争
// 新签约项目N个以上 beside a row 新签约项目), and a zone's place in the province's appraisal of its zones, the
// appraisal opening the sentence with its edition's year and the rank written within a class of zones
// (园区位列省级经济开发区第N名). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F2061 a goal named as a row of the report’s table (全年力争新签约项目N个以上)', () => {
  const text = [
    '四川棠溪经济开发区2025年上半年工作总结和下半年工作安排',
    '一、上半年工作情况',
    '上半年，园区新签约项目14个，新增规上工业企业3家。',
    '二、下半年工作安排',
    '全年力争新签约项目30个以上，新增规上工业企业8家以上。',
    '附表：四川棠溪经济开发区2025年1—6月主要经济指标完成情况',
    '| 指标名称 | 单位 | 年度目标 | 1—6月完成 | 完成年度目标（%） |',
    '| 新签约项目 | 个 | 30 | 14 | 46.7 |',
    '| 新增规上工业企业 | 家 | 8 | 3 | 37.5 |',
  ].join('\n');

  it('reads each goal as a target of the row’s indicator, besides the table’s own', () => {
    const targets = parsedReport(text, { sourceName: 'zone.txt' })
      .targets.filter((t) => t.comparator === 'gte')
      .map((t) => [t.indicatorName, t.value, t.unit, t.horizon]);
    expect(targets).toEqual([
      ['新签约项目', 30, '个', 'full-year'],
      ['新增规上工业企业', 8, '家', 'full-year'],
    ]);
  });

  it('keeps a work goal of a name no table row has a fact', () => {
    const other = text.replace('新增规上工业企业8家以上', '新建标准化厂房8栋以上');
    const names = parsedReport(other, { sourceName: 'zone.txt' }).targets.map((t) => t.indicatorName);
    expect(names).not.toContain('新建标准化厂房');
  });
});

describe('F2062 a zone ranked in the province’s appraisal of its zones, within a class of zones', () => {
  it('reads the appraisal the sentence opens with (its year left out), the class as the scope and the move', () => {
    const text = [
      '四川棠溪经济开发区2025年上半年工作总结和下半年工作安排',
      '上半年，园区实现规上工业总产值92.6亿元，同比增长8.4%。',
      '在全省开发区2024年度综合发展水平考核评价中，园区位列省级经济开发区第9名，较上年度前移2个位次。',
    ].join('\n');
    const rankings = parsedReport(text, { sourceName: 'zone.txt' }).rankings.map((r) => [
      r.subject,
      r.rank,
      r.scope,
      r.change,
    ]);
    expect(rankings).toEqual([['开发区综合发展水平考核评价', 9, '省级经济开发区', 2]]);
  });
});

describe('F2063 a project’s total inside the share of it the amount done is (占总投资Y亿元的A%)', () => {
  it('reads the total as the planned amount beside the amount done', () => {
    const text = [
      '棠溪县2025年前三季度经济运行分析',
      '前三季度，全县固定资产投资同比增长8.1%。其中，棠溪工业园区北区供水管网工程累计完成投资1.62亿元，占总投资2.4亿元的67.5%。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'analysis.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment ?? null,
      p.mentions[0]?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([['棠溪工业园区北区供水管网工程', 240000000, 162000000]]);
  });
});

describe('F2064 the gap to a goal set by a meeting named at length, in a sentence of its own', () => {
  it('reads the gap as a comparison of the indicator the sentence before is about', () => {
    const text = [
      '棠溪县2025年前三季度经济运行分析',
      '前三季度，全县实现地区生产总值62.4亿元，同比增长5.1%，比上半年提高0.3个百分点。与年初县十八届人大五次会议确定的增长6.5%的预期目标相比，仍有1.4个百分点的差距。',
    ].join('\n');
    const { observations, targets } = parsedReport(text, { sourceName: 'analysis.txt' });
    expect(
      observations.filter((o) => o.measure === 'comparison').map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['gdp', -1.4]]);
    expect(targets.map((t) => [t.indicatorCode, t.value])).toEqual([['gdp', 6.5]]);
  });
});

describe('F2065 a group named by its count in figures (城投、农投、文旅3大集团)', () => {
  it('gives no unit-less fact for the count', () => {
    const text = [
      '关于棠溪县2024年度国有资产管理情况的报告',
      '全年完成县属国有企业整合重组，将原有15户县属一级企业整合为城投、农投、文旅3大集团和4户专业公司。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw);
    expect(facts).not.toContain('3');
    expect(facts).toContain('15户');
  });
});
