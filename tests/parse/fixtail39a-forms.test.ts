// Forms the two-hundred-and-eighty-seventh held-out batch showed the parser missed (session 39, branch
// fixtail39a): a plan period's 时期 before the place a review's headline names (F5921). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { readOpening } from '../../src/parse/genre.js';
import { splitLines } from '../../src/parse/lines.js';
import { sectionReport } from '../helpers/report.js';

describe('fixtail39a forms', () => {
  it('F5921: reads the place after a plan period’s 时期 (“十四五”时期蔺沅县经济…) without the period word', () => {
    const { lines } = splitLines(
      '“十四五”时期蔺沅县经济社会发展成就综述\n五年来，全县地区生产总值年均增长5.4%。\n',
    );
    expect(readOpening(lines).region).toBe('蔺沅县');
  });

  it('F5922: ranks the level before the thresholds it passed (先后跨越X亿元、Y亿元两个台阶，总量居…), not the thresholds', () => {
    const report = sectionReport('linyuan.txt', '蔺沅县2026年经济运行情况', [
      '2026年，全县地区生产总值完成187.6亿元，比上年增长5.2%。经济总量由2021年的151.42亿元先后跨越160亿元、180亿元两个台阶，总量居全市7个县（市、区）第3位，比2021年前移2位。',
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([['gdp', 3, 7]]);
  });

  it('F5923: reads 完成年度目标8%的计划 after a growth as the year’s met goal, not a share of the plan', () => {
    const report = sectionReport('linyuan.txt', '蔺沅县2026年经济运行情况', [
      '全县规模以上工业增加值同比增长7.9%，增速居全市第2位，完成年度目标7%的计划。',
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['industrial-value-added', 7, 'full-year'],
    ]);
    expect(report.observations.filter((o) => o.measure === 'share')).toEqual([]);
  });

  it('F5924: reads 2.2022—2025年… after a note’s 注：1.… as the note’s second item, not the figure 2.2022', () => {
    const report = sectionReport('linyuan.txt', '蔺沅县主要经济指标（2022—2026年）', [
      '2026年，全县地区生产总值完成187.6亿元，比上年增长5.2%。',
      '注：1.地区生产总值按当年价格计算。',
      '2.2022—2025年数据为最终核实数，2026年数据为初步核算数。',
    ]);
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('2.2022');
  });

  it('F5925: reads the edition year closing a 统计手册’s title (《…统计手册（2027）》) as no figure', () => {
    const report = sectionReport('linyuan.txt', '蔺沅县主要经济指标（2022—2026年）', [
      '资料来源：《蔺沅县统计手册（2027）》',
      '2026年，全县地区生产总值完成187.6亿元，比上年增长5.2%。',
    ]);
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('2027');
  });
});
