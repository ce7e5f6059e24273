// Decision 15 (session 34, branch fixd15): when a project's only planned amount is the year's plan
// (甲工程年度计划投资X亿元，已完成Y亿元, a table's 年度计划投资 column with no 总投资, 今年计划投资X亿元), that
// amount is its plannedInvestment, the API's "largest planned / total investment mentioned". A total given as
// well stays the planned investment. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN_TITLE = '甲川县发展和改革局关于甲川县2026年上半年国民经济和社会发展计划执行情况的报告';
const NOTICE_TITLE = '甲川县2026年1—9月县级重点项目建设进展情况通报';

type Row = [string, number | null, number | null];

function projects(title: string, lines: readonly string[]): Row[] {
  const report = parsedReport([title, '一、总体情况', ...lines].join('\n'), {
    sourceName: 'jiachuan-2026-h1-plan.txt',
  });
  return report.projects.map((p) => {
    const planned = p.mentions.flatMap((m) => (m.plannedInvestment === null ? [] : [m.plannedInvestment]));
    const done = p.mentions.flatMap((m) => (m.completedInvestment === null ? [] : [m.completedInvestment]));
    return [p.name, planned.length ? Math.max(...planned) : null, done.length ? Math.max(...done) : null];
  });
}

describe('a name, then the year’s plan with no total, then the amount done (F3631)', () => {
  it('reads 年度计划投资X亿元，已完成Y亿元 as the planned and the completed investment', () => {
    expect(
      projects(PLAN_TITLE, ['（二）项目建设。甲川县城乡供水一体化工程年度计划投资2.3亿元，已完成1.4亿元。']),
    ).toEqual([['甲川县城乡供水一体化工程', 230000000, 140000000]]);
  });

  it('reads 今年计划投资 and 1—N月完成 after a total-given project of the same sentence', () => {
    expect(
      projects(PLAN_TITLE, [
        '（二）项目建设。甲川新材料产业园总投资12亿元，累计完成投资5.1亿元；乙河至甲川公路改建工程今年计划投资3.6亿元，1—6月完成1.9亿元。',
      ]),
    ).toEqual([
      ['甲川新材料产业园', 1200000000, 510000000],
      ['乙河至甲川公路改建工程', 360000000, 190000000],
    ]);
  });

  it('reads no project from a programme’s year plan (全县重点项目)', () => {
    expect(
      projects(PLAN_TITLE, ['（二）项目建设。全县重点项目年度计划投资46亿元，已完成25.3亿元。']),
    ).toEqual([]);
  });
});

describe('the year’s plan alone in the clause after a name (F3632, F3633)', () => {
  it('reads 甲工程，年度计划投资X亿元，上半年只完成Y亿元 (只 before 完成 as 仅)', () => {
    expect(
      projects(PLAN_TITLE, [
        '（二）项目建设。甲川至丙岭快速通道，年度计划投资4.4亿元，上半年只完成1.3亿元，要加快进度。',
      ]),
    ).toEqual([['甲川至丙岭快速通道', 440000000, 130000000]]);
  });

  it('reads 加快甲工程建设，年度计划投资X亿元 in a plan’s part', () => {
    expect(
      projects(PLAN_TITLE, ['（二）项目建设。加快甲川县城北污水处理厂扩建工程建设，年度计划投资1.7亿元。']),
    ).toEqual([['甲川县城北污水处理厂扩建工程', 170000000, null]]);
  });
});

describe('a numbered item whose first sentence gives the year’s plan and no total (F3634)', () => {
  it('reads 年度计划投资X亿元 under the item’s heading as its planned investment', () => {
    expect(
      projects(NOTICE_TITLE, [
        '三、重点项目进展',
        '1.甲川县第三中学新建工程。',
        '总投资3.1亿元，年度计划投资1.2亿元，1—9月完成投资0.9亿元。',
        '2.乙镇农村人居环境整治项目。',
        '年度计划投资0.7亿元，1—9月完成投资0.45亿元。',
      ]),
    ).toEqual([
      ['甲川县第三中学新建工程', 310000000, 90000000],
      ['乙镇农村人居环境整治项目', 70000000, 45000000],
    ]);
  });
});

describe('the share of a year’s plan whose amount is named (F3635)', () => {
  it('reads 完成年度计划投资X亿元的A% as the planned investment', () => {
    expect(
      projects(PLAN_TITLE, ['（二）项目建设。甲川县妇幼保健院迁建项目完成年度计划投资1.5亿元的64%。']),
    ).toEqual([['甲川县妇幼保健院迁建项目', 150000000, null]]);
  });
});

describe('a project table with a 年度计划投资 column (F3636, F3637)', () => {
  it('reads the year’s plan as planned when no 总投资 column stands beside it', () => {
    expect(
      projects(NOTICE_TITLE, [
        '全县重点项目完成投资25.3亿元。',
        '序号 | 项目名称 | 年度计划投资（万元） | 1—9月完成投资（万元） | 完成率（%）',
        '1 | 甲川县城区供热管网改造工程 | 12000 | 8400 | 70.0',
        '2 | 甲川县冷链物流中心 | 8000 | 6100 | 76.3',
      ]),
    ).toEqual([
      ['甲川县城区供热管网改造工程', 120000000, 84000000],
      ['甲川县冷链物流中心', 80000000, 61000000],
    ]);
  });

  it('keeps 总投资 as planned beside a 年度计划投资 column', () => {
    expect(
      projects(NOTICE_TITLE, [
        '全县重点项目完成投资25.3亿元。',
        '序号 | 项目名称 | 总投资（万元） | 年度计划投资（万元） | 1—9月完成投资（万元）',
        '1 | 甲川县城区供热管网改造工程 | 36000 | 12000 | 8400',
      ]),
    ).toEqual([['甲川县城区供热管网改造工程', 360000000, 84000000]]);
  });
});
