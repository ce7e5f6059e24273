// Forms the one-hundred-and-eleventh held-out batch showed the parser missed (session 31, branch fix111): a
// table note naming a row whose figures are an earlier period's (规模以上服务业营业收入为1-8月数据), and a note's
// legend of the rank-move column's marks ("0"为持平). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const analysis = (note: string) =>
  [
    '2026年前三季度澜岙区经济运行情况分析',
    '前三季度，全区地区生产总值412.36亿元，同比增长5.6%。',
    '澜岙区2026年前三季度主要经济指标',
    '指标\t单位\t绝对值\t增速（%）\t全市位次\t位次较上半年变化',
    '地区生产总值\t亿元\t412.36\t5.6\t4\t+1',
    '规模以上服务业营业收入\t亿元\t215.8\t6.9\t7\t0',
    '社会消费品零售总额\t亿元\t98.14\t4.2\t9\t-2',
    note,
  ].join('\n');

const NOTE =
  '注：1.全市位次为增速在全市12个区中的位次，“+”为前移，“-”为后移，“0”为持平；2.规模以上服务业营业收入为1-8月数据。';

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'analysis.txt' }).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
    o.period ?? null,
  ]);

describe('a table note naming a row whose figures are an earlier period’s (F2472)', () => {
  it('gives that row’s figures the note’s period, and the other rows none', () => {
    const observations = observationsOf(analysis(NOTE));
    expect(observations).toContainEqual(['services-revenue', 'level', 215.8, '2026-M1-8']);
    expect(observations).toContainEqual(['services-revenue', 'growth', 6.9, '2026-M1-8']);
    const others = observations.filter((o) => o[0] !== 'services-revenue');
    expect(others.every((o) => o[3] === null)).toBe(true);
  });

  it('gives two rows named with 、 the period', () => {
    const text = analysis('注：规模以上服务业营业收入、社会消费品零售总额均为1-8月数据。');
    const periods = observationsOf(text)
      .filter((o) => o[0] === 'retail-sales' || o[0] === 'services-revenue')
      .map((o) => o[3]);
    expect(new Set(periods)).toEqual(new Set(['2026-M1-8']));
  });

  it('leaves the rows alone when the note names no earlier period', () => {
    const text = analysis('注：规模以上服务业营业收入为快报数据。');
    expect(observationsOf(text).every((o) => o[3] === null)).toBe(true);
  });
});

describe('a note’s legend of a table’s marks: “0”为持平 (F2473)', () => {
  it('gives no 0 fact for the legend’s 持平', () => {
    const facts = parsedReport(analysis(NOTE), { sourceName: 'analysis.txt' }).facts.filter(
      (f) => f.quantity.value === 0,
    );
    expect(facts).toEqual([]);
  });

  it('keeps a 持平 in the prose as a zero', () => {
    const text = analysis(NOTE).replace('同比增长5.6%。', '同比增长5.6%，工业用电量与上年持平。');
    const zeros = parsedReport(text, { sourceName: 'analysis.txt' }).facts.filter(
      (f) => f.quantity.value === 0,
    );
    expect(zeros).toHaveLength(1);
  });
});

describe('the shortfall to the year’s goal alone, after ； and the ranks (F2474)', () => {
  const plan = (tail: string) =>
    [
      '关于澜岙县2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      `上半年全县实现地区生产总值96.42亿元，同比增长5.8%，高于全市平均水平0.6个百分点，居全市20个区县第7位，较一季度前移2位${tail}`,
    ].join('\n');
  const gdpComparisons = (text: string) =>
    parsedReport(text, { sourceName: 'plan.txt' })
      .observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison')
      .map((o) => o.quantity?.value);

  it('is the growth’s comparison with the plan, below it', () => {
    expect(gdpComparisons(plan('；距年度目标还差0.4个百分点。'))).toEqual([0.6, -0.4]);
  });

  it('reads the same with 与年度目标相差', () => {
    expect(gdpComparisons(plan('；与年度目标相差0.4个百分点。'))).toEqual([0.6, -0.4]);
  });

  it('stays another indicator’s when the clause names one', () => {
    const text = plan('；固定资产投资距年度目标还差2.1个百分点。');
    expect(gdpComparisons(text)).toEqual([0.6]);
  });
});
