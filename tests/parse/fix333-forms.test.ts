// Forms held-out-333 showed the parser missed (session 42, branch fix333): a county plan report's draft part
// quoting its 十三五 纲要's goals (written 第十三个五年规划纲要) before the next year's goals in one sentence
// (衔接《…纲要》提出的到2020年…的目标，建议2017年…主要预期目标为：…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '关于甲县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告',
  '一、2016年国民经济和社会发展计划执行情况',
  '2016年，全县实现地区生产总值84.2亿元，增长7.4%。',
  '二、2017年国民经济和社会发展主要目标',
  '衔接《甲县国民经济和社会发展第十三个五年规划纲要》提出的到2020年地区生产总值达到130亿元、年均增长8.5%左右，农村居民人均可支配收入年均增长10%的目标，建议2017年全县经济社会发展的主要预期目标为：地区生产总值增长7.8%左右；全社会固定资产投资增长13%以上；城镇登记失业率控制在4.3%以内。',
].join('\n');

describe('a 纲要’s goals quoted before the next year’s in one sentence (F6753)', () => {
  const targets = () =>
    parsedReport(PLAN, { sourceName: 'plan.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
      t.comparator,
    ]);

  it('reads the plan’s goals before 建议2017年 as five-year targets', () => {
    expect(targets()).toEqual(
      expect.arrayContaining([
        ['gdp', 'five-year', 130, 'eq'],
        ['gdp', 'five-year', 8.5, 'approx'],
        ['rural-disposable-income-per-capita', 'five-year', 10, 'eq'],
      ]),
    );
  });

  it('reads the year’s list after it as next-year targets, over its ；-parts', () => {
    const all = targets();
    expect(all).toEqual(
      expect.arrayContaining([
        ['gdp', 'next-year', 7.8, 'approx'],
        ['fixed-asset-investment', 'next-year', 13, 'gte'],
        ['urban-unemployment-rate', 'next-year', 4.3, 'lte'],
      ]),
    );
    expect(all.filter((t) => t[1] === 'five-year')).toHaveLength(3);
  });
});
