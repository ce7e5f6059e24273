// Forms the one-hundred-and-seventeenth held-out batch showed the parser missed (session 31, branch fix117): a
// later phase of a park whose own sentence told its first phase, named in the plan part with a total of its own
// (推动甲产业园二期开工建设，总投资X亿元), is a project of its own, not a stage of the park.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (planLine: string) =>
  parsedReport(
    [
      '关于溱岑县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
      '一、2026年计划执行情况',
      '全县地区生产总值增长5.1%。溱岑新材料产业园项目总投资60亿元，累计完成投资40亿元，一期厂房已投产。',
      '二、2027年主要任务',
      planLine,
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

const projectsOf = (planLine: string) =>
  report(planLine).projects.map((project) => [
    project.name,
    project.mentions.map((mention) => mention.plannedInvestment),
  ]);

describe('a later phase with a total of its own after a park that told its first phase (F2591)', () => {
  it('is a project of its own with its total', () => {
    expect(projectsOf('推动溱岑新材料产业园二期开工建设，总投资18亿元。')).toEqual([
      ['溱岑新材料产业园项目', [6000000000]],
      ['溱岑新材料产业园二期', [1800000000]],
    ]);
  });

  it('still is the park’s stage when it is named without a total', () => {
    expect(projectsOf('加快溱岑新材料产业园二期建设，确保年内开工。')).toEqual([
      ['溱岑新材料产业园项目', [6000000000, null]],
    ]);
  });
});
