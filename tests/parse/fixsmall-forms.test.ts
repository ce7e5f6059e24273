// Forms the held-out-34 and -36 batches showed the parser missing (docs/prose-forms.md, "fixsmall"),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixsmall.txt');
const analysis = (...prose: string[]) => report('戊县2023年上半年经济运行情况', ...prose);
const factValues = (...prose: string[]) => analysis(...prose).facts.map((f) => f.quantity.value);

describe('a telephone number in a closing line (联系电话：0395-7721234)', () => {
  it('reads neither the area code nor the number as a figure', () => {
    const values = factValues(
      '上半年，全县地区生产总值增长5.1%。',
      '对公示内容如有异议，请在公示期内向县重点项目办反映。联系电话：0391-6654321。监督电话：12345。',
    );
    expect(values).toEqual([5.1]);
  });
});

describe('a project named with a stage of its works done (县城集中供热管网改造工程已完成主管网铺设)', () => {
  it('reads the project, no amount', () => {
    const projects = analysis(
      '上半年，全县固定资产投资完成21.5亿元，同比增长8.2%。',
      '甲乙煤矿技改项目完成投资2.1亿元，县城集中供热管网改造工程已完成主管网铺设，城北污水管网工程已完成支管道敷设。',
    ).projects.map((p) => [
      p.name,
      p.mentions.find((m) => m.completedInvestment)?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([
      ['甲乙煤矿技改项目', 210000000],
      ['县城集中供热管网改造工程', null],
      ['城北污水管网工程', null],
    ]);
  });
});

const observed = (...prose: string[]) =>
  analysis(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe("the firms' sales output and a bare 产品销售率 (规模以上工业企业实现销售产值X亿元，增长A%；产品销售率B%)", () => {
  it('reads the sales output under the industry and the rate as written', () => {
    const prose = [
      '上半年，全县地区生产总值增长5.1%。',
      '规模以上工业企业实现销售产值231.4亿元，增长4.7%；产品销售率97.3%。',
    ];
    expect(observed(...prose)).toEqual([
      ['gdp', 'growth', 5.1],
      [generatedCode('规模以上工业销售产值'), 'level', 231.4],
      [generatedCode('规模以上工业销售产值'), 'growth', 4.7],
      [generatedCode('产品销售率'), 'rate', 97.3],
    ]);
  });
});

describe('a share written 占Y的A% with no 比重 (税收收入占一般公共预算收入的86.4%)', () => {
  it("reads the part's share", () => {
    const prose = [
      '上半年，全县地区生产总值增长5.1%。',
      '一般公共预算收入6.12亿元，增长7.5%，税收收入占一般公共预算收入的81.7%。民间投资占全部投资的58.4%。',
    ];
    expect(observed(...prose)).toEqual([
      ['gdp', 'growth', 5.1],
      ['general-budget-revenue', 'level', 6.12],
      ['general-budget-revenue', 'growth', 7.5],
      ['tax-revenue', 'share', 81.7],
      ['private-investment', 'share', 58.4],
    ]);
  });
});

describe('a decline widening against last full year (降幅比去年全年扩大B个百分点)', () => {
  it("reads the growth's change in points, negative", () => {
    const prose = ['一季度，全县地区生产总值增长5.1%。', '房地产开发投资降幅比去年全年扩大2.7个百分点。'];
    expect(observed(...prose)).toEqual([
      ['gdp', 'growth', 5.1],
      ['real-estate-investment', 'change', -2.7],
    ]);
  });
});

describe('the power branch named by its work (其中，…业增加值增长a%，电力生产增长b%)', () => {
  it('keeps 电力生产 as a branch', () => {
    const prose = [
      '上半年，全县地区生产总值增长5.1%。',
      '其中，烟草制品业增加值增长6.1%，电力生产增长24.3%。',
    ];
    expect(observed(...prose)).toContainEqual([generatedCode('电力生产'), 'growth', 24.3]);
  });
});

describe("an autonomous county's short name in the headline (甲乙县… over 甲乙彝族自治县 in the body)", () => {
  it('takes the full autonomous name as the region', () => {
    const parsed = report(
      '甲乙县2012年上半年经济运行稳中有进',
      '今年以来，甲乙彝族自治县狠抓项目建设，经济运行稳中有进。',
      '上半年，全县实现地区生产总值21.36亿元，同比增长9.2%。',
    );
    expect(parsed.meta.region).toBe('甲乙彝族自治县');
  });
});
