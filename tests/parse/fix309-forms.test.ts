// Forms first met in held-out-307 and held-out-309 (session 41, fixer fix309). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix309-forms.txt' });

describe('a rank-move column headed 较上年同期±位 beside the rank (F6331)', () => {
  const report = parse(
    '雾峦县2026年一季度经济运行和计划执行情况',
    '一季度，全县规模以上工业增加值同比增长7.4%，固定资产投资同比增长3.2%，社会消费品零售总额同比增长5.5%。',
    '表：雾峦县2026年一季度主要经济指标完成情况',
    '指标\t年度目标（%）\t增长（%）\t全市排位\t较上年同期±位',
    '规模以上工业增加值\t8\t7.4\t6\t+3',
    '固定资产投资\t9\t3.2\t11\t-5',
    '社会消费品零售总额\t7\t5.5\t9\t持平',
  ).report;

  it('reads the signed cells as the ranks’ moves', () => {
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 6, 3],
      ['fixed-asset-investment', 11, -5],
      ['retail-sales', 9, 0],
    ]);
  });

  it('reads no growth from the move column', () => {
    const growths = (report?.observations ?? [])
      .filter((o) => o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(new Set(growths)).toEqual(new Set([7.4, 3.2, 5.5]));
  });
});

describe('a project named after the occasion and its participle, 主会场开工的甲项目总投资X亿元 (F6332)', () => {
  const projects = (lead: string) =>
    parse(
      '栾岙县2026年第一季度重大项目集中开工',
      '3月20日，栾岙县2026年第一季度重大项目集中开工活动举行。此次集中开工项目15个，总投资42.6亿元，年度计划投资13.8亿元。',
      '一季度，全县固定资产投资同比增长8.7%，其中项目投资增长11.2%。',
      `${lead}栾岙光伏玻璃产业园二期项目总投资9.4亿元，年度计划投资3.1亿元，建成后可年产光伏玻璃30万吨。`,
    ).report?.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null]);

  it('keeps 主会场开工的 out of the name and reads the total', () => {
    expect(projects('主会场开工的')).toContainEqual(['栾岙光伏玻璃产业园二期项目', 940000000]);
  });

  it('reads 此次开工的 the same way', () => {
    expect(projects('此次开工的')).toContainEqual(['栾岙光伏玻璃产业园二期项目', 940000000]);
  });
});

describe('a later phase of a whole named behind a place head, the whole’s sentence telling its first phase (F6333)', () => {
  const names = parse(
    '栾岙市2025年上半年国民经济和社会发展计划执行情况的报告',
    '上半年，全市地区生产总值同比增长5.6%，规模以上工业增加值同比增长6.9%，固定资产投资同比增长4.3%。',
    '栾岙高新区钠离子电池产业园项目总投资38亿元，累计完成投资21.4亿元，一期已投产；栾岙西客运枢纽项目总投资9.6亿元，上半年完成投资2.3亿元。',
    '下半年，确保钠离子电池产业园二期年内建成投产。',
  ).report?.projects.map((p) => p.name);

  it('folds the later phase into the place-named whole', () => {
    expect(names).toEqual(['栾岙高新区钠离子电池产业园项目', '栾岙西客运枢纽项目']);
  });
});
