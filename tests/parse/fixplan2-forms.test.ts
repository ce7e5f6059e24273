// Forms the thirteenth held-out batch's baoxiu and wofeng fixtures showed the parser missed
// (docs/prose-forms.md, "held-out-13: baoxiu and wofeng (fixplan2)"), in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixplan2.txt');
const fullYear = (...prose: string[]) =>
  report('甲乙旗2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告', ...prose);
const review = (...prose: string[]) =>
  report('关于丙丁县2013年上半年国民经济和社会发展计划执行情况的审查意见', ...prose);

const observed = (r: ReturnType<typeof report>, code: string) =>
  r.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]);

describe('a revenue at two bases: （同口径）…；按自然口径计算完成X亿元，下降A%', () => {
  it('gives the second level and growth to the revenue named before', () => {
    const r = fullYear(
      '——财政收入稳中有增。一般公共预算收入（同口径）完成5.26亿元，增长4.8%，完成预算的101.3%；按自然口径计算完成4.91亿元，下降2.7%。',
    );
    expect(observed(r, 'general-budget-revenue')).toEqual([
      ['level', 5.26],
      ['growth', 4.8],
      ['share', 101.3],
      ['level', 4.91],
      ['growth', -2.7],
    ]);
  });

  it('does the same within one clause chain, without the ；', () => {
    const r = fullYear('一般公共预算收入完成3.18亿元，增长5.5%，按自然口径计算完成2.96亿元，下降1.9%。');
    expect(observed(r, 'general-budget-revenue')).toEqual([
      ['level', 3.18],
      ['growth', 5.5],
      ['level', 2.96],
      ['growth', -1.9],
    ]);
  });
});

describe('an amount of change in tonnes: 比上年增产/减产X万吨', () => {
  it('reads 增产 as a change of the output before it, 减产 as a negative one', () => {
    expect(observed(fullYear('粮食产量达到24.3万吨，比上年增产0.8万吨。'), 'grain-output')).toEqual([
      ['level', 24.3],
      ['change', 0.8],
    ]);
    expect(observed(fullYear('全旗粮食产量19.7万吨，同比减产0.4万吨。'), 'grain-output')).toEqual([
      ['level', 19.7],
      ['change', -0.4],
    ]);
  });
});

describe('与年度计划持平: the plan named for the year', () => {
  it('derives the full-year target equal to the result, met, as 高于年度计划 does', () => {
    const targets = fullYear(
      '——消费市场平稳增长。社会消费品零售总额完成24.18亿元，增长6.3%，与年度计划持平。',
      '——固定资产投资增长9.4%，高于年度计划1.4个百分点。',
    ).targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.derived, t.attainment]);
    expect(targets).toEqual([
      ['retail-sales', 'target', 'full-year', 6.3, true, 'met'],
      ['fixed-asset-investment', 'target', 'full-year', 8, true, 'met'],
    ]);
  });
});

describe('2×35万千瓦: the count of units is part of the capacity', () => {
  it('keeps no figure 2 from a plant’s name, and still reads the project', () => {
    const r = fullYear('乙丙2×35万千瓦火电项目完成投资8.6亿元。');
    expect(r.facts.map((f) => f.quantity?.value)).not.toContain(2);
    expect(r.projects.map((p) => p.name)).toEqual(['乙丙2×35万千瓦火电项目']);
  });
});

describe('project names the batch showed', () => {
  it('lets a voltage open a substation’s name: 220千伏…变电站', () => {
    const names = fullYear(
      '甲乙至丙丁一级公路建成投用，220千伏乙东变电站开工建设。',
      '加快推进220千伏乙东变电站建设。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['甲乙至丙丁一级公路', '220千伏乙东变电站']);
  });

  it('reads 完成…工程主体建设 as the project and its status', () => {
    const projects = fullYear('确保城镇新增就业1500人以上，完成旗第三中学迁建工程主体建设。').projects;
    expect(projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['旗第三中学迁建工程', '主体建设'],
    ]);
  });

  it('reads every project of 加快甲工程、乙项目建设进度', () => {
    const names = review('加快北沙河流域综合治理工程、引水灌区高效节水灌溉项目建设进度。').projects.map(
      (p) => p.name,
    );
    expect(names).toEqual(['北沙河流域综合治理工程', '引水灌区高效节水灌溉项目']);
  });

  it('reads a list closed by 等项目 with the cause of a delay after it', () => {
    const names = review(
      '三是部分重点项目进展缓慢，城南工业园区红枣深加工项目、县城集中供热三期工程等项目受用地、资金等因素影响，进度滞后。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['城南工业园区红枣深加工项目', '县城集中供热三期工程']);
  });

  it('does not read the fields of a delay as projects', () => {
    const names = review('部分项目受用地、资金等因素影响，进度滞后。').projects.map((p) => p.name);
    expect(names).toEqual([]);
  });
});
