// Forms the one-hundred-and-ninety-second held-out batch showed the parser missed (session 35, branch fix192):
// a committee's 调研报告 naming the project it visited (调研组实地察看的甲项目总投资X亿元，累计完成投资Y亿元);
// a plan part's ordinal part of the works (确保年底前首条生产线投产), no project; a goal named only in the gap to
// it among the problems (与年度增长A%的目标差距较大). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const read = (...lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'fix192.txt' });

describe('the project a committee visited, named after who saw it (调研组实地察看的甲项目总投资X亿元) (F4091)', () => {
  const report = read(
    '关于甲岭县2025年上半年计划执行情况的调研报告',
    '县人大常委会财政经济委员会',
    '（三）项目建设有序推进。全县40个重点项目完成投资21.3亿元。调研组实地察看的甲岭县新型纺织产业园项目总投资18亿元，累计完成投资7.2亿元；乙岭大道改造工程总投资5.6亿元，上半年完成投资1.4亿元。',
  );

  it('reads the visited project with its total and its running total done, the visit no part of its name', () => {
    const projects = report.projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toContainEqual(['甲岭县新型纺织产业园项目', 1800000000, 720000000]);
    expect(projects).toContainEqual(['乙岭大道改造工程', 560000000, 140000000]);
    expect(projects.map((p) => p[0])).not.toContainEqual(expect.stringContaining('察看'));
  });
});

describe('the first line of a plant, an ordinal part of the works (确保年底前首条生产线投产) (F4092)', () => {
  it('reads no project named by the ordinal part, only the works it belongs to', () => {
    const report = read(
      '甲岭县2025年上半年国民经济和社会发展计划执行情况的报告',
      '（一）全力扩大有效投资。加快甲岭县光伏组件产业园二期项目建设，确保年底前首条生产线投产、首批机组并网。',
    );
    const names = report.projects.map((p) => p.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^甲岭县光伏组件产业园二期/);
  });
});

describe('a full-year goal named only in the gap to it (与年度增长A%的目标差距较大) (F4093)', () => {
  const report = read(
    '关于甲岭县2025年上半年计划执行情况的调研报告',
    '一、基本情况',
    '上半年，全县固定资产投资同比下降1.8%，社会消费品零售总额增长4.6%。',
    '二、存在的主要问题',
    '（一）部分指标进度偏慢。固定资产投资增速由正转负，与年度增长8%的目标差距较大。',
  );

  it('reads the stated figure as fixed-asset investment’s full-year goal, missed', () => {
    const goals = report.targets.filter((t) => t.indicatorCode === 'fixed-asset-investment');
    expect(goals.map((t) => [t.value, t.comparator, t.horizon, t.attainment])).toEqual([
      [8, 'eq', 'full-year', 'missed'],
    ]);
  });

  it('reads no growth of 8% for the indicator', () => {
    const growths = report.observations
      .filter((o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(growths).toEqual([-1.8]);
  });
});
