// Forms earlier branches saw in real documents and left untaught (docs/prose-forms.md, "Forms left
// from earlier branches (fleft2)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { observationRow, sectionReader } from '../helpers/report.js';

const H1 = '沃丰县2021年上半年国民经济和社会发展计划执行情况的报告';
const report = sectionReader('fleft2.txt', H1);
const observed = (...lines: string[]) =>
  report(...lines).observations.map((o) => [...observationRow(o), o.comparedWith]);
const ranked = (...lines: string[]) =>
  report(...lines).rankings.map((r) => [r.indicatorCode, r.rank, r.scope]);

describe('the tourist arrivals written as a total (FL10)', () => {
  it('reads 接待游客总人数, 游客接待总人数 and 接待国内外游客总人数 as tourist arrivals', () => {
    expect(
      observed(
        '上半年，全县接待游客总人数356.8万人次，增长12.5%。',
        '同期全县游客接待总人数128.4万人次。',
        '全县接待国内外游客总人数96.5万人次。',
      ).filter((o) => o[0] === 'tourist-arrivals'),
    ).toEqual([
      ['tourist-arrivals', 'level', 356.8, '万人次', null],
      ['tourist-arrivals', 'growth', 12.5, '%', null],
      ['tourist-arrivals', 'level', 128.4, '万人次', null],
      ['tourist-arrivals', 'level', 96.5, '万人次', null],
    ]);
  });

  it('keeps the overnight visitors their own indicator', () => {
    expect(observed('全县接待过夜游客45.2万人次，增长8.1%。')).toEqual([
      ['overnight-visitors', 'level', 45.2, '万人次', null],
      ['overnight-visitors', 'growth', 8.1, '%', null],
    ]);
  });
});

describe('one rank said 均 of the growths just given (FL11)', () => {
  it('ranks both indicators of 增速均为全市第二', () => {
    expect(
      ranked('上半年，全县地区生产总值增长6.5%，规模以上工业增加值增长8.2%，增速均为全市第二。'),
    ).toEqual([
      ['gdp', 2, '全市'],
      ['industrial-value-added', 2, '全市'],
    ]);
  });

  it('ranks both indicators of 增速在全市排名均为第二', () => {
    expect(ranked('全县固定资产投资增长9.1%，社会消费品零售总额增长7.3%，增速在全市排名均为第二。')).toEqual([
      ['fixed-asset-investment', 2, '全市'],
      ['retail-sales', 2, '全市'],
    ]);
  });

  it('ranks all three indicators of 增速均居全市第2位, a level before a growth counted once', () => {
    expect(
      ranked(
        '全县地区生产总值完成85.6亿元，增长6.5%，规模以上工业增加值增长8.2%，一般公共预算收入增长5.1%，增速均居全市第2位。',
      ),
    ).toEqual([
      ['gdp', 2, '全市'],
      ['industrial-value-added', 2, '全市'],
      ['general-budget-revenue', 2, '全市'],
    ]);
  });

  it('keeps a rank without 均 the last figure’s', () => {
    expect(ranked('全县地区生产总值增长6.5%，规模以上工业增加值增长8.2%，增速居全市第2位。')).toEqual([
      ['industrial-value-added', 2, '全市'],
    ]);
  });
});

describe('a listed pair of town and country incomes sharing a rank (FL12)', () => {
  it('ranks the first item and both incomes of 城镇和农村居民人均可支配收入', () => {
    expect(ranked('全县一般公共预算收入、城镇和农村居民人均可支配收入增速均居全市第3。')).toEqual([
      ['general-budget-revenue', 3, '全市'],
      ['urban-disposable-income-per-capita', 3, '全市'],
      ['rural-disposable-income-per-capita', 3, '全市'],
    ]);
  });

  it('ranks the pair alone', () => {
    expect(ranked('城镇和农村常住居民人均可支配收入增速均居全市第1位。')).toEqual([
      ['urban-disposable-income-per-capita', 1, '全市'],
      ['rural-disposable-income-per-capita', 1, '全市'],
    ]);
  });
});

describe('the county counted with or without the farms (FL13, already read)', () => {
  it('reads 全县（含兵团）, 全县(含农垦) and 全县（不含兵团） figures as the county’s', () => {
    expect(
      observed(
        '全县（含兵团）地区生产总值完成85.6亿元，增长6.1%。',
        '全县(含农垦)社会消费品零售总额完成32.4亿元。',
        '全县（不含兵团）固定资产投资增长8.8%。',
      ),
    ).toEqual([
      ['gdp', 'level', 85.6, '亿元', null],
      ['gdp', 'growth', 6.1, '%', null],
      ['retail-sales', 'level', 32.4, '亿元', null],
      ['fixed-asset-investment', 'growth', 8.8, '%', null],
    ]);
  });
});

describe('the growth’s change against the year before (FL14, already read)', () => {
  it('reads 比上年同期提高/回落 after a growth as its change, as 回升 is', () => {
    expect(
      observed(
        '全县地区生产总值增长6.5%，比上年同期提高1.2个百分点。',
        '规模以上工业增加值增长8.2%，比上年同期回落0.6个百分点。',
        '一般公共预算收入增长5.1%，回升1.4个百分点。',
      ),
    ).toEqual([
      ['gdp', 'growth', 6.5, '%', null],
      ['gdp', 'change', 1.2, '个百分点', null],
      ['industrial-value-added', 'growth', 8.2, '%', null],
      ['industrial-value-added', 'change', -0.6, '个百分点', null],
      ['general-budget-revenue', 'growth', 5.1, '%', null],
      ['general-budget-revenue', 'change', 1.4, '个百分点', null],
    ]);
  });
});

describe('investment with its share of the plan and its margin over the schedule (FL15, already read)', () => {
  it('reads the share, the margin over 时序进度 and the derived plan of an indicator', () => {
    const parsed = report('工业投资完成投资21.3亿元，占年度计划的58.5%，超时序进度8.5个百分点。');
    expect(
      parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['industrial-investment', 'level', 21.3, null],
      ['industrial-investment', 'share', 58.5, null],
      ['industrial-investment', 'comparison', 8.5, '时序进度'],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.derived, Number(t.value?.toFixed(2))])).toEqual([
      ['industrial-investment', true, 36.41],
    ]);
  });

  it('reads 均衡进度 (the year’s even pace) as the same schedule', () => {
    expect(
      observed(
        '工业投资完成投资21.3亿元，完成年度计划的58.5%，超均衡进度8.5个百分点。',
        '一般公共预算收入完成年度预算的42.1%，低于均衡进度7.9个百分点。',
      ).filter((o) => o[1] === 'comparison'),
    ).toEqual([
      ['industrial-investment', 'comparison', 8.5, '个百分点', '时序进度'],
      ['general-budget-revenue', 'comparison', -7.9, '个百分点', '时序进度'],
    ]);
  });

  it('keeps a key-project programme’s share and margin as facts', () => {
    const parsed = report('全县重点项目完成投资56.3亿元，占年度计划的62.5%，超时序进度12.5个百分点。');
    expect(parsed.observations).toEqual([]);
    expect(parsed.facts.map((f) => [f.subject, f.measure, f.quantity?.value, f.comparedWith])).toEqual([
      ['重点项目完成投资', 'level', 56.3, null],
      ['重点项目完成投资', 'share', 62.5, null],
      ['重点项目完成投资', 'comparison', 12.5, '时序进度'],
    ]);
  });
});
