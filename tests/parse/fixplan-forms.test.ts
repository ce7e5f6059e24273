// Forms the eleventh held-out batch's pingtao and digang fixtures showed the parser missed
// (docs/prose-forms.md, "held-out-11: pingtao and digang (fixplan)"), in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixplan.txt');
const fullYear = (...prose: string[]) =>
  report('关于甲乙市2011年国民经济和社会发展计划执行情况与2012年计划草案的报告', ...prose);
const halfYear = (...prose: string[]) =>
  report('关于丙丁区2023年1—6月国民经济和社会发展计划执行情况报告的审议意见', ...prose);

describe('investment by industry: 第一、二、三产业分别完成投资a、b和c亿元', () => {
  it('names each industry’s investment, not its value added, and the growths after it', () => {
    const observed = fullYear(
      '——投资规模持续扩大。全社会固定资产投资完成88.6亿元，增长21.4%。分产业看，第一、二、三产业分别完成投资3.21亿元、40.12亿元和45.27亿元，同比分别增长1.32倍、25.1%和16.4%。',
    ).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(observed).toEqual([
      ['全社会固定资产投资', 'level', 88.6],
      ['全社会固定资产投资', 'growth', 21.4],
      ['第一产业投资', 'level', 3.21],
      ['第二产业投资', 'level', 40.12],
      ['第三产业投资', 'level', 45.27],
      ['第一产业投资', 'growth', 1.32],
      ['第二产业投资', 'growth', 25.1],
      ['第三产业投资', 'growth', 16.4],
    ]);
  });

  it('keeps 第一、二、三产业分别实现增加值 the industries’ value added', () => {
    const codes = fullYear(
      '全市实现地区生产总值126.4亿元，增长9.2%。第一、二、三产业分别实现增加值18.2亿元、60.5亿元和47.7亿元。',
    ).observations.map((o) => o.indicatorCode);
    expect(codes).toContain('secondary-industry-value-added');
  });
});

describe('a gap to the plan named for the year in a half-year review: 低于年度计划B个百分点', () => {
  it('derives the full-year target, not the period’s plan', () => {
    const targets = halfYear(
      '1—6月，全区固定资产投资同比增长3.6%，低于年度计划4.4个百分点；',
      '社会消费品零售总额86.3亿元，同比增长6.8%，高于年度计划0.8个百分点。',
    ).targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.derived]);
    expect(targets).toEqual([
      ['fixed-asset-investment', 'target', 'full-year', 8, true],
      ['retail-sales', 'target', 'full-year', 6, true],
    ]);
  });

  it('keeps a gap to a plan not named for the year the period’s plan', () => {
    const targets = halfYear('1—6月，全区固定资产投资同比增长3.6%，低于计划4.4个百分点。').targets.map(
      (t) => [t.kind, t.horizon, t.value],
    );
    expect(targets).toEqual([['period-plan', 'period', 8]]);
  });
});

describe('a size class’s threshold before a count: 产值超10亿元企业3家', () => {
  it('is part of the class’s name, not a figure; the count stays one', () => {
    const facts = fullYear(
      '规模以上工业企业达到88家，比上年净增7家；产值超5亿元企业4家，营业收入过亿元的企业达21家，10亿元以上项目6个。',
    ).facts.map((f) => [f.quantity.value, f.quantity.unit]);
    expect(facts).not.toContainEqual([5, '亿元']);
    expect(facts).not.toContainEqual([10, '亿元']);
    expect(facts).toEqual(
      expect.arrayContaining([
        [88, '家'],
        [7, '家'],
        [4, '家'],
        [21, '家'],
        [6, '个'],
      ]),
    );
  });

  it('keeps an amount that is no class’s bound: 实现产值超10亿元', () => {
    const facts = fullYear('甲乙工业园区实现产值超12亿元，入驻企业35家。').facts.map((f) => [
      f.quantity.value,
      f.quantity.unit,
    ]);
    expect(facts).toContainEqual([12, '亿元']);
  });
});

describe('a word-only goal on a —— line: ——单位生产总值能耗下降完成市下达任务', () => {
  it('is a next-year target without a value, the dash not hiding the indicator', () => {
    const targets = fullYear(
      '一、2011年计划执行情况',
      '全市实现地区生产总值126.4亿元，增长9.2%。',
      '二、2012年国民经济和社会发展的主要目标',
      '2012年全市经济社会发展的主要预期目标是：',
      '——地区生产总值增长10%左右；',
      '——单位生产总值能耗下降完成甲州市下达任务。',
    ).targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(targets).toEqual([
      ['gdp', 'next-year', 10],
      ['energy-emission-targets', 'next-year', null],
    ]);
  });
});

describe('a road’s link named as a project: 甲乙高速公路连接线', () => {
  it('is a project beside the others in the list; a bare 联络线 is none', () => {
    const names = fullYear(
      '全年安排市级重点项目48个。重点推进甲乙高速公路连接线、丙丁物流园一期、市妇幼保健院综合楼建设，加快推进联络线建设。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['甲乙高速公路连接线', '丙丁物流园一期', '市妇幼保健院综合楼']);
  });
});
