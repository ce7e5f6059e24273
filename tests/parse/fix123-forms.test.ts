// Forms the one-hundred-and-twenty-third held-out batch showed the parser missed (session 31, branch fix123):
// a rank-change column of arrows whose note says “—”为不变, the dash a rank that did not move.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ARROWS_TABLE = [
  '2026年1—8月甲沣县经济运行情况分析',
  '甲沣县统计局',
  '1—8月，全县经济运行总体平稳。',
  '2026年1—8月甲沣县主要经济指标及全市位次',
  '指标\t单位\t绝对值\t增速（%）\t全市位次\t位次变化',
  '规上工业增加值\t%\t—\t8.2\t3\t↑1',
  '社会消费品零售总额\t亿元\t52.16\t5.7\t4\t—',
  '财政收入\t亿元\t11.08\t2.3\t6\t↓2',
  '注：位次为增速在乙丘市9个县区中的排位；位次变化为较1—7月的变化，“↑”为前移，“↓”为后移，“—”为不变。',
].join('\n');

const changes = (text: string) =>
  parsedReport(text, { sourceName: 'analysis.txt' })
    .rankings.filter((r) => r.source === 'table')
    .map((r) => [r.indicatorCode, r.rank, r.change]);

describe('a dash in a rank-change column under a note “—”为不变 (F2691)', () => {
  it('reads the dash as a move of 0 beside the arrows', () => {
    expect(changes(ARROWS_TABLE)).toEqual([
      ['industrial-value-added', 3, 1],
      ['retail-sales', 4, 0],
      ['fiscal-total-revenue', 6, -2],
    ]);
  });

  it('leaves the dash no move when the note gives it no meaning', () => {
    const noLegend = ARROWS_TABLE.replace('，“—”为不变', '');
    expect(changes(noLegend)).toContainEqual(['retail-sales', 4, null]);
  });
});

const REVIEW = [
  '关于甲沣县2026年前三季度国民经济和社会发展计划执行情况的审议意见',
  '前三季度，全县地区生产总值增长5.2%，固定资产投资增长3.1%。',
  '要对照年初确定的地区生产总值增长6%、固定资产投资增长8%的目标，逐项分析差距，四季度固定资产投资力争完成21亿元以上，确保全年固定资产投资增长4%以上。',
].join('\n');

describe('a last quarter’s goal after a closed list of the year’s goals, 四季度甲力争完成X亿元以上 (F2692)', () => {
  it('reads no year’s target from the quarter’s amount, and keeps the year’s goal after it', () => {
    const fai = parsedReport(REVIEW, { sourceName: 'review.txt' })
      .targets.filter((t) => t.indicatorCode === 'fixed-asset-investment')
      .map((t) => [t.value, t.unit]);
    expect(fai).not.toContainEqual([21, '亿元']);
    expect(fai).toContainEqual([4, '%']);
  });
});

const INCOME_NOTE = [
  '2026年1—8月甲沣县经济运行情况分析',
  '甲沣县统计局',
  '2026年1—8月甲沣县主要经济指标',
  '指标\t单位\t绝对值\t增速（%）',
  '社会消费品零售总额\t亿元\t52.16\t5.7',
  '城镇常住居民人均可支配收入\t元\t28460\t4.6',
  '农村常住居民人均可支配收入\t元\t13920\t6.3',
  '注：居民收入为上半年数据。',
  '上半年，全县城镇常住居民人均可支配收入28460元，增长4.6%；农村常住居民人均可支配收入13920元，增长6.3%。',
].join('\n');

describe('a note naming the incomes as a group, 居民收入为上半年数据 (F2693)', () => {
  it('sends each residents’ income row of a 1—8月 table to the half year', () => {
    const periods = parsedReport(INCOME_NOTE, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.source === 'table' && /income/.test(o.indicatorCode ?? ''))
      .map((o) => o.period);
    expect(periods.length).toBeGreaterThan(0);
    expect(new Set(periods)).toEqual(new Set(['2026-H1']));
  });
});

const GAP_REVIEW = [
  '关于甲沣县2026年前三季度国民经济和社会发展计划执行情况的审议意见',
  '前三季度，全县地区生产总值增长5.4%，规模工业增加值增长7.2%。',
  '（一）部分指标与年度目标差距较大。地区生产总值增速低于年度目标6%达0.6个百分点；规模工业增加值增长7.2%。',
].join('\n');

describe('a gap with the goal inside it after the verb, 增速低于年度目标A%达N个百分点 (F2694)', () => {
  it('reads a comparison with the goal, and no growth of the goal’s figure', () => {
    const gdp = parsedReport(GAP_REVIEW, { sourceName: 'review.txt' }).observations.filter(
      (o) => o.indicatorCode === 'gdp',
    );
    expect(gdp.map((o) => [o.measure, o.quantity?.value])).toContainEqual(['comparison', -0.6]);
    expect(gdp.map((o) => [o.measure, o.quantity?.value])).not.toContainEqual(['growth', 6]);
  });
});

describe('the short form 产销率 of industry’s sales rate, stated with 为 (F2695)', () => {
  it('reads the rate as an observation named as written', () => {
    const text = [
      '2026年1—8月甲沣县经济运行情况分析',
      '甲沣县统计局',
      '1—8月，全县规上工业增加值同比增长7.4%。规上工业产值增长6.1%，产销率为96.3%。',
    ].join('\n');
    const rates = parsedReport(text, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.measure === 'rate')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(rates).toContainEqual(['产销率', 96.3]);
  });
});
