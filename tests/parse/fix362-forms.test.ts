// Forms the three-hundred-and-sixty-second and -third held-out batches showed the parser missed (session 44, branch
// fix362). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NEWS_TITLE = '磬川县召开前三季度经济工作调度会';
const NEWS_LEAD = '10月8日，县委召开前三季度经济工作调度会。前三季度，全县完成生产总值24.37亿元，增长13.1%。';

describe('确保甲玻璃生产线项目年底前点火投产，该项目总投资X亿元: a kiln line lit and put into production (F7311)', () => {
  const report = parsedReport(
    [
      NEWS_TITLE,
      NEWS_LEAD,
      '会议要求，确保磬川耐火材料公司隧道窑生产线项目年底前点火投产，该项目总投资2.6亿元，已完成投资1.7亿元。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '磬川县', period: '2006-Q3' },
  );

  it('names the line without its deadline and gives it the next clause’s amounts', () => {
    const line = report.projects.find((p) => p.name === '磬川耐火材料公司隧道窑生产线项目');
    expect(line?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toContainEqual([
      260_000_000, 170_000_000,
    ]);
  });
});

describe('会议要求，…；甲工程年内完成投资X万元: a meeting’s charge after its semicolon is a plan (F7312)', () => {
  const report = parsedReport(
    [
      NEWS_TITLE,
      NEWS_LEAD,
      '会议要求，要突出抓好项目建设，确保县城污水处理厂年底前建成；磬川至峄河公路改建工程年内完成投资6500万元。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '磬川县', period: '2006-Q3' },
  );

  it('reads the year’s amount as the road’s plan, nothing done', () => {
    const road = report.projects.find((p) => p.name === '磬川至峄河公路改建工程');
    expect(road?.mentions[0]).toMatchObject({ plannedInvestment: 65_000_000, completedInvestment: null });
  });
});

describe('甲工程（总投资X亿元，…）、乙水库除险加固工程（年度计划投资Y万元）建设: a bracket of the year’s plan alone (F7313)', () => {
  const report = parsedReport(
    [
      '磬川县2005年国民经济和社会发展计划执行情况与2006年计划草案的报告',
      '2005年，全县完成生产总值31.2亿元，增长10.4%。',
      '（二）加快项目建设。重点抓好磬川工业园区道路一期工程（总投资1.2亿元，年内计划完成投资0.6亿元）、嵩棠水库除险加固工程（年度计划投资2400万元）建设。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '磬川县', period: '2005-FY' },
  );

  it('names the reservoir without its bracket and plans its year’s amount', () => {
    const dam = report.projects.find((p) => p.name === '嵩棠水库除险加固工程');
    expect(dam?.mentions[0]?.plannedInvestment).toBe(24_000_000);
    expect(report.projects.map((p) => p.name).filter((n) => n.includes('('))).toEqual([]);
  });
});

describe('社会消费品零售总额…。其中，县以下零售额X亿元，增长A%: the retail below the county town (F7314)', () => {
  const report = parsedReport(
    [
      '磬川县2006年前三季度经济运行分析',
      '前三季度，全县完成生产总值24.37亿元，增长13.1%。全县实现社会消费品零售总额12.46亿元，增长14.9%。其中，县以下零售额5.18亿元，增长11.7%；县及县以下零售额6.02亿元，增长12.3%。',
    ].join('\n'),
    { sourceName: 'analysis.txt', region: '磬川县', period: '2006-Q3' },
  );

  it('names both as written, 县 kept', () => {
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['县以下零售额', 'level', 5.18]);
    expect(rows).toContainEqual(['县以下零售额', 'growth', 11.7]);
    expect(rows).toContainEqual(['县及县以下零售额', 'level', 6.02]);
    expect(rows.map((r) => r[0])).not.toContain('以下零售额');
  });
});

describe('生产总值完成全年目标的进度低于时间进度B个百分点: the goal’s progress against the time gone by (F7315)', () => {
  const report = parsedReport(
    [
      NEWS_TITLE,
      NEWS_LEAD,
      '会议指出，全县经济运行中也存在一些困难和问题：生产总值完成全年目标的进度低于时间进度2.3个百分点；规模以上工业企业利润下降4.1%。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '磬川县', period: '2006-Q3' },
  );

  it('reads a comparison of −2.3 points with the schedule', () => {
    const gaps = report.observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison');
    expect(gaps.map((o) => o.quantity?.value)).toEqual([-2.3]);
  });
});
