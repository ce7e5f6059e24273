// Session 40 fixer fixtail40: forms the leftovers of held-out-293, -298, -299 and -301 showed missing.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

const observations = (prose: string) =>
  parseReportText(
    ['漪梧区2025年国民经济和社会发展计划执行情况的报告', '一、2025年执行情况', prose].join('\n'),
    { sourceName: 'prose.txt' },
  ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

const projects = (prose: string) =>
  parseReportText(
    ['漪梧区2025年国民经济和社会发展计划执行情况的报告', '一、2025年执行情况', prose].join('\n'),
    { sourceName: 'prose.txt' },
  ).report?.projects.map((p) => p.name);

describe('fixtail40 forms', () => {
  it('F6251: reads a bare 优良天数比例 as the air-quality rate', () => {
    expect(observations('全区细颗粒物平均浓度降至33微克/立方米，优良天数比例达到82.6%。')).toContainEqual([
      generatedCode('优良天数比例'),
      'rate',
      82.6,
      '%',
    ]);
  });

  it('F6252: joins a phase named without the place to the project named with it', () => {
    expect(
      projects(
        '漪梧区高端光学镜片产业化项目总投资18亿元，一期工程于4月开工，累计完成投资5.2亿元。下一步，确保高端光学镜片产业化项目一期年内建成投产。',
      ),
    ).toEqual(['漪梧区高端光学镜片产业化项目']);
  });

  it("F6253: gives a goal list's end-year clause to the indicator of the pace before it", () => {
    const targets = parseReportText(
      [
        '漪梧区2025年国民经济和社会发展计划执行情况的报告',
        '一、2025年执行情况',
        '报告提出，“十五五”时期，全区经济社会发展的主要目标是：地区生产总值年均增长6%左右，到2030年突破320亿元；一般公共预算收入年均增长5%以上。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    ).report?.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value, t.unit]);
    expect(targets).toContainEqual(['gdp', 'five-year', 'gt', 320, '亿元']);
  });
});
