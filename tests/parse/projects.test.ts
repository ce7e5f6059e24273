// Project forms beyond the seed's: grid connection and topping-out as statuses, a road section
// named by the amount it has done, projects listed for their preparatory work, and a region's
// own total that must not become a project.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const projects = (...body: string[]) =>
  parseReportText(['戊县2023年上半年国民经济和社会发展计划执行情况的报告', ...body].join('\n'), {
    sourceName: 'projects.txt',
  }).report?.projects.flatMap((p) =>
    p.mentions.map((m) => [p.name, m.phase, m.plannedInvestment, m.completedInvestment, m.status]),
  );

describe('projects', () => {
  it('reads the forms of a results part', () => {
    expect(
      projects(
        '一、上半年执行情况',
        '全县36个重点项目完成投资9.8亿元，占年度投资计划的22.4%。其中，总投资15亿元的戊县100MW光伏发电项目已并网发电；' +
          '戊县至北岭高速公路戊县段完成投资3.2亿元；县人民医院综合楼主体封顶。',
      ),
    ).toEqual([
      ['戊县100MW光伏发电项目', 'reported', 1.5e9, null, '并网发电'],
      ['戊县至北岭高速公路戊县段', 'reported', null, 3.2e8, null],
      ['县人民医院综合楼', 'reported', null, null, '主体封顶'],
    ]);
  });

  it('reads projects listed for their preparatory work in the plan part', () => {
    expect(
      projects(
        '一、上半年执行情况',
        '经济平稳运行。',
        '二、下半年工作安排',
        '加快推进戊县抽水蓄能电站、城东片区综合开发等项目前期工作。',
      ),
    ).toEqual([
      ['戊县抽水蓄能电站', 'planned', null, null, '加快推进'],
      ['城东片区综合开发', 'planned', null, null, '加快推进'],
    ]);
  });
});
