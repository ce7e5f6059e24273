// Session 41 fixer fixleft41a: forms the leftovers of held-out-297 and held-out-305 showed missing.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const projects = (prose: string) =>
  parseReportText(
    [
      '关于棠垭县2008年国民经济和社会发展计划执行情况与2009年国民经济和社会发展计划草案的报告',
      '二、2009年的主要任务',
      prose,
    ].join('\n'),
    { sourceName: 'prose.txt' },
  ).report?.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null]);

describe('fixleft41a forms', () => {
  it("F6341: reads 实施甲工程，年度计划投资X亿元 as the works' planned investment", () => {
    expect(
      projects('（一）抓好重点项目。实施棠垭县农村供水提质工程，年度计划投资0.52亿元，惠及3.1万人。'),
    ).toEqual([['棠垭县农村供水提质工程', 52000000]]);
  });

  it('F6341: leaves a programme carried out with no amount alone', () => {
    expect(projects('（一）抓好生态建设。实施沿河防护林工程，加大秸秆综合利用力度。')).toEqual([]);
  });

  it('F6342: joins a first phase to the project named with its place and a yearly capacity before it', () => {
    expect(
      projects(
        '（一）抓好重点项目。棠垭经济开发区年产12万吨果蔬冻干产业园项目总投资8.4亿元，累计完成投资3.1亿元。推动果蔬冻干产业园一期9月投产。',
      ),
    ).toEqual([['棠垭经济开发区年产12万吨果蔬冻干产业园项目', 840000000]]);
  });

  it('F6343: reads a road named with its bed 已经完成 as a project and its status', () => {
    expect(projects('（一）抓好重点项目。棠垭至苕口公路改建工程路基工程已经完成。')).toEqual([
      ['棠垭至苕口公路改建工程', null],
    ]);
  });
});
