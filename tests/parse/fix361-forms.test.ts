// Forms of a county 政协's 视察报告 on the economy (held-out-361's tiandun): a title naming no period, a body
// of undated 1—5月 figures that quotes the year before's full year, goals in its 建议. Sentences of our own,
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const review = (...prose: string[]) =>
  parsedReport(['关于全县经济运行情况的视察报告', ...prose].join('\n'), { sourceName: 'review.txt' });

const opening =
  '根据县政协年度协商计划，县政协组织部分委员对澄墩县经济运行情况进行了视察。现将视察情况报告如下。';

describe('an undated inspection quoting the year before (F7261)', () => {
  const body = [
    opening,
    '视察组认为，今年以来全县经济运行总体平稳，但回升基础仍不稳固。',
    '一、全县经济运行基本情况',
    '（一）主要指标平稳。1—5月，全县规模以上工业增加值增长4.6%，固定资产投资增长3.2%。',
    '（二）消费温和回升。1—5月，全县社会消费品零售总额31.27亿元，增长2.9%。',
    '（三）上年基础较好。2025年，全县地区生产总值163.41亿元，增长5.3%。',
    '澄墩县政协视察组',
    '2026年6月18日',
  ];

  it('is dated by its part-year words and its date, not by the year it quotes', () => {
    const parsed = review(...body);
    expect(parsed.meta.period).toBe('2026-M1-5');
  });

  it('keeps the full year a year-end review reports on as often as its part-year words', () => {
    const parsed = review(
      opening,
      '视察组认为，一年来全县经济运行总体平稳。',
      '一、全县经济运行基本情况',
      '（一）总量稳步增长。2025年，全县地区生产总值163.41亿元，增长5.3%。',
      '（二）工业回升。2025年，全县规模以上工业增加值增长6.1%，1—5月一度下降1.2%。',
      '澄墩县政协视察组',
      '2026年6月18日',
    );
    expect(parsed.meta.period).toBe('2025-FY');
  });
});

describe('the year before quoted in a part-year page (F7262)', () => {
  const body = [
    opening,
    '视察组认为，今年以来全县经济运行总体平稳，但回升基础仍不稳固。',
    '一、全县经济运行基本情况',
    '（一）主要指标平稳。1—5月，全县规模以上工业增加值增长4.6%，固定资产投资增长3.2%。',
    '（二）外贸有所回落。1—5月，全县外贸进出口总额8.26亿元。',
    '（三）上年基础较好。2025年，全县地区生产总值163.41亿元，增长5.3%；规模以上工业增加值增长6.9%；固定资产投资增长7.4%。今年以来增速普遍低于上年。',
    '二、存在的主要问题',
    '规模以上工业增加值增速低于年度目标1.4个百分点。',
    '三、意见建议',
    '建议确保完成规模以上工业增加值增长6%的年度目标。',
    '澄墩县政协视察组',
    '2026年6月18日',
  ];

  it('gives the quoted year’s figures, in every ；-clause of its sentence, that year as their period', () => {
    const parsed = review(...body);
    expect(
      parsed.observations
        .filter(
          (o) => o.indicatorCode !== 'foreign-trade' && (o.measure === 'growth' || o.measure === 'level'),
        )
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['industrial-value-added', 'growth', 4.6, null],
      ['fixed-asset-investment', 'growth', 3.2, null],
      ['gdp', 'level', 163.41, '2025-FY'],
      ['gdp', 'growth', 5.3, '2025-FY'],
      ['industrial-value-added', 'growth', 6.9, '2025-FY'],
      ['fixed-asset-investment', 'growth', 7.4, '2025-FY'],
    ]);
  });

  it('never takes a quoted year’s growth as the result a gap to the year’s goal is of (F7263)', () => {
    const parsed = review(...body);
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.derived ?? false]),
    ).not.toContainEqual(['industrial-value-added', 'full-year', 8.3, 'eq', true]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value])).toContainEqual([
      'industrial-value-added',
      6,
    ]);
  });

  it('leaves a full-year report’s own year as it is', () => {
    const parsed = parsedReport(
      ['澄墩县2025年国民经济和社会发展统计公报', '2025年，全县地区生产总值163.41亿元，增长5.3%。'].join('\n'),
      { sourceName: 'bulletin.txt' },
    );
    expect(parsed.observations.map((o) => o.period ?? null)).toEqual([null, null]);
  });
});
