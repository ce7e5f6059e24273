// Forms the two-hundred-and-fifth and two-hundred-and-sixth held-out batches showed the parser missed (session
// 35, branch fix206): a plan table's 完成计划情况 column of 完成/未完成 verdicts read as a goal column (an empty
// goal per row); a growth goal restated after the verdict, 超额完成增长A%的年度目标; a building named with
// 综合楼 then 建成投入使用 (its name cut before 综合楼, read as the part done). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const VERDICT_TABLE = [
  '关于甲川县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告',
  '一、2030年计划执行情况',
  '全县地区生产总值88.20亿元，增长6.4%。社会消费品零售总额30.15亿元，增长7.2%。',
  '表1　甲川县2030年主要经济指标完成情况',
  '指标名称\t单位\t2030年计划\t2030年完成\t增长（%）\t完成计划情况',
  '地区生产总值\t亿元\t增长6%\t88.20\t6.4\t完成',
  '社会消费品零售总额\t亿元\t增长8%\t30.15\t7.2\t未完成',
].join('\n');

describe('a plan table’s verdict column (完成计划情况: 完成/未完成) (F4311)', () => {
  const targets = () => parsedReport(VERDICT_TABLE, { sourceName: 'plan.txt' }).targets;

  it('reads no empty goal from the verdict cells', () => {
    expect(targets().filter((t) => t.value === null)).toEqual([]);
  });

  it('keeps the plan column’s goals, judged from the results', () => {
    expect(targets().map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['gdp', 6, 'met'],
      ['retail-sales', 8, 'missed'],
    ]);
  });
});

const RESTATED_GOAL = [
  '关于乙平县2030年计划执行情况的审查报告',
  '一、2030年计划执行情况',
  '全县固定资产投资增长9.3%，超额完成增长8%的年度目标。社会消费品零售总额增长4.1%，未完成增长6%的年度目标。',
].join('\n');

describe('a growth goal restated after the verdict: 超额完成增长A%的年度目标 (F4312)', () => {
  const targets = () =>
    parsedReport(RESTATED_GOAL, { sourceName: 'review.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
      t.comparator,
      t.attainment,
    ]);

  it('reads the year’s growth goal of the indicator just given, met', () => {
    expect(targets()).toContainEqual(['fixed-asset-investment', 'full-year', 8, 'eq', 'met']);
  });

  it('reads 未完成 as missed', () => {
    expect(targets()).toContainEqual(['retail-sales', 'full-year', 6, 'eq', 'missed']);
  });
});

const BUILDING_IN_USE = [
  '关于丙河县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告',
  '一、2030年计划执行情况',
  '全年推进重大项目40个，完成投资21.5亿元。丙河至丁山公路总投资4.6亿元，累计完成投资2.2亿元；' +
    '丙河县妇幼保健院门诊综合楼建成投入使用；丙河县第一中学综合楼建成投入运营。',
].join('\n');

describe('a building named with 综合楼 then 建成投入使用 (F4313)', () => {
  const projects = () =>
    parsedReport(BUILDING_IN_USE, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.status ?? null,
    ]);

  it('keeps the building’s whole name, its status the building’s own', () => {
    expect(projects()).toContainEqual(['丙河县妇幼保健院门诊综合楼', '建成投入使用']);
    expect(projects()).toContainEqual(['丙河县第一中学综合楼', '建成投入运营']);
  });

  it('reads no project cut before 综合楼', () => {
    expect(projects().map(([name]) => name)).not.toContain('丙河县第一中学');
  });
});
