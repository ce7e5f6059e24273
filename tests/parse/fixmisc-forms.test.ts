// Forms the held-out batches 375, 376, 385 and 386 showed the parser missed (session 45, branch fixmisc).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ANALYSIS_TITLE = '滢溪县2034年1—8月份经济运行情况';
const ANALYSIS = { sourceName: 'analysis.txt', region: '滢溪县', period: '2034-M1-8' } as const;

const named = (report: ReturnType<typeof parsedReport>, name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

describe('甲和乙未达到序时进度要求，增幅较上年同期分别回落a和b个百分点: the two indicators’ changes (F7731)', () => {
  const report = parsedReport(
    [
      ANALYSIS_TITLE,
      '1—8月份，全县规模以上工业增加值47.3亿元，同比增长9.6%。全县社会消费品零售总额31.52亿元，同比增长11.4%。',
      '存在的问题：一是规模以上工业增加值和社会消费品零售总额未达到序时进度要求，增幅较上年同期分别回落2.6个百分点和1.3个百分点。',
    ].join('\n'),
    ANALYSIS,
  );

  it('reads one change each, in the list’s order', () => {
    expect(named(report, '规模以上工业增加值')).toContainEqual(['change', -2.6, '个百分点']);
    expect(named(report, '社会消费品零售总额')).toContainEqual(['change', -1.3, '个百分点']);
  });
});

describe('推动甲工程年内建成运行: the status 建成运行 is no part of the project’s name (F7732)', () => {
  const report = parsedReport(
    [
      '滢溪县人民代表大会关于2034年国民经济和社会发展计划执行情况的决议',
      '全县地区生产总值完成41.2亿元，增长8.3%。',
      '会议要求，县人民政府要抓好以下工作：一是用好对口帮扶资金，推动滢溪县城垃圾焚烧发电及配套收运工程年内建成运行；二是严格预算执行。',
    ].join('\n'),
    { sourceName: 'resolution.txt', region: '滢溪县', period: '2034-FY' },
  );

  it('names the works without the status after it', () => {
    expect(report.projects.map((p) => p.name)).toEqual(['滢溪县城垃圾焚烧发电及配套收运工程']);
  });
});

describe('滢溪人大网 above a 调研报告 on 全县: the congress’s site names the county, not 滢溪人大县 (F7733)', () => {
  const report = parsedReport(
    [
      '滢溪人大网',
      '首页 > 调查研究 > 调研报告',
      '关于当前经济运行情况的调研报告',
      '县人大常委会财政经济工作委员会',
      '县人大常委会：',
      '　　前三季度，全县实现地区生产总值36.2亿元，同比增长9.1%；全县固定资产投资21.7亿元，同比增长18.4%。我县财政总收入4.15亿元，增长12.6%。',
    ].join('\n'),
    { sourceName: 'review.txt', period: '2034-Q3' },
  );

  it('reads the region as 滢溪县', () => {
    expect(report.meta.region).toBe('滢溪县');
  });
});

describe('棉纺织业增加值X亿元，下降a%: one fibre’s mills, named as written, not all textiles (F7734)', () => {
  const report = parsedReport(
    [
      '滢溪县2034年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县实现地区生产总值52.6亿元，增长7.9%。规模以上工业增加值18.3亿元，增长8.8%，其中毛纺织业增加值2.47亿元，下降3.6%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '滢溪县', period: '2034-H1' },
  );

  it('reads the level and the growth under 毛纺织业增加值', () => {
    expect(named(report, '毛纺织业增加值')).toEqual([
      ['level', 2.47, '亿元'],
      ['growth', -3.6, '%'],
    ]);
    expect(report.observations.filter((o) => o.indicatorCode === 'textiles-value-added')).toEqual([]);
  });
});
