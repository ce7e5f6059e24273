// Forms the eighty-fifth and eighty-seventh held-out batches showed the parser missed (session 27, branch
// fix85): a plan report's 附表 saved as plain text aligned with spaces, whose plan and goal cells are written
// as a growth with a bare figure (增长6.5, 增长6左右) on a row whose unit column says 亿元 or 元 (the cell is
// a rate, not an amount in the row's unit). A meeting's news page naming the year's goals inside the
// distance still to go (距全年甲增长a%、乙增长b%的目标任务还有不小压力) and then, in the same sentence, the
// first half's goals after 确保上半年 (facts only in a first-quarter page).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const targetsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [
    t.indicatorCode,
    t.horizon,
    t.value,
    t.unit,
    t.comparator,
  ]);

describe('a plain-text annex whose goal cells are growths on rows in 亿元', () => {
  const text = [
    '渚阳县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
    '各位代表：',
    '2023年，全县地区生产总值完成98.30亿元，增长4.8%。社会消费品零售总额41.20亿元，增长5.1%。',
    '附表',
    '渚阳县2023年主要指标计划执行情况及2024年预期目标',
    '序号  指标                        单位      2023年计划    2023年完成    增长%     2024年目标',
    '1     地区生产总值                亿元      增长7         98.30         4.8       增长5.5左右',
    '2     社会消费品零售总额          亿元      增长8         41.20         5.1       增长6',
    '3     农村居民人均可支配收入      元        增长7.5       13920         6.2       增长7',
  ].join('\n');

  it('reads 增长N as a rate, the row’s unit left to its level', () => {
    const targets = targetsOf(text);
    expect(targets).toContainEqual(['gdp', 'full-year', 7, '%', 'eq']);
    expect(targets).toContainEqual(['gdp', 'next-year', 5.5, '%', 'approx']);
    expect(targets).toContainEqual(['retail-sales', 'full-year', 8, '%', 'eq']);
    expect(targets).toContainEqual(['rural-disposable-income-per-capita', 'next-year', 7, '%', 'eq']);
    expect(targets.filter(([, , , unit]) => unit === '亿元' || unit === '元')).toEqual([]);
  });
});

describe('the year’s goals inside the distance still to go, then the first half’s', () => {
  const text = [
    '汀溪县召开2025年一季度经济运行分析会',
    '一季度，汀溪县地区生产总值增长7.1%，固定资产投资增长14.2%。',
    '县长在会上强调，距全年地区生产总值增长6%、固定资产投资增长11%的目标任务还有不小压力，要抓住二季度关键期，确保上半年地区生产总值增长6.5%以上，固定资产投资增长13%以上。',
  ].join('\n');

  it('reads the year’s goals as full-year targets and the first half’s as no target', () => {
    expect(targetsOf(text, 'news.html')).toEqual([
      ['gdp', 'full-year', 6, '%', 'eq'],
      ['fixed-asset-investment', 'full-year', 11, '%', 'eq'],
    ]);
  });

  it('reads neither the goals nor the first half’s as growths of the quarter', () => {
    const growths = parsedReport(text, { sourceName: 'news.html' })
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(growths).toEqual([7.1, 14.2]);
  });
});

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

describe('a growth’s moves after a stop, named by 增速 alone', () => {
  const text = [
    '泓川县2025年一季度地区生产总值统一核算结果公告',
    '一季度，全县实现地区生产总值52.40亿元，同比增长6.1%，两年平均增长5.7%。增速较上年同期回落0.4个百分点，较上年全年加快0.3个百分点，比全市平均水平高0.5个百分点，在全市8个县（市、区）中居第2位。',
  ].join('\n');

  it('reads them as the subject’s before the stop', () => {
    expect(observationsOf(text)).toEqual([
      ['gdp', 'level', 52.4],
      ['gdp', 'growth', 6.1],
      ['gdp', 'two-year-average-growth', 5.7],
      ['gdp', 'change', -0.4],
      ['gdp', 'change', 0.3],
      ['gdp', 'comparison', 0.5],
    ]);
    const ranks = parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
    ]);
    expect(ranks).toEqual([['gdp', 2, 8]]);
  });
});

describe('县级财政用于民生的支出, the spending on one purpose with the paying level before it', () => {
  it('reads its level and share as 民生支出', () => {
    const text = [
      '汀溪县2024年经济运行情况',
      '2024年，汀溪县地区生产总值完成120.5亿元，增长5.9%。县级财政用于民生的支出达到21.6亿元，占一般公共预算支出的79.4%。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['民生支出', 'level', 21.6],
      ['民生支出', 'share', 79.4],
    ]);
  });

  it('reads it with 的 left out and the level written 县财政', () => {
    const text = [
      '汀溪县2024年经济运行情况',
      '2024年，汀溪县地区生产总值完成120.5亿元，增长5.9%。全年县财政用于民生支出18.2亿元，占一般公共预算支出比重达76.5%。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['民生支出', 'level', 18.2],
      ['民生支出', 'share', 76.5],
    ]);
  });
});

describe('shortfalls to the year’s goal and margins over another indicator in a half-year plan report', () => {
  const text = [
    '汀州市2025年上半年国民经济和社会发展计划执行情况的报告',
    '上半年全市地区生产总值完成820.6亿元，同比增长5.2%，高于全省0.3个百分点，与年度目标6%左右相比仍有0.8个百分点的差距。',
    '全市规模以上工业增加值同比增长6.8%，距年度目标仅差0.2个百分点。',
    '二是消费恢复不均衡。住宿业营业额仅增长1.9%，低于社会消费品零售总额2.7个百分点。',
  ].join('\n');
  const comparisons = () =>
    parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorName, o.quantity?.value]);

  it('reads 与年度目标A%左右相比仍有B个百分点的差距 as a shortfall, and A as the year’s target', () => {
    expect(comparisons()).toContainEqual(['地区生产总值', -0.8]);
    expect(targetsOf(text)).toContainEqual(['gdp', 'full-year', 6, '%', 'approx']);
  });

  it('reads 距年度目标仅差 as a shortfall', () => {
    expect(comparisons()).toContainEqual(['规模以上工业增加值', -0.2]);
  });

  it('reads points under a named indicator as a margin over its growth, not its change', () => {
    expect(comparisons()).toContainEqual(['住宿业营业额', -2.7]);
    const changes = parsedReport(text, { sourceName: 'report.txt' }).observations.filter(
      (o) => o.measure === 'change',
    );
    expect(changes).toEqual([]);
  });
});

describe('a rank of a measure word alone after a clause naming the indicator', () => {
  it('ranks the indicator the clause before names, not the paragraph’s last figure', () => {
    const text = [
      '汀溪县2025年一季度经济运行分析会召开',
      '一季度，汀溪县地区生产总值增长6.8%。会议指出，2户规上工业企业停产，城镇居民收入的增速虽高于全市，总量仍居全市第5位。',
    ].join('\n');
    const ranks = parsedReport(text, { sourceName: 'news.html' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
    ]);
    expect(ranks).toEqual([['urban-disposable-income-per-capita', 5]]);
  });
});
