// Forms older fixtures' leftovers showed the parser missed (session 34, branch fixleft34c): a firms' account
// after a 其中 count of a part of them (…企业N家，其中甲类企业M家，实现营业收入…), the whole's account, not
// the part's; a size class's investment with its growth after 其中 inside a key-project sentence, the class's
// observations; a project's year plan then the amount done bare (年度计划投资X亿元，完成Y亿元). Places and figures
// are invented. A plan's 年内完成投资X亿元 for a project with no total: its planned amount, nothing done yet.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F3981: a firms’ account after a 其中 count of a part of them', () => {
  it('reads 实现营业收入 after 其中甲类企业M家 as the counted firms’ revenue', () => {
    const read = parsedReport(
      [
        '澪岗县2026年前三季度经济运行分析',
        '前三季度，全县地区生产总值80.3亿元，同比增长5.2%。全县规模以上工业企业52家，其中食品加工企业19家，实现营业收入31.6亿元，增长9.3%。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const revenue = read.observations.filter((o) => o.quantity?.value === 31.6 || o.quantity?.value === 9.3);
    expect(revenue.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规模以上工业企业营业收入', 'level', 31.6],
      ['规模以上工业企业营业收入', 'growth', 9.3],
    ]);
  });
});

describe('F3982: a size class with its growth after 其中 in a key-project sentence', () => {
  it('reads 其中亿元以上项目完成投资X亿元，增长A% as the class’s observations', () => {
    const read = parsedReport(
      [
        '澪岗县2025年政府工作报告',
        '2025年工作回顾',
        '（三）项目投资持续发力。实施重点项目64个，完成投资47.5亿元，其中亿元以上项目完成投资33.8亿元，增长18.4%。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const named = read.observations.filter((o) => o.indicatorName === '亿元以上项目完成投资');
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 33.8],
      ['growth', 18.4],
    ]);
  });
});

describe('F3983: a project’s year plan, then the amount done bare', () => {
  it('reads 甲工程年度计划投资X亿元，完成Y亿元 as planned X, completed Y', () => {
    const read = parsedReport(
      [
        '关于澪岗县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
        '一、2025年计划执行情况',
        '（三）项目投资持续发力。全年实施重点项目64个，完成投资47.5亿元。县城集中供热管网改造工程年度计划投资0.9亿元，完成1.05亿元。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const works = read.projects.filter((p) => p.name === '县城集中供热管网改造工程');
    expect(works.flatMap((p) => p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]))).toEqual(
      [[90000000, 105000000]],
    );
  });
});

describe('F3984: a plan’s 年内完成投资 for a project with no total', () => {
  it('reads 加快甲二期项目建设，年内完成投资X亿元 in the plan part as planned X, none done', () => {
    const read = parsedReport(
      [
        '澪岗县2022年政府工作报告',
        '一、2021年工作回顾',
        '全年地区生产总值80.3亿元，增长5.2%。',
        '二、2022年工作安排',
        '（一）扩大有效投资。全年谋划实施重点项目52个，总投资180亿元。加快澪岗工业园区食品产业园二期项目建设，年内完成投资4亿元。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const park = read.projects.filter((p) => p.name.includes('食品产业园二期'));
    expect(
      park.flatMap((p) => p.mentions.map((m) => [m.phase, m.plannedInvestment, m.completedInvestment])),
    ).toEqual([['planned', 400000000, null]]);
  });
});
