// Lists in prose whose subjects or units are written once for all their figures, sector shares
// written as percentages, bare attributes, qualified growth and new catalogue names.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(['岚坪县2022年国民经济和社会发展统计公报', '一、综合', ...prose].join('\n'), {
    sourceName: 'lists.txt',
  });

const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('lists with their subjects written once', () => {
  it('gives a second 分别 list the subjects of the first (城镇、农村…分别为a、b，分别增长c、d)', () => {
    expect(observed('城镇、农村居民人均可支配收入分别为40120元、17350元，分别增长5.2%、7.1%。')).toEqual([
      ['urban-disposable-income-per-capita', 'level', 40120, '元'],
      ['rural-disposable-income-per-capita', 'level', 17350, '元'],
      ['urban-disposable-income-per-capita', 'growth', 5.2, '%'],
      ['rural-disposable-income-per-capita', 'growth', 7.1, '%'],
    ]);
  });

  it('reads a list of names right before as many figures without 分别 (存、贷款余额a和b)', () => {
    expect(observed('年末金融机构存、贷款余额183.6亿元和171.2亿元，分别增长9.4%和12.8%。')).toEqual([
      ['deposits', 'level', 183.6, '亿元'],
      ['loans', 'level', 171.2, '亿元'],
      ['deposits', 'growth', 9.4, '%'],
      ['loans', 'growth', 12.8, '%'],
    ]);
  });

  it('reads 存贷款余额 as deposits and loans, with or without 分别 before the levels', () => {
    expect(observed('年末金融机构存贷款余额达到215.4亿元、168.9亿元，分别增长7.7%、10.2%。')).toEqual([
      ['deposits', 'level', 215.4, '亿元'],
      ['loans', 'level', 168.9, '亿元'],
      ['deposits', 'growth', 7.7, '%'],
      ['loans', 'growth', 10.2, '%'],
    ]);
    expect(observed('年末存贷款余额分别为96.2亿元、71.5亿元。')).toEqual([
      ['deposits', 'level', 96.2, '亿元'],
      ['loans', 'level', 71.5, '亿元'],
    ]);
  });

  it('keeps a first item that names an indicator whole (地区生产总值、规上工业增加值增速分别…)', () => {
    const facts = report('地区生产总值、规上工业增加值增速分别比一季度提升1.1个、2.6个百分点。').facts;
    expect(
      facts.map((f) => [f.subject, f.indicatorCode, f.measure, f.quantity.value, f.quantity.unit]),
    ).toEqual([
      ['地区生产总值', 'gdp', 'change', 1.1, '个百分点'],
      ['规上工业增加值增速', 'industrial-value-added', 'change', 2.6, '个百分点'],
    ]);
  });
});

describe('units and signs written once at the end of a list', () => {
  it('gives 个 before a list closing in 个百分点 the whole unit, and the sign word before it', () => {
    const facts = report('两项指标增速分别回落0.7个、1.9个百分点。').facts;
    expect(facts.map((f) => [f.quantity.value, f.quantity.unit])).toEqual([
      [-0.7, '个百分点'],
      [-1.9, '个百分点'],
    ]);
  });
});

describe('sector shares and bare attributes', () => {
  it('reads three listed percentages of the structure as the sectors’ shares, this year’s only', () => {
    expect(
      observed('产业结构构成由上年的18.2%、35.4%和46.4%调整为17.6%、34.9%和47.5%。').map(([c, m, v]) => [
        c,
        m,
        v,
      ]),
    ).toEqual([
      ['primary-industry-share', 'structure', 17.6],
      ['secondary-industry-share', 'structure', 34.9],
      ['tertiary-industry-share', 'structure', 47.5],
    ]);
  });

  it('does not take the sectors’ contributions for their shares', () => {
    expect(observed('三次产业对经济增长的贡献率分别为12.5%、40.1%和47.4%。')).toEqual([]);
  });

  it('names a bare 产量 after the thing the clause before named (粮食播种面积…，产量…)', () => {
    expect(observed('全年粮食播种面积41.8万亩，产量15.62万吨，与上年增长1.7%。')).toEqual([
      ['grain-output', 'level', 15.62, '万吨'],
      ['grain-output', 'growth', 1.7, '%'],
    ]);
  });
});

describe('qualified growth and names the catalogue gained', () => {
  it('reads 名义增长 as the growth of the indicator before it', () => {
    expect(observed('农村常住居民人均可支配收入8120元，名义增长9.3%。')).toEqual([
      ['rural-disposable-income-per-capita', 'level', 8120, '元'],
      ['rural-disposable-income-per-capita', 'growth', 9.3, '%'],
    ]);
  });

  it('keeps 制造业增加值 and 装备制造业增加值 apart, and a branch it does not know off both (under its own name)', () => {
    expect(
      observed('其中制造业增加值增长6.2%，装备制造业增加值增长10.8%，消费品制造业增加值增长3.3%。'),
    ).toEqual([
      ['manufacturing-value-added', 'growth', 6.2, '%'],
      ['equipment-manufacturing-value-added', 'growth', 10.8, '%'],
      [generatedCode('消费品制造业增加值'), 'growth', 3.3, '%'],
    ]);
  });

  it('reads 进口 beside 出口, and a share of a whole (占规上工业的A%) as the share of the figure before', () => {
    expect(
      observed(
        '出口完成8620万元，增长15.1%；进口完成5230万元，增长4.6%。',
        '装备制造业增加值增长9.1%，占规上工业的38.5%。',
      ),
    ).toEqual([
      ['exports', 'level', 8620, '万元'],
      ['exports', 'growth', 15.1, '%'],
      ['imports', 'level', 5230, '万元'],
      ['imports', 'growth', 4.6, '%'],
      ['equipment-manufacturing-value-added', 'growth', 9.1, '%'],
      ['equipment-manufacturing-value-added', 'share', 38.5, '%'],
    ]);
  });
});

describe('growth and shares in other words', () => {
  it('reads 同口径增长 after a name, a share as 比重为 after a name, and the part before 占 (not the whole after it)', () => {
    expect(
      observed(
        '扣除政策因素后，税收收入同口径增长6.1%。第二产业增加值比重为38.2%，第三产业增加值比重为49.4%。高新技术产品产值占规上工业产值比重达31.5%。',
      ),
    ).toEqual([
      ['tax-revenue', 'growth', 6.1, '%'],
      ['secondary-industry-value-added', 'share', 38.2, '%'],
      ['tertiary-industry-value-added', 'share', 49.4, '%'],
      // A named aggregate the catalogue lacks, under its name as written (session 10).
      [generatedCode('高新技术产品产值'), 'share', 31.5, '%'],
    ]);
  });

  it('reads a growth turned into a decline (由1-2月增长A%转为一季度下降B%) and a smaller decline than the benchmark', () => {
    const parsed = report(
      '社会消费品零售总额由1-2月增长2.4%转为一季度下降1.8%，降幅小于全省平均水平（-3.6%）1.8个百分点。',
    );
    expect(
      parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['retail-sales', 'growth', 2.4, '2022-M1-2'],
      // The test's report is a full year's: 一季度 is an earlier period of it.
      ['retail-sales', 'growth', -1.8, '2022-Q1'],
      ['retail-sales', 'comparison', 1.8, '2022-Q1'],
    ]);
  });
});
