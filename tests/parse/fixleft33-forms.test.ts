// Forms older batches' leftovers showed the parser missed (session 33, branch fixleft33): a speech whose
// place is only a verb before 全县 (动员全县上下) and the stem of its park and road; a rest-of-year need
// before the year's goal (需增长A%左右，才能实现全年增长B%左右的预期目标); a housing project's dwellings
// planned and done; a prose rank of no size under a note sizing its 全市 column; a building 建成启用. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F3161–F3162: a speech that names its place only in a park and a road', () => {
  const speech = (projects: string) =>
    report([
      '在全县三季度经济运行调度会议上的讲话',
      '县长　某某',
      '（2025年10月20日）',
      '同志们：',
      '今天召开这次会议，主要是分析前三季度经济运行情况，动员全县上下全力冲刺全年目标任务。',
      '前三季度，全县地区生产总值完成146.2亿元，同比增长5.9%。',
      projects,
    ]);

  it('reads no place from the verb 动员 before 全县', () => {
    expect(() => speech('项目建设要再提速。')).toThrow(/no-region/);
  });

  it('reads the stem that opens a park and ends a road as the county', () => {
    const read = speech(
      '澪溪智能装备产业园项目总投资18亿元，累计完成投资9.2亿元；岚河至澪溪快速路总投资6.4亿元。',
    );
    expect(read.meta.region).toBe('澪溪县');
  });
});

describe('F3163: a rest-of-year need before the year goal it is for', () => {
  it('gives the goal of the indicator the need names', () => {
    const read = report([
      '澪岗县2025年前三季度经济运行分析',
      '前三季度，全县地区生产总值增长5.7%。',
      '测算表明，四季度全县地区生产总值需增长7.1%左右，才能实现全年增长6.2%左右的预期目标。',
    ]);
    const goal = read.targets.find((t) => t.indicatorCode === 'gdp');
    expect(goal?.value).toBe(6.2);
    expect(goal?.comparator).toBe('approx');
    expect(goal?.horizon).toBe('full-year');
  });
});

describe("F3164: a housing project's dwellings planned and done", () => {
  it('names the project, its counts no amounts', () => {
    const read = report([
      '澪岗县2013年工作总结',
      '（二）民生项目加快实施。廉租住房工程全年计划建设640户，已竣工602户，竣工率94.1%。',
    ]);
    const project = read.projects.find((p) => p.name === '廉租住房工程');
    expect(project).toBeDefined();
    expect(project?.mentions[0]?.plannedInvestment ?? null).toBeNull();
  });
});

describe('F3165: a prose rank of no size under a note sizing its 全市 column', () => {
  it('takes the note’s group size', () => {
    const read = report([
      '澪岗区2024年上半年经济运行情况',
      '上半年，全区地区生产总值增长5.2%。规模以上工业总产值完成212.6亿元，同比增长6.4%，增速排名全市第四。',
      '指标\t单位\t绝对值\t增长（%）\t全市位次',
      '地区生产总值\t亿元\t301.5\t5.2\t5',
      '规模以上工业总产值\t亿元\t212.6\t6.4\t4',
      '固定资产投资\t亿元\t—\t3.1\t9',
      '注：全市位次为增速在全市14个区中的排位。',
    ]);
    const rank = read.rankings.find((r) => r.indicatorCode === 'industrial-output' && r.source === 'prose');
    expect(rank?.rank).toBe(4);
    expect(rank?.of).toBe(14);
  });
});

describe('F3166: a building opened for use as a project’s status', () => {
  it('names the project 建成启用 is said of', () => {
    const read = report([
      '澪岗县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '澪岗至岚河公路总投资6.2亿元，累计完成投资4.1亿元；澪岗县妇幼保健院新院区建成启用。',
    ]);
    expect(read.projects.map((p) => p.name)).toContain('澪岗县妇幼保健院新院区');
  });
});
