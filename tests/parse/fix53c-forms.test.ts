// Forms of the held-out-53 batch's congress review and county half-year report (session 22, fix53c), in
// sentences of our own with invented places and figures: a figure per mu (亩均税收), a gap to the plan
// written 比预期目标低, ranks among a city's county-level cities and its 板块, a ratio to one, a project's
// amount in the year it began, 签约 before a class bound and a project entering trial production.

import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/parse/numbers.js';
import { sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('fix53c.txt', title, lines);
const FY = '关于柘岭市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的审查结果报告';
const H1 = '柘岭县2019年上半年国民经济和社会发展计划执行情况的报告';
const PLAN = '二、2021年计划草案';

describe('a figure per mu of land (prose-clauses.ts, prose-branches.ts)', () => {
  it('is its own aggregate, not tax revenue, in the results and in a goal', () => {
    const read = report(
      FY,
      '二是转型任务较重，规模以上工业企业亩均税收仅为21.4万元，低于梧州市平均水平。',
      PLAN,
      '力争规模以上工业企业亩均税收提高到25万元以上。',
    );
    expect(read.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规模以上工业企业亩均税收', 'level', 21.4],
    ]);
    expect(read.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.comparator])).toEqual([
      ['规模以上工业企业亩均税收', 'next-year', 25, 'gte'],
    ]);
    expect(read.observations.some((o) => o.indicatorCode === 'tax-revenue')).toBe(false);
  });
});

describe('a gap to the plan written 比预期目标低 after the name (prose-links.ts, prose-clauses.ts)', () => {
  it('is a comparison with the plan and derives it, the word-only verdict its attainment', () => {
    const read = report(
      FY,
      '社会消费品零售总额216.3亿元，下降2.4%，未完成年度预期目标。',
      '存在的问题：一是社会消费品零售总额比预期目标低8.4个百分点。',
    );
    expect(
      read.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]),
    ).toEqual([['retail-sales', -8.4, '计划']]);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.derived, t.attainment])).toEqual([
      ['retail-sales', 6, true, 'missed'],
    ]);
  });
});

describe("ranks among a city's county-level cities and its 板块 (prose-rank-group.ts, prose-not-figures.ts)", () => {
  it('reads the rank, the group of county-level cities its size and no fact', () => {
    const read = report(FY, '全市实现地区生产总值286.4亿元，增长3.9%，增速列梧州市5个县级市第2位。');
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 5, '梧州市'],
    ]);
    expect(read.facts.map((f) => f.quantity.raw)).toEqual(['286.4亿元', '增长3.9%']);
  });

  it('reads a rank among every 板块 of the city, no size given', () => {
    const read = report(FY, '实际使用外资1.62亿美元，增长15.6%，总量列梧州市各板块第3位。');
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['foreign-investment', 3, null, '梧州市'],
    ]);
  });
});

describe('a ratio to one (numbers.ts)', () => {
  it('is its first term; the one it is put against is no figure', () => {
    const text = '城乡居民收入比缩小至2.14:1。';
    expect(scanFigures(text).map((f) => f.quantity.value)).toEqual([2.14]);
  });

  it('keeps every term of a ratio of more parts or another last term', () => {
    expect(scanFigures('三次产业结构为8.1:41.2:50.7').map((f) => f.quantity.value)).toEqual([
      8.1, 41.2, 50.7,
    ]);
    expect(scanFigures('比例为3:2').map((f) => f.quantity.value)).toEqual([3, 2]);
  });
});

describe('a project begun, then its amount done that year (project-amounts.ts)', () => {
  it('gives the project the amount of 当年完成投资', () => {
    const read = report(FY, '总投资36亿元的柘岭至梧州快速路开工建设，当年完成投资4.2亿元。');
    expect(
      read.projects.map((p) => [p.name, p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])]),
    ).toEqual([['柘岭至梧州快速路', [[3600000000, 420000000]]]]);
  });
});

describe('签约 before a class bound (numbers.ts)', () => {
  it('is no about: 新签约5000万元以上项目 holds a bound of the class, no figure', () => {
    const read = report(H1, '新签约3000万元以上项目14个，协议总投资26.8亿元。');
    expect(read.facts.map((f) => f.quantity.raw)).toEqual(['14个', '26.8亿元']);
  });

  it('still reads 约 before a figure as about', () => {
    const read = report(H1, '全年签约项目投资约12亿元。');
    expect(read.facts.map((f) => [f.quantity.value, f.quantity.qualifier])).toEqual([[12, 'about']]);
  });
});

describe('a project entering trial production (project-status.ts)', () => {
  it('is named with its status', () => {
    const read = report(H1, '柘岭大道改造工程主体封顶；年产3万吨竹浆新材料项目进入试生产。');
    expect(read.projects.map((p) => [p.name, p.mentions.map((m) => m.status)])).toEqual([
      ['柘岭大道改造工程', ['主体封顶']],
      ['年产3万吨竹浆新材料项目', ['进入试生产']],
    ]);
  });
});
