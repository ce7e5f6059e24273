// Forms of held-out-30's lixun-2014-fy-plan (branch fixlx): a draft's goals set out one field per
// numbered paragraph, （一）名称。预期目标：…. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) =>
  parsedReport(
    [
      '关于禾沅县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告',
      '一、2020年计划执行情况',
      '全县地区生产总值52.3亿元，增长6.1%。',
      '二、2021年国民经济和社会发展的主要目标',
      '建议2021年全县国民经济和社会发展的主要目标为：',
      ...lines,
    ].join('\n'),
    { sourceName: 'fixlx.txt' },
  );
const targets = (lines: readonly string[]) =>
  report(lines)
    .targets.filter((t) => !t.derived)
    .map((t) => [t.indicatorCode, t.value, t.unit, t.comparator, t.horizon].join(' '));

describe('（N）名称。预期目标：… a numbered field heading labels its goal', () => {
  it.each([
    ['（一）', '地区生产总值', '增长7%左右', 'gdp 7 % approx next-year'],
    ['（二）', '规模以上工业增加值', '增长9%', 'industrial-value-added 9 % eq next-year'],
    ['1.', '社会消费品零售总额', '增长8.5%', 'retail-sales 8.5 % eq next-year'],
    ['三、', '公共财政预算收入', '增长6%', 'general-budget-revenue 6 % eq next-year'],
  ])('%s%s。预期目标：%s', (number, name, goal, expected) => {
    expect(targets([`${number}${name}。预期目标：${goal}。`])).toEqual([expected]);
  });

  it("takes a goal in words after the label as the label's", () => {
    const words = report(['（八）节能减排。预期目标：完成市下达的目标任务。']).targets.filter(
      (t) => t.indicatorCode === 'energy-emission-targets',
    );
    expect(words.map((t) => [t.value, t.horizon])).toEqual([[null, 'next-year']]);
  });

  it("takes a bare 完成 amount after the label as the label's level goal", () => {
    expect(targets(['（三）全社会固定资产投资。预期目标：完成86亿元，增长10%以上。'])).toEqual([
      'fixed-asset-investment 86 亿元 eq next-year',
      'fixed-asset-investment 10 % gte next-year',
    ]);
  });
});

describe('上半年经济运行情况汇报: a government briefing on its own period is a summary', () => {
  const meta = (title: string) =>
    parsedReport(
      [
        title,
        '尊敬的各位领导：',
        '下面，我就全县上半年经济运行情况作简要汇报。',
        '上半年，全县实现地区生产总值24.18亿元，同比增长6.9%，增速居全市第3位。',
        '以上汇报，请各位领导批评指正。',
      ].join('\n'),
      { sourceName: 'fixlx-briefing.txt' },
    ).meta;
  it.each([
    ['岑塘县2019年上半年经济运行情况汇报', 'plan-execution', '2019-H1'],
    ['岑塘县2019年1-9月份工作汇报', 'plan-execution', '2019-Q3'],
    ['岑塘县2019年经济运行情况汇报', 'plan-execution-and-draft', '2019-FY'],
  ])('%s reads as %s', (title, genre, period) => {
    const read = meta(title);
    expect([read.genre, read.period]).toEqual([genre, period]);
  });

  it('keeps a bureau analysis of the period a statistics analysis', () => {
    expect(meta('岑塘县2019年上半年经济运行情况分析').genre).toBe('statistics-analysis');
  });
});
