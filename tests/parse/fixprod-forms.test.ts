// Forms the held-out batches 213 and 86 showed the parser missed (session 39, branch fixprod): a project named
// without amounts whose only status is its works accepted (已完成主体验收, 通过竣工验收). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (line: string) =>
  [
    '甲川县2026年1—11月国民经济和社会发展计划执行情况的报告',
    '一、重点项目推进情况',
    `全县重点项目54个，1—11月完成投资61.3亿元。其中：甲川县乙产业园标准厂房项目总投资4.6亿元，累计完成投资2.7亿元；${line}`,
  ].join('\n');

describe('a project with its works accepted (F5661)', () => {
  it.each([
    ['甲川县中医院住院综合楼项目已完成主体验收。', '甲川县中医院住院综合楼项目'],
    ['甲川县丙水厂扩建工程通过竣工验收。', '甲川县丙水厂扩建工程'],
    ['甲川县丁学校教学楼项目主体工程验收已完成。', '甲川县丁学校教学楼项目'],
  ])('reads %s as a project by name', (line, name) => {
    const report = parsedReport(PLAN(line), { sourceName: 'plan.txt' });
    const found = report.projects.find((p) => p.name === name);
    expect(found).toBeDefined();
    const amounts = found?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]);
    expect(amounts?.flat().every((a) => a === null)).toBe(true);
  });

  it('keeps 验收 with a figure no status (通过验收N个 counts)', () => {
    const report = parsedReport(PLAN('全年竣工验收通过12个项目。'), { sourceName: 'plan.txt' });
    expect(report.projects.map((p) => p.name)).toEqual(['甲川县乙产业园标准厂房项目']);
  });
});
