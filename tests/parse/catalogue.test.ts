// The catalogue is data: every name and alias must point at one indicator only, and indicators it
// does not know get a code that depends on their name alone.

import { describe, expect, it } from 'vitest';
import { CATALOGUE, generatedCode, lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';
import { normaliseName } from '../../src/parse/normalise.js';

describe('the catalogue', () => {
  it('has no name or alias that two entries share (after normalisation)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of CATALOGUE) {
      for (const name of new Set([entry.name, ...entry.aliases].map(normaliseName))) {
        const other = seen.get(name);
        if (other !== undefined) clashes.push(`${name}: ${other} and ${entry.code}`);
        seen.set(name, entry.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has unique codes', () => {
    const codes = CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ['地方生产总值', 'gdp'],
    ['规模工业增加值', 'industrial-value-added'],
    ['全社会固定资产', 'fixed-asset-investment'],
    ['地方财政收入', 'general-budget-revenue'],
    ['公共财政预算收入', 'general-budget-revenue'],
    ['地方财政总收入', 'fiscal-total-revenue'],
    ['城镇居民可支配收入', 'urban-disposable-income-per-capita'],
    ['农村居民可支配收入', 'rural-disposable-income-per-capita'],
    ['金融机构各项存款余额', 'deposits'],
    ['服务业增加值', 'tertiary-industry-value-added'],
    ['农林牧渔业总产值', 'agriculture-output'],
    ['招商引资', 'investment-attracted'],
    ['接待过夜游客人次', 'overnight-visitors'],
    ['过夜游客人数', 'overnight-visitors'],
    ['外贸进出口总额', 'foreign-trade'],
    ['社会消费品零售总额', 'retail-sales'],
    ['制造业增加值', 'manufacturing-value-added'],
    ['装备制造业增加值', 'equipment-manufacturing-value-added'],
    ['高技术制造业增加值', 'high-tech-manufacturing-value-added'],
    ['进口', 'imports'],
    ['农民人均现金收入', 'rural-cash-income-per-capita'],
  ])('knows %s as %s', (name, code) => {
    expect(lookupIndicator(name)?.code).toBe(code);
  });

  it('joins names real reports use in prose', () => {
    const observations = parseReportText(
      [
        '辛县2022年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '全社会固定资产完成投资20.1亿元，同比增长3.2%。地方财政收入3.3亿元，增长1.5%。城镇居民可支配收入18620元，增长4.1%。',
      ].join('\n'),
      { sourceName: 'names.txt' },
    ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observations).toEqual([
      ['fixed-asset-investment', 'level', 20.1],
      ['fixed-asset-investment', 'growth', 3.2],
      ['general-budget-revenue', 'level', 3.3],
      ['general-budget-revenue', 'growth', 1.5],
      ['urban-disposable-income-per-capita', 'level', 18620],
      ['urban-disposable-income-per-capita', 'growth', 4.1],
    ]);
  });
});

describe('generated codes', () => {
  it('depend on the normalised name only: the same name gives the same code in any report', () => {
    const code = generatedCode('蔬菜播种面积');
    expect(code).toMatch(/^x-[0-9a-f]{10}$/);
    expect(generatedCode(' 蔬菜播种面积（万亩）')).toBe(code);
    expect(generatedCode('蔬菜播种面积(万亩)')).toBe(code);
    expect(generatedCode('粮食播种面积')).not.toBe(code);
  });

  it('are pinned, so a change to the scheme is a deliberate one', () => {
    expect(generatedCode('abc')).toBe('x-ba7816bf8f');
  });

  it('does not take 人均地区生产总值 for 地区生产总值', () => {
    const observations = parseReportText(
      [
        '辛县2022年国民经济和社会发展计划执行情况的报告',
        '一、2022年计划执行情况',
        '按常住人口计算，人均地区生产总值58620元，比上年增长4.2%。居民消费价格比上年上涨1.9%。全年接待国内外游客628.4万人次。',
      ].join('\n'),
      { sourceName: 'per-capita.txt' },
    ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observations).toEqual([
      ['cpi', 'growth', 1.9],
      ['tourist-arrivals', 'level', 628.4],
    ]);
  });
});
