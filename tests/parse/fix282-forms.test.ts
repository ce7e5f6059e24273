// Forms the held-out-282 batch showed the parser missed (session 39, branch fix282): a 2020 上半年 report revising
// the year's goals after the epidemic (甲由增长A%调整为力争恢复正增长；乙由增长B%调整为下降C%以内), whose revised goals
// are the year's targets and whose first goals stay facts only. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVISED_PLAN = [
  '泖岐县2020年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年经济运行情况',
  '上半年，全县完成地区生产总值52.36亿元，同比下降14.2%。固定资产投资同比下降37.5%。',
  '二、调整后的全年目标',
  '受疫情影响，年初确定的地区生产总值增长8.5%等目标已难以实现，建议对全年主要预期目标作如下调整：地区生产总值由增长8.5%调整为力争恢复正增长；规模以上工业增加值由增长9%调整为增长2%左右；固定资产投资由增长11%调整为下降8%以内；一般公共预算收入由4.3亿元调整为3.6亿元。',
  '三、下半年工作安排',
  '确保规模以上工业增加值月度增速保持正增长。',
].join('\n');

const targetRows = (text: string) =>
  parsedReport(text, { sourceName: 'revised.txt' })
    .targets.filter((t) => t.horizon === 'full-year')
    .map((t) => [t.indicatorCode, t.comparator, t.value, t.unit]);

describe('goals revised mid-year (甲由增长A%调整为力争恢复正增长；乙由X亿元调整为Y亿元) (F5821)', () => {
  it('reads each revised goal as the year’s target, and not the goal it replaces', () => {
    const rows = targetRows(REVISED_PLAN);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['gdp', 'gt', 0, '%'],
        ['industrial-value-added', 'approx', 2, '%'],
        ['fixed-asset-investment', 'gte', -8, '%'],
        ['general-budget-revenue', 'eq', 3.6, '亿元'],
      ]),
    );
    expect(rows).not.toContainEqual(['gdp', 'eq', 8.5, '%']);
    expect(rows.filter((r) => r[0] === 'industrial-value-added')).toHaveLength(1);
  });

  it('leaves a comparison of two years’ goals alone (目标由去年的A%以上调整为B%左右)', () => {
    const rows = targetRows(
      [
        '泖岐县2020年国民经济和社会发展计划执行情况的报告',
        '一、综合',
        '邻省2020年地区生产总值增长目标由去年的7%以上调整为6%左右。',
      ].join('\n'),
    );
    expect(rows).not.toContainEqual(['gdp', 'approx', 6, '%']);
  });
});

describe('a growth against a base year two years back led with (与2019年同期相比，甲增长A%) (F5822)', () => {
  const NEWS = [
    '泖岐县2021年一季度经济运行情况',
    '一、综合',
    '一季度全县实现地区生产总值31.48亿元，同比增长19.6%，两年平均增长4.9%。受上年同期低基数影响，与2019年同期相比，地区生产总值增长10.2%。',
  ].join('\n');
  const growths = () =>
    parsedReport(NEWS, { sourceName: 'news.txt' })
      .observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'growth')
      .map((o) => o.quantity?.value);

  it('reads the year-on-year growth and leaves the base year’s a fact', () => {
    expect(growths()).toContain(19.6);
    expect(growths()).not.toContain(10.2);
  });
});
