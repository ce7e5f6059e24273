// Forms first met in held-out-349 and held-out-348 (session 43, fixer fix349). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix349-forms.txt' });

describe('a 增速比1—2月± column with no unit of its own, before a rank column (F7091)', () => {
  const report = parse(
    '榆沱县2026年1—3月主要经济指标',
    '单位：亿元、万吨、%',
    '指标\t单位\t1—3月\t同比增长%\t增速比1—2月±\t全市位次',
    '规模以上工业增加值\t—\t—\t-2.7\t4.6\t7',
    '原煤产量\t万吨\t312.45\t3.1\t-1.9\t—',
    '一般公共预算收入\t亿元\t2.86\t-12.4\t2.3\t5',
  ).report;
  const of = (measure: string) =>
    (report?.observations ?? [])
      .filter((o) => o.measure === measure)
      .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

  it('reads the column as changes of the growth in points', () => {
    expect(of('change')).toEqual([
      ['规模以上工业增加值', 4.6, '百分点'],
      ['原煤产量', -1.9, '百分点'],
      ['一般公共预算收入', 2.3, '百分点'],
    ]);
  });

  it('reads only the 同比增长% column as growths', () => {
    expect(of('growth').map((g) => g[1])).toEqual([-2.7, 3.1, -12.4]);
  });
});

describe('a month opening a clause after ； with the area word and no comma, 3月份全县用电量… (F7092)', () => {
  const report = parse(
    '栎川县2026年一季度经济运行情况',
    '一季度，全县规模以上工业增加值同比增长3.4%；3月份全县用电量2.48亿千瓦时，同比增长5.1%。',
  ).report;

  it('gives the month’s own period to the clause’s figures', () => {
    const power = (report?.observations ?? []).filter((o) => o.indicatorCode === 'electricity-consumption');
    expect(power.map((o) => [o.measure, o.quantity?.value, o.period])).toEqual([
      ['level', 2.48, '2026-M3-3'],
      ['growth', 5.1, '2026-M3-3'],
    ]);
  });

  it('leaves the quarter’s figure before the ； in the report’s period', () => {
    const iva = report?.observations.find((o) => o.indicatorCode === 'industrial-value-added');
    expect(iva?.period ?? null).toBeNull();
  });
});

describe('goals for a later part of the year in a quarter’s plan part (F7093, F7094)', () => {
  const report = parse(
    '槐屿县发展和改革局关于2026年一季度经济运行情况的报告',
    '一季度，全县规模以上工业增加值同比下降2.1%，固定资产投资同比下降15.4%。',
    '二、下一步工作打算',
    '（一）加快复工达产。力争二季度规模以上工业增加值增速由负转正，上半年固定资产投资降幅收窄到8%以内。',
    '（二）确保全年目标。确保全年固定资产投资增长9%以上。',
  ).report;
  const targets = () => (report?.targets ?? []).map((t) => [t.indicatorCode, t.value, t.comparator]);

  it('reads neither the 二季度 turn nor the 上半年 ceiling as a goal of the year', () => {
    expect(targets()).toEqual([['fixed-asset-investment', 9, 'gte']]);
  });
});

describe('a capacity the works build, in the clause after a project and its total (F7095)', () => {
  const report = parse(
    '栎川县2026年一季度重点项目建设情况',
    '一季度，全县重点项目加快推进。蓬岩新材料产业园项目总投资12.4亿元，建设年产6万吨高性能铜箔生产线，今年计划完成投资5亿元；栎川县物流园项目总投资3.6亿元，今年计划投资1.2亿元。',
  ).report;

  it('reads no project named by the content clause', () => {
    expect(report?.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['蓬岩新材料产业园项目', 1240000000],
      ['栎川县物流园项目', 360000000],
    ]);
  });

  it('keeps the capacity as a figure the report gives', () => {
    expect(report?.facts.some((f) => f.quantity.raw === '6万吨')).toBe(true);
  });
});

describe('a capacity opening a project’s own name stays the name’s', () => {
  const report = parse(
    '栎川县2026年一季度重点项目建设情况',
    '一季度，开工建设年产6万吨高性能铜箔项目，总投资12.4亿元。',
  ).report;

  it('gives no fact of the capacity', () => {
    expect(report?.facts.some((f) => f.quantity.raw === '6万吨')).toBe(false);
  });
});

describe('a point’s ordinal before the lead of a suggestion’s works, 建议：一是加快…项目建设 (F7096)', () => {
  const report = parse(
    '榆沱县统计局2026年全县经济运行分析',
    '2026年，全县地区生产总值增长7.1%。',
    '建议：一是加快榆沱经济开发区竹木加工产业园项目建设，确保年内投产；二是抓好稳增长政策落实。',
  ).report;

  it('reads the project named after the ordinal and the lead', () => {
    expect(report?.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['榆沱经济开发区竹木加工产业园', '加快'],
    ]);
  });
});

describe('a clause of cause opened by 但随着 before a class of projects (F7097)', () => {
  const projects = (sentence: string) =>
    parse(
      '榆沱县统计局2026年全县经济运行分析',
      '2026年，全县地区生产总值增长7.1%。',
      sentence,
    ).report?.projects.map((p) => p.name);

  it('reads no project from 但随着一批重点项目建成投产', () => {
    expect(projects('2027年全县经济仍面临下行压力，但随着一批重点项目建成投产，经济有望平稳增长。')).toEqual(
      [],
    );
  });

  it('reads a project named after 随着 without the conjunction', () => {
    expect(
      projects('2027年全县经济仍面临下行压力，但随着榆沱竹木加工产业园项目建成投产，经济有望平稳增长。'),
    ).toEqual(['榆沱竹木加工产业园项目']);
  });
});
