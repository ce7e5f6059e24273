// Forms held-out-51 showed the parser missing (zhenyuan, weihu, matang). Sentences of our own, with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '桐岙县2021年上半年国民经济和社会发展计划执行情况的报告';
/** A half-year report's first part holding the lines. */
const report = (lines: string[]) =>
  parsedReport([TITLE, '一、上半年计划执行情况', ...lines].join('\n'), { sourceName: 'tongao.txt' });
const observed = (lines: string[]) =>
  report(lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('实际到位省外资金: the investment attracted under Henan’s name', () => {
  it('reads its level, growth and share as investment-attracted without a 招商引资 topic line', () => {
    const found = observed([
      '（五）对外开放稳步推进',
      '实际到位省外资金18.6亿元，同比增长4.2%，完成年度目标任务的50.8%，增速居全市第6位。',
    ]);
    expect(found.filter((o) => o[0] === 'investment-attracted')).toEqual([
      ['investment-attracted', 'level', 18.6],
      ['investment-attracted', 'growth', 4.2],
      ['investment-attracted', 'share', 50.8],
    ]);
  });
});

describe('高于市定指导目标: the guidance the city set, after the gap to the year’s plan', () => {
  it('reads the second gap as a comparison with the guidance, and the share after it', () => {
    const found = report([
      '一般公共预算收入完成4.12亿元，同比增长9.4%，高于年度计划2.4个百分点，低于市定指导目标0.6个百分点，占年度预算的51.2%，增速居全市第2位。',
    ]).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.comparedWith ?? null]);
    expect(found).toEqual([
      ['general-budget-revenue', 'level', 4.12, null],
      ['general-budget-revenue', 'growth', 9.4, null],
      ['general-budget-revenue', 'comparison', 2.4, '计划'],
      ['general-budget-revenue', 'comparison', -0.6, '市定指导目标'],
      ['general-budget-revenue', 'share', 51.2, null],
    ]);
  });
});

describe('电子商务交易额: a trade volume the catalogue lacks, a named aggregate', () => {
  it('keeps its level and growth under the name as written', () => {
    const found = report([
      '社会消费品零售总额完成41.2亿元，同比增长9.6%。全县电子商务交易额7.3亿元，增长21.4%。',
    ]).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(found.filter((o) => String(o[0]).includes('交易额'))).toEqual([
      ['电子商务交易额', 'level', 7.3],
      ['电子商务交易额', 'growth', 21.4],
    ]);
  });
});

describe('a part against the whole: 低于地区生产总值增速', () => {
  it('reads the margin as a comparison of the industry named before, not as a change of GDP', () => {
    const found = report([
      '全县实现地区生产总值120.4亿元，同比增长6.2%。',
      '一是产业结构偏重，第三产业增加值仅增长3.1%，低于地区生产总值增速3.1个百分点。',
    ]).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(found.filter((o) => o[1] === 'comparison' || o[1] === 'change')).toEqual([
      ['tertiary-industry-value-added', 'comparison', -3.1],
    ]);
  });
});

describe('a project, its status, then its total in the next clause', () => {
  it('joins 总投资 to the project the status clause named, phase and all', () => {
    const projects = report([
      '桐岙工业园区20万吨精细化工项目（一期）建成投产，总投资12.4亿元。县中医院迁建工程主体完工，完成投资0.86亿元。',
    ]).projects.map((p) => [p.name, p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])]);
    expect(projects).toEqual([
      ['桐岙工业园区20万吨精细化工项目(一期)', [[1240000000, null]]],
      ['县中医院迁建工程', [[null, 86000000]]],
    ]);
  });
});
