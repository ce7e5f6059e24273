// Forms the twelfth held-out batch's county half-year report and banner review showed
// (docs/prose-forms.md, "Forms of a county report and a banner review (fixsx)"), in sentences of our
// own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixsx.txt');
const countyHalfYear = (...lines: string[]) =>
  report('岚曲县2016年上半年国民经济和社会发展计划执行情况的报告', ...lines);
const bannerReview = (...lines: string[]) =>
  report('苍屿旗人民代表大会常务委员会关于2011年上半年国民经济和社会发展计划执行情况的审查意见', ...lines);
const observed = (parsed: ReturnType<typeof report>) =>
  parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('农牧民人均现金收入', () => {
  it('is the rural cash income of a pastoral banner', () => {
    const parsed = bannerReview('——农牧民人均现金收入2876元，同比增长10.3%。');
    expect(observed(parsed)).toEqual([
      ['rural-cash-income-per-capita', 'level', 2876],
      ['rural-cash-income-per-capita', 'growth', 10.3],
    ]);
  });
});

describe('增速低于年度计划B个百分点 among the problems, paragraphs after the result', () => {
  it('is a comparison with the year plan and implies a full-year growth target, missed', () => {
    const parsed = bannerReview(
      '会议认为，上半年全旗经济平稳运行。',
      '——农牧民人均现金收入2876元，同比增长10.3%。',
      '会议指出，计划执行中还存在一些问题：',
      '一是农牧民增收难度加大，农牧民人均现金收入增速低于年度计划1.7个百分点。',
    );
    expect(observed(parsed)).toContainEqual(['rural-cash-income-per-capita', 'comparison', -1.7]);
    const target = parsed.targets.find((t) => t.indicatorCode === 'rural-cash-income-per-capita');
    expect([target?.unit, target?.derived, target?.horizon, target?.attainment]).toEqual([
      '%',
      true,
      'full-year',
      'missed',
    ]);
    expect(target?.value).toBeCloseTo(12, 5);
  });

  it('does not pair with a goal said before it', () => {
    const parsed = bannerReview(
      '会议要求，确保全年农牧民人均现金收入增长12%以上。',
      '农牧民人均现金收入增速低于年度计划1.7个百分点。',
    );
    expect(parsed.targets.filter((t) => t.derived)).toEqual([]);
  });
});

describe('the parts after a review’s 会议要求 are its requests', () => {
  it('reads a ceiling under a request heading as a full-year goal, not a result', () => {
    const parsed = bannerReview(
      '会议认为，上半年全旗地区生产总值完成31.4亿元，同比增长12.6%。',
      '会议要求，旗人民政府要采取有力措施，确保完成全年目标任务：',
      '一、坚定不移抓项目。',
      '加快苍屿物流园建设，帮助重点企业稳定生产。',
      '二、切实保障和改善民生。',
      '落实各项惠民政策，居民消费价格涨幅控制在3.5%以内。',
    );
    expect(observed(parsed)).toEqual([
      ['gdp', 'level', 31.4],
      ['gdp', 'growth', 12.6],
    ]);
    const cpi = parsed.targets.find((t) => t.indicatorCode === 'cpi');
    expect([cpi?.value, cpi?.comparator, cpi?.horizon, cpi?.derived]).toEqual([
      3.5,
      'lte',
      'full-year',
      false,
    ]);
  });
});

describe('实际到位县外资金 under a 招商引资 topic', () => {
  it('is investment attracted, with its growth, its share of the plan and the derived plan', () => {
    const parsed = countyHalfYear(
      '（八）招商引资稳步推进。',
      '上半年，新签约招商引资项目9个，协议投资额18.5亿元；实际到位县外资金6.12亿元，同比增长13.4%，完成年计划的48.6%。',
    );
    expect(observed(parsed)).toEqual([
      ['investment-attracted', 'level', 6.12],
      ['investment-attracted', 'growth', 13.4],
      ['investment-attracted', 'share', 48.6],
    ]);
    const plan = parsed.targets.find((t) => t.indicatorCode === 'investment-attracted');
    expect(plan?.derived).toBe(true);
    expect(plan?.value).toBeCloseTo(12.59, 2);
  });
});

describe('快于城镇居民B个百分点 after a rural income', () => {
  it('is the rural income’s margin over the urban growth', () => {
    const parsed = countyHalfYear(
      '城镇居民人均可支配收入9318元，同比增长8.7%；农民人均现金收入3124元，同比增长12.9%，快于城镇居民4.2个百分点。',
    );
    expect(observed(parsed)).toContainEqual(['rural-cash-income-per-capita', 'comparison', 4.2]);
    expect(parsed.observations.find((o) => o.measure === 'comparison')?.comparedWith).toBe('城镇居民增速');
  });
});

describe('a plan derived from a share beside a plan the report states', () => {
  const plans = (level: string) =>
    countyHalfYear(
      '一、上半年计划执行情况',
      `全社会固定资产投资完成${level}亿元，同比增长18.2%，完成年计划的47.2%。`,
      '二、下半年工作打算',
      '确保全年全社会固定资产投资完成60亿元以上。',
    )
      .targets.filter((t) => t.indicatorCode === 'fixed-asset-investment')
      .map((t) => [t.derived, Math.round((t.value ?? 0) * 100) / 100, t.comparator]);

  it('is a second target when the share could not come from the stated plan', () => {
    // 28.25亿元 at 47.2% spans 59.78–59.92亿元 (60亿元 would be written 47.1%), though within 0.5% of 60.
    expect(plans('28.25')).toEqual([
      [true, 59.85, 'eq'],
      [false, 60, 'gte'],
    ]);
  });

  it('is the stated target when the plan lies within the rounding of level and share', () => {
    // 28.32亿元 at 47.2% spans 59.94–60.07亿元: the plan part's 60亿元.
    expect(plans('28.32')).toEqual([[false, 60, 'gte']]);
  });
});
