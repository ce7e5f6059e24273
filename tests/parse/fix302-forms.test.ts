// Forms held-out-302 (a 十四五规划纲要, its 中期评估报告 and a news page on the evaluation) showed the parser missed
// (session 40, branch fix302). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parsedReport } from '../helpers/report.js';

const evaluationNews = (lines: readonly string[]) =>
  parsedReport(['岑渚县“十四五”规划纲要实施中期评估报告出炉', ...lines].join('\n'), {
    sourceName: 'cenzhu.html',
    region: '岑渚县',
    period: '2022-FY',
  });

describe('the share of a plan goal named by its year (F6161)', () => {
  it('reads 完成2025年目标（X亿元）的B% as a share, as 完成规划目标（X亿元）的B% is', () => {
    const report = evaluationNews([
      '2022年全县地区生产总值达到214.6亿元，两年年均增长5.8%，完成2025年目标（290亿元）的74.0%。',
    ]);
    expect(
      report.observations
        .filter((o) => o.measure === 'share')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['gdp', 74]]);
  });
});

describe('a five-year plan’s goal named by its figure in an evaluation’s words (F6162)', () => {
  const report = evaluationNews([
    '2022年全县地区生产总值达到214.6亿元，完成2025年目标（290亿元）的74.0%。一般公共预算收入达到9.7亿元，完成规划目标（12.5亿元）的77.6%。',
    '常住人口城镇化率达到47.9%，提前完成47%的规划目标；森林覆盖率达到28.4%，超过28%的规划目标。',
    '社会消费品零售总额两年年均增长3.1%，低于规划年均增长8%的目标4.9个百分点；研究与试验发展经费投入强度为1.21%，距1.8%的规划目标还差0.59个百分点。',
  ]);
  const goals = report.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.unit, t.attainment]);

  it('reads each as a five-year target, met where the text says it is reached', () => {
    expect(goals).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 'five-year', 290, '亿元', 'unknown'],
        ['一般公共预算收入', 'five-year', 12.5, '亿元', 'unknown'],
        ['常住人口城镇化率', 'five-year', 47, '%', 'met'],
        ['森林覆盖率', 'five-year', 28, '%', 'met'],
        ['社会消费品零售总额', 'five-year', 8, '%', 'unknown'],
        ['研究与试验发展经费投入强度', 'five-year', 1.8, '%', 'unknown'],
      ]),
    );
  });

  it('reads none of them as the year’s goal, nor the goal’s figure as a level', () => {
    expect(report.targets.filter((t) => t.horizon !== 'five-year')).toEqual([]);
    expect(
      report.observations.some((o) => o.indicatorName === '森林覆盖率' && o.quantity?.value === 28),
    ).toBe(false);
  });

  it('leaves a 2035 vision goal alone', () => {
    const vision = evaluationNews(['2022年全县常住人口城镇化率达到47.9%，完成2035年目标（60%）的79.8%。']);
    expect(vision.targets.filter((t) => t.horizon === 'five-year')).toEqual([]);
  });
});

describe('energy use per unit of output with 能耗 written out in full (F6163)', () => {
  it('is the catalogue’s binding energy goal, with or without the fall it sets', () => {
    expect(lookupIndicator('单位地区生产总值能源消耗降低')?.code).toBe('energy-emission-targets');
    expect(lookupIndicator('单位生产总值能源消耗')?.code).toBe('energy-emission-targets');
  });
});

describe('a count the clause says there will be is no project (F6164)', () => {
  it('keeps the park and drops 将有N条生产线', () => {
    const report = evaluationNews(['岑渚县储能材料产业园累计完成投资18.4亿元，年内将有2条生产线投产。']);
    expect(report.projects.map((p) => p.name)).toEqual(['岑渚县储能材料产业园']);
  });
});
