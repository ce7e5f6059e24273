// Forms the three-hundred-and-fifty-fourth held-out batch showed the parser missed (session 44, branch fix354).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲示范工业园区全年新入驻企业N家，完成固定资产投资X亿元: a park opening its sentence before 全年 (F7181)', () => {
  const report = parsedReport(
    [
      '沭岑县关于2008年国民经济和社会发展计划执行情况与2009年计划草案的报告',
      '全县全社会固定资产投资完成84.6亿元，增长27.3%。',
      '园区建设加快。沭岑示范工业园区全年新入驻企业31家，完成固定资产投资22.4亿元，增长36.5%；实现工业总产值97.2亿元，增长28.1%；实现税收2.36亿元，占全县地方财政收入的24.2%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沭岑县' },
  );

  it("keeps the county's investment and reads the park's figures as facts only", () => {
    const investment = report.observations.filter((o) => o.indicatorCode === 'fixed-asset-investment');
    expect(investment.map((o) => o.quantity?.value)).toEqual([84.6, 27.3]);
    expect(report.observations.some((o) => o.indicatorCode === 'industrial-output')).toBe(false);
    expect(report.observations.some((o) => o.indicatorCode === 'tax-revenue')).toBe(false);
    expect(report.facts.some((f) => f.quantity.value === 97.2)).toBe(true);
  });
});

describe('完善园区基础设施，甲示范工业园区力争完成固定资产投资X亿元: a park opening the goal’s own clause (F7182)', () => {
  const report = parsedReport(
    [
      '沭岑县关于2008年国民经济和社会发展计划执行情况与2009年计划草案的报告',
      '2009年全县经济社会发展的主要预期目标为：全社会固定资产投资增长25%以上。',
      '（二）做强示范工业园区。完善园区路网和供水设施，沭岑示范工业园区力争完成固定资产投资30亿元，新入驻企业40家以上。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沭岑县' },
  );

  it("reads the county's goal only, the park's 30亿元 a fact", () => {
    const goals = report.targets.filter((t) => t.indicatorCode === 'fixed-asset-investment');
    expect(goals.map((t) => t.value)).toEqual([25]);
    expect(report.facts.some((f) => f.quantity.value === 30)).toBe(true);
  });
});

describe('地方财政收入…；其中区县级财政收入完成X亿元: the district-or-county level’s revenue named as written (F7183)', () => {
  const report = parsedReport(
    [
      '沭岑县关于2008年国民经济和社会发展计划执行情况与2009年计划草案的报告',
      '全县地方财政收入完成8.64亿元，增长24.6%；其中区县级财政收入完成5.93亿元，增长27.8%。',
      '2009年主要预期目标为：地方财政收入增长14%以上，其中区县级财政收入增长15%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沭岑县' },
  );

  it('keeps 地方财政收入 the only general-budget-revenue, 区县级财政收入 its own', () => {
    const revenue = report.observations.filter((o) => o.indicatorCode === 'general-budget-revenue');
    expect(revenue.map((o) => o.quantity?.value)).toEqual([8.64, 24.6]);
    const level = report.observations.filter((o) => o.indicatorName === '区县级财政收入');
    expect(level.map((o) => o.quantity?.value)).toEqual([5.93, 27.8]);
    const goals = report.targets.filter((t) => t.indicatorName === '区县级财政收入');
    expect(goals.map((t) => t.value)).toEqual([15]);
  });
});

describe('全社会固定资产投资…；其中城镇投资X亿元: the urban half of investment named short (F7184)', () => {
  const report = parsedReport(
    [
      '沭岑县2008年国民经济和社会发展统计公报',
      '全社会固定资产投资完成64.2亿元，增长33.5%；其中城镇投资51.7亿元，增长36.9%；农村投资12.5亿元，增长21.4%。',
    ].join('\n'),
    { sourceName: 'communique.txt', region: '沭岑县' },
  );

  it('reads each half under its written name', () => {
    const urban = report.observations.filter((o) => o.indicatorName === '城镇投资');
    expect(urban.map((o) => o.quantity?.value)).toEqual([51.7, 36.9]);
    const rural = report.observations.filter((o) => o.indicatorName === '农村投资');
    expect(rural.map((o) => o.quantity?.value)).toEqual([12.5, 21.4]);
  });
});

describe('甲物流园（总投资X亿元，年内开工）、乙工程（总投资Y亿元，上半年开工）: a bracket saying when work starts (F7185)', () => {
  const report = parsedReport(
    [
      '沭岑县关于2008年国民经济和社会发展计划执行情况与2009年计划草案的报告',
      '重点推进沭岑热电联产项目、岑川物流园（总投资5.4亿元，年内开工）、县中医院迁建工程（总投资1.8亿元，年内完成主体工程）和沭岑示范工业园区标准厂房项目（总投资2.6亿元，上半年开工）。',
      '全力抓好岑川钢构产业园项目（总投资3.7亿元，年内一期投产）等重点项目建设。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沭岑县' },
  );

  it('keeps each bracketed project with its total planned', () => {
    const planned = Object.fromEntries(
      report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment]),
    );
    expect(planned).toMatchObject({
      岑川物流园: 540_000_000,
      县中医院迁建工程: 180_000_000,
      沭岑示范工业园区标准厂房项目: 260_000_000,
      岑川钢构产业园项目: 370_000_000,
    });
  });
});
