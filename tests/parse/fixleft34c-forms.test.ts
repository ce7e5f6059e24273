// Forms older fixtures' leftovers showed the parser missed (session 34, branch fixleft34c): a firms' account
// after a 其中 count of a part of them (…企业N家，其中甲类企业M家，实现营业收入…), the whole's account, not
// the part's; a size class's investment with its growth after 其中 inside a key-project sentence, the class's
// observations. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F3981: a firms’ account after a 其中 count of a part of them', () => {
  it('reads 实现营业收入 after 其中甲类企业M家 as the counted firms’ revenue', () => {
    const read = parsedReport(
      [
        '澪岗县2026年前三季度经济运行分析',
        '前三季度，全县地区生产总值80.3亿元，同比增长5.2%。全县规模以上工业企业52家，其中食品加工企业19家，实现营业收入31.6亿元，增长9.3%。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const revenue = read.observations.filter((o) => o.quantity?.value === 31.6 || o.quantity?.value === 9.3);
    expect(revenue.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规模以上工业企业营业收入', 'level', 31.6],
      ['规模以上工业企业营业收入', 'growth', 9.3],
    ]);
  });
});

describe('F3982: a size class with its growth after 其中 in a key-project sentence', () => {
  it('reads 其中亿元以上项目完成投资X亿元，增长A% as the class’s observations', () => {
    const read = parsedReport(
      [
        '澪岗县2025年政府工作报告',
        '2025年工作回顾',
        '（三）项目投资持续发力。实施重点项目64个，完成投资47.5亿元，其中亿元以上项目完成投资33.8亿元，增长18.4%。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    const named = read.observations.filter((o) => o.indicatorName === '亿元以上项目完成投资');
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 33.8],
      ['growth', 18.4],
    ]);
  });
});
