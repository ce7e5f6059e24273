// Forms first met in held-out-384 (session 45, fixer fix384). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix384-forms.txt' });

const targets = (report: ReturnType<typeof parse>['report']) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);

describe('a draft plan quoted as setting its goals: 草案提出：… (F7691)', () => {
  const report = parse(
    '政协澄垣县委员会常务委员会关于《澄垣县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案》的协商意见',
    '二、对2026年计划草案的意见',
    '常委会认为，计划草案提出的目标总体可行。草案提出：规模以上工业增加值增长9%；全社会固定资产投资148亿元；公共财政预算收入增长7.5%；人口自然增长率控制在5.5‰以内。',
  ).report;

  it('reads each goal with no 左右 or 以上 as a next-year target', () => {
    expect(targets(report)).toEqual([
      ['规模以上工业增加值', 'next-year', 'eq', 9, '%'],
      ['全社会固定资产投资', 'next-year', 'eq', 148, '亿元'],
      ['公共财政预算收入', 'next-year', 'eq', 7.5, '%'],
      ['人口自然增长率', 'next-year', 'lte', 5.5, '‰'],
    ]);
  });
});

const of = (report: ReturnType<typeof parse>['report'], measure: string) =>
  (report?.observations ?? [])
    .filter((o) => o.measure === measure)
    .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

describe('the whole named before 中, then the part whose share is judged (F7692)', () => {
  const report = parse(
    '垚川县2025年国民经济和社会发展计划执行情况的报告',
    '全县固定资产投资完成86.4亿元，增长11.2%。委员发言说，固定资产投资中工业投资占比偏低，仅为37.9%，比上年下降2.6个百分点。',
  ).report;

  it("reads the share and its move as the part's, not the whole's", () => {
    expect(of(report, 'share')).toEqual([['工业投资', 37.9, '%']]);
    expect(of(report, 'change')).toEqual([['工业投资', -2.6, '个百分点']]);
  });
});

describe('龙头项目, 骨干项目: projects sorted by the lead they give, a class (F7693)', () => {
  const report = parse(
    '汐岭县2025年国民经济和社会发展计划执行情况的报告',
    '建议着力引进一批投资超5亿元的龙头项目，培育一批投资超2亿元的骨干项目；汐岭县冷链物流中心项目总投资2.6亿元，年内开工建设。',
  ).report;

  it('reads no project of either class, and the named one still', () => {
    expect((report?.projects ?? []).map((p) => p.name)).toEqual(['汐岭县冷链物流中心项目']);
  });
});

describe('完成市下达的下降A%的约束性目标: a binding goal closed with its figure (F7694)', () => {
  const report = parse(
    '漓垌县2025年国民经济和社会发展计划执行情况的报告',
    '预计全年实现地区生产总值98.2亿元，增长7.4%；单位地区生产总值能耗下降4.1%，完成市下达的下降3.8%的约束性目标。',
  ).report;

  it("reads the city's binding goal as the year's target, met, and no fall of 3.8%", () => {
    expect(
      (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.value, t.unit, t.attainment]),
    ).toEqual([['单位地区生产总值能耗', 'full-year', -3.8, '%', 'met']]);
    expect(of(report, 'growth').map((g) => g[1])).toEqual([7.4, -4.1]);
  });
});
