// Forms the two-hundred-and-thirty-sixth and -seventh held-out batches showed the parser missed (session 36, branch
// fix236): a work report's list of key projects whose first bracket gives the total and the year's plan (the first
// project was lost); a budget report's 统筹整合财政涉农资金X万元投入…，比上年增加Y万元 (no observation).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

describe('a listed project’s bracket with the total and the year’s plan (F4811)', () => {
  it('keeps the first project of the list, its total its planned investment', () => {
    const report = sectionReport('甲县2026年政府工作报告.txt', '2026年甲县人民政府工作报告', [
      '（一）全力抓好项目建设。全年安排重点项目50个，年度计划投资30.2亿元。重点抓好甲县食品产业园扩建项目（总投资4.6亿元，年度计划投资1.5亿元）、甲县至乙县公路甲县段（总投资21.4亿元）、县中医院住院楼项目建设，力争新开工项目20个以上。',
    ]);
    const projects = report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment]);
    expect(projects).toContainEqual(['甲县食品产业园扩建项目', 460000000]);
    expect(projects).toContainEqual(['甲县至乙县公路甲县段', 2140000000]);
  });

  it('reads a single project so bracketed too', () => {
    const report = sectionReport('乙县2026年政府工作报告.txt', '2026年乙县人民政府工作报告', [
      '重点抓好乙县冷链物流园扩建项目（总投资3.2亿元，年度计划投资1.1亿元）建设。',
    ]);
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['乙县冷链物流园扩建项目', 320000000],
    ]);
  });
});

describe('统筹整合财政涉农资金X万元投入…，比上年增加Y万元 (F4812)', () => {
  it('gives the pooled farm funds’ level and change, named without the pooling verb', () => {
    const report = sectionReport('丙县预算报告.txt', '关于丙县2025年预算执行情况和2026年预算草案的报告', [
      '全县一般公共预算支出完成98630万元，同比增长5.4%。统筹整合财政涉农资金12300万元投入脱贫攻坚，比上年增加2100万元。',
    ]);
    const funds = report.observations
      .filter((o) => o.indicatorName === '财政涉农资金')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(funds).toEqual([
      ['level', 12300],
      ['change', 2100],
    ]);
  });
});
