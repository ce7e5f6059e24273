// Forms an autonomous county's half-year report showed (docs/prose-forms.md, "Forms of a county's
// half-year report (fixzhaoxi)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixzhaoxi.txt');
const halfYear = (...prose: string[]) =>
  report('岑溪县2019年上半年国民经济和社会发展计划执行情况的报告', ...prose);
const observed = (...prose: string[]) =>
  halfYear(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('全口径财政收入, then 其中，地方级财政收入', () => {
  it('reads the all-inclusive total and the local-level revenue as the catalogue indicators', () => {
    expect(
      observed('全口径财政收入完成3.12亿元，同比增长8.4%；其中，地方级财政收入完成1.96亿元，同比增长11.3%。'),
    ).toEqual([
      ['fiscal-total-revenue', 'level', 3.12],
      ['fiscal-total-revenue', 'growth', 8.4],
      ['general-budget-revenue', 'level', 1.96],
      ['general-budget-revenue', 'growth', 11.3],
    ]);
  });
});

describe('其中，限额以上企业零售额 under retail sales', () => {
  it('reads the retail sales of the firms above the quota', () => {
    expect(
      observed('社会消费品零售总额9.63亿元，同比增长10.8%。其中，限额以上企业零售额2.05亿元，增长7.7%。'),
    ).toEqual([
      ['retail-sales', 'level', 9.63],
      ['retail-sales', 'growth', 10.8],
      ['retail-sales-above-quota', 'level', 2.05],
      ['retail-sales-above-quota', 'growth', 7.7],
    ]);
  });
});

describe('绝对值完成年度目标的A%', () => {
  it('is the chain subject’s share of its plan, implying a level target, and no indicator named 绝对值', () => {
    const parsed = halfYear(
      '规模以上工业增加值6.40亿元，同比增长8.2%，绝对值完成年度目标的48.0%，增幅高于目标0.7个百分点。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'level', 6.4],
      ['industrial-value-added', 'growth', 8.2],
      ['industrial-value-added', 'share', 48],
      ['industrial-value-added', 'comparison', 0.7],
    ]);
    const derived = parsed.targets.find((t) => t.derived && t.unit === '亿元');
    expect(derived?.indicatorCode).toBe('industrial-value-added');
    expect(derived?.value).toBeCloseTo(13.33, 2);
  });
});

describe('由一季度的下降A%转为正增长, …低于全年目标任务B个百分点', () => {
  it('measures the gap from the half-year growth, not from the first quarter’s it turned from', () => {
    const parsed = halfYear(
      '上半年，全县实现地区生产总值24.10亿元，同比增长6.3%，由一季度的下降2.1%转为正增长，低于全年目标任务0.7个百分点。',
    );
    const plans = parsed.targets.filter((t) => t.indicatorCode === 'gdp');
    expect(plans.map((t) => t.value)).toEqual([7]);
  });
});

describe('增速比城镇居民快B个百分点', () => {
  it('is a comparison of the rural income with the urban one’s growth', () => {
    expect(
      observed(
        '城镇居民人均可支配收入15210元，同比增长7.9%；农村居民人均可支配收入6034元，同比增长9.1%，增速比城镇居民快1.2个百分点。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'level', 15210],
      ['urban-disposable-income-per-capita', 'growth', 7.9],
      ['rural-disposable-income-per-capita', 'level', 6034],
      ['rural-disposable-income-per-capita', 'growth', 9.1],
      ['rural-disposable-income-per-capita', 'comparison', 1.2],
    ]);
  });
  it('leaves a change against an earlier period a change', () => {
    const parsed = halfYear('地区生产总值同比增长6.1%，增速比一季度快0.8个百分点。');
    expect(parsed.observations.map((o) => o.measure)).toEqual(['growth', 'change']);
  });
});

describe('注：全市排位为同比增速在某市8个县（区）中的位次', () => {
  it('takes the group size for the table’s ranks, and no fact of 8个', () => {
    const parsed = halfYear(
      '表1　主要经济指标完成情况',
      '指标名称\t单位\t上半年完成\t同比增长（%）\t全市排位',
      '地区生产总值\t亿元\t24.10\t6.3\t3',
      '地方级财政收入\t亿元\t1.96\t11.3\t1',
      '注：全市排位为同比增速在泠州市8个县（区）中的位次。',
    );
    expect(parsed.facts.some((f) => f.quantity.raw.includes('8个'))).toBe(false);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 3, 8],
      ['general-budget-revenue', 1, 8],
    ]);
  });
});
