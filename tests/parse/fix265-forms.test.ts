// Forms the two-hundred-and-sixty-fifth held-out batch showed the parser missed (session 38, branch fix265): the
// 十一五 years' wording of county plan reports, news pages and 统计公报. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('songlai-2008-fy-communique.txt');

describe('energy intensity in tonnes of standard coal (万元GDP能耗为X吨标准煤: F5451)', () => {
  it('keeps 吨标准煤 as the unit, not 吨 with 标准煤 cut off', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '全年万元GDP能耗为2.74吨标准煤，比上年下降3.1%。',
    );
    const level = report.observations.find((o) => o.measure === 'level' && o.quantity?.value === 2.74);
    expect(level?.quantity?.unit).toBe('吨标准煤');
    expect(level?.quantity?.baseUnit).toBe('吨标准煤');
  });

  it('reads 万吨标准煤 and 吨标准煤/万元 as written', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '全年规模以上工业综合能源消费量41.3万吨标准煤，比上年增长2.6%。',
      '单位GDP能耗为1.92吨标准煤/万元，比上年下降4.8%。',
    );
    const units = report.observations.filter((o) => o.measure === 'level').map((o) => o.quantity?.unit);
    expect(units).toContain('万吨标准煤');
    expect(units).toContain('吨标准煤/万元');
  });
});

describe('a coking branch’s value added (焦化工业增加值, 焦炭工业增加值: F5452)', () => {
  it('keeps the branch’s name, not all industry’s value added', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '其中，煤炭工业增加值9.41亿元，增长15.2%；焦化工业增加值3.08亿元，增长8.7%；焦炭工业增加值1.26亿元，下降2.3%。',
    );
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['焦化工业增加值', 'level', 3.08]);
    expect(rows).toContainEqual(['焦炭工业增加值', 'growth', -2.3]);
    expect(report.observations.filter((o) => o.indicatorCode === 'industrial-value-added')).toEqual([]);
  });
});

describe('growth given at current and at comparable prices (按现价计算增长A%，按可比价格计算增长B%: F5453)', () => {
  it('reads both growth figures of the one value added', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '规模以上工业企业43户，完成工业增加值18.52亿元，按现价计算增长26.4%，按可比价格计算增长14.8%。',
    );
    const growth = report.observations
      .filter((o) => o.indicatorCode === 'industrial-value-added' && o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(growth).toEqual([26.4, 14.8]);
  });
});

describe('the older communiqués’ city retail (城市消费品零售额X亿元: F5454)', () => {
  it('reads its level as well as its growth, as 县及县以下消费品零售额 beside it', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '其中，城市消费品零售额7.36亿元，增长16.1%；县及县以下消费品零售额3.02亿元，增长12.8%。',
    );
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['城市消费品零售额', 'level', 7.36]);
    expect(rows).toContainEqual(['城市消费品零售额', 'growth', 16.1]);
  });
});

describe('the households’ Engel coefficients (城镇居民家庭恩格尔系数为A%: F5455)', () => {
  it('reads each as a rate under its written name', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '城镇居民家庭恩格尔系数为36.7%，农村居民家庭恩格尔系数为41.3%。',
    );
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['城镇居民家庭恩格尔系数', 'rate', 36.7]);
    expect(rows).toContainEqual(['农村居民家庭恩格尔系数', 'rate', 41.3]);
  });
});

describe('investment split into town and country (其中，城镇固定资产投资X亿元；农村投资Y亿元: F5456)', () => {
  it('keeps 农村投资 as a named aggregate with its level and growth', () => {
    const report = read(
      '2008年崧涞县国民经济和社会发展统计公报',
      '全年全社会固定资产投资31.26亿元，增长28.4%。其中，城镇固定资产投资25.81亿元，增长31.2%；农村投资5.45亿元，增长16.7%。',
    );
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['农村投资', 'level', 5.45]);
    expect(rows).toContainEqual(['农村投资', 'growth', 16.7]);
  });
});
