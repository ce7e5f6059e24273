// Forms held-out-24's luoye/ningbei fixtures showed (session 15, fixluoye): a plan's goal list by
// field, each paragraph opening with the field's name as a sentence of its own (地区生产总值。预期目标：
// 增长9%左右。). The .doc table whose row-end marks are tabs is an ingest form: tests/ingest/word.test.ts.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '岚丘县2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案';

const targets = (lines: readonly string[]) =>
  parsedReport([TITLE, ...lines].join('\n'), { sourceName: 'plan.txt' }).targets.map((t) =>
    [t.indicatorCode, t.horizon, t.comparator, t.value, t.unit].join(' '),
  );

describe('a name standing as a sentence of its own labels the goal after it', () => {
  it.each([
    ['地区生产总值。预期目标：增长7.5%左右。', 'gdp next-year approx 7.5 %'],
    ['地区生产总值。增长7.5%左右。', 'gdp next-year approx 7.5 %'],
    ['社会消费品零售总额。预期目标：增长10%以上。', 'retail-sales next-year gte 10 %'],
  ])('%s', (line, expected) => {
    expect(targets(['2031年经济社会发展的主要预期目标是：', line])).toEqual([expected]);
  });

  it('a goal that names its own indicator keeps it, not the label', () => {
    expect(
      targets(['2031年经济社会发展的主要预期目标是：', '工业。预期目标：规模以上工业增加值增长9%以上。']),
    ).toEqual(['industrial-value-added next-year gte 9 %']);
  });

  it('a label on a line of its own does not name the next paragraph', () => {
    expect(
      targets(['2031年经济社会发展的主要预期目标是：', '地区生产总值', '预期目标：增长7.5%左右。']),
    ).toEqual([]);
  });
});

describe('a goal in words after 预期目标： that opens with 完成 is set, not reported done', () => {
  it('完成州下达的节能减排任务 after a figure goal is a word target', () => {
    const found = targets([
      '二、2031年国民经济和社会发展计划草案',
      '2031年经济社会发展的主要预期目标是：',
      '物价。预期目标：居民消费价格涨幅控制在3%左右。',
      '节能减排。预期目标：完成州下达的节能减排任务。',
    ]);
    // The horizon is left to the section's reading (next-year in the fixture's plan part).
    expect(found.filter((t) => t.startsWith('energy-emission-targets '))).toHaveLength(1);
  });

  it('主要预期目标：全面完成 stays an account of goals met', () => {
    const found = targets(['2030年主要预期目标全面完成，地区生产总值增长7.8%。']);
    expect(found).toEqual([]);
  });
});
