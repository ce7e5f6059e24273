// Forms the seventieth held-out batch showed the parser missed (session 25, branch fix70): a goal for the
// report's own year in a sentence that also names projects prepared for the year after (储备2025年项目);
// margins over one benchmark after a distributive list; places listed before 分别.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const targetsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [
    t.indicatorCode,
    t.value,
    t.unit,
    t.derived,
    t.horizon,
    t.attainment,
  ]);

describe('the year after named only as the year of projects prepared now', () => {
  it('leaves the sentence’s 确保全年 goal the report’s own year’s', () => {
    const text = [
      '棠岗县2024年前三季度经济运行情况新闻发布会',
      '前三季度，全县固定资产投资同比增长11.2%。',
      '下一步，我们将谋划储备2025年项目60个以上，确保全年固定资产投资增长10%以上。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([['fixed-asset-investment', 10, '%', false, 'full-year', 'met']]);
  });
});

describe('margins over one benchmark after a distributive list (高于全部投资a个、b个百分点)', () => {
  it('gives each subject of the list before its own comparison', () => {
    const text = [
      '关于棠岗市2023年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全市地区生产总值同比增长5.1%。全市固定资产投资同比增长8.4%。',
      '工业投资、技改投资同比分别增长17.5%、26.1%，高于全部投资9.1个、17.7个百分点。',
    ].join('\n');
    const comparisons = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'comparison' && o.indicatorCode !== 'gdp')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);
    expect(comparisons).toEqual([
      ['industrial-investment', 9.1, '个百分点'],
      ['technical-renovation-investment', 17.7, '个百分点'],
    ]);
  });
});

describe('a list of places before 分别 (甲县、乙县增速居前两位，分别增长a%、b%)', () => {
  it('gives the places’ figures to no indicator told before', () => {
    const text = [
      '关于棠岗市2023年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全市地区生产总值同比增长4.6%。其中，第二产业增加值312.5亿元，增长5.1%；第三产业增加值401.2亿元，增长4.0%。分县区看，柳岸县、石湾区增速居前两位，分别增长7.3%、6.9%。',
    ].join('\n');
    const growths = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toEqual([
      ['gdp', 4.6],
      ['secondary-industry-value-added', 5.1],
      ['tertiary-industry-value-added', 4],
    ]);
  });
});
