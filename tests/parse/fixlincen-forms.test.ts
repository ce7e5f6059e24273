// Forms of held-out-47's lincen and hewan fixtures (session 20, fixlincen): a printed chart's data labels
// under its 图N caption, a sentence on current prices (按现价计算，名义增长…) after the headline's, a
// headline whose ranks stand in a sentence of their own, and 与年度目标相差B个百分点. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { chartLabelLines } from '../../src/parse/chart-labels.js';
import { splitLines } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

const TITLE = '2030年前三季度桐岙县经济运行情况分析';

const report = (lines: readonly string[], title = TITLE) =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixlincen.txt' });
const observations = (lines: readonly string[], title = TITLE) =>
  report(lines, title).observations.map((o) =>
    [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit].join(' '),
  );
const facts = (lines: readonly string[]) => report(lines).facts.map((f) => `${f.quantity.raw}|${f.subject}`);

describe("a printed chart's data labels beside its 图N caption are no figures", () => {
  const chart = [
    '一、地区生产总值平稳增长',
    '前三季度，全县实现地区生产总值118.35亿元，同比增长5.1%。',
    '图1 2029年—2030年前三季度桐岙县地区生产总值累计增速（%）',
    '3.1 3.8 4.6 4.3 4.9',
    '2029年一季度2029年上半年2029年前三季度2029年2030年一季度',
    '二、工业生产加快恢复',
    '前三季度，全县规模以上工业增加值同比增长6.4%。',
  ];

  it('drops the run of bare numbers under the caption, and the caption', () => {
    expect(facts(chart)).toEqual([
      '118.35亿元|地区生产总值',
      '增长5.1%|地区生产总值',
      '增长6.4%|规模以上工业增加值',
    ]);
  });

  it('drops it above a caption set under the chart as well', () => {
    const below = [
      '一、工业',
      '全县规模以上工业增加值同比增长6.4%。',
      '2.2 3.5 4.1 6.4',
      '图2：1—9月规模以上工业增加值累计增速（%）',
    ];
    expect(facts(below)).toEqual(['增长6.4%|规模以上工业增加值']);
  });

  it('keeps a line of bare numbers with no caption near it, and a sentence after a caption', () => {
    const { lines } = splitLines(
      ['图1 增速（%）', '3.1 3.8 4.6', '全县增长5.1%。', '2.2 3.5', '甲', '乙', '丙', '丁', '4.4 5.5'].join(
        '\n',
      ),
    );
    expect([...chartLabelLines(lines)].sort()).toEqual([1, 2]);
  });

  it('reads no caption in a sentence that points to a chart', () => {
    const { lines } = splitLines(['如图1所示，全县增长5.1%。', '3.1 3.8 4.6'].join('\n'));
    expect([...chartLabelLines(lines)]).toEqual([]);
  });
});

describe('按现价计算，名义增长A%，比上年同期增加X亿元 goes on about the subject before', () => {
  it('after the headline sentence', () => {
    expect(
      observations([
        '一、地区生产总值',
        '前三季度，全县实现地区生产总值118.35亿元，按可比价格计算，同比增长5.1%。按现价计算，名义增长6.3%，比上年同期增加8.72亿元。',
      ]),
    ).toEqual(['gdp level 118.35 亿元', 'gdp growth 5.1 %', 'gdp growth 6.3 %', 'gdp change 8.72 亿元']);
  });

  it('after a sentence of ranks only, which names no figure', () => {
    expect(
      observations([
        '一、地区生产总值',
        '前三季度，全县实现地区生产总值118.35亿元，同比增长5.1%，高于全市平均水平0.8个百分点；总量居全市6个县（市、区）第2位，增速居第3位。按现价计算，名义增长6.3%。',
      ]),
    ).toEqual([
      'gdp level 118.35 亿元',
      'gdp growth 5.1 %',
      'gdp comparison 0.8 个百分点',
      'gdp growth 6.3 %',
    ]);
  });

  it('not from one paragraph to the next', () => {
    expect(
      observations([
        '一、地区生产总值',
        '全县实现地区生产总值118.35亿元，同比增长5.1%。',
        '按现价计算，名义增长6.3%。',
      ]),
    ).toEqual(['gdp level 118.35 亿元', 'gdp growth 5.1 %']);
  });
});

describe('与年度目标相差B个百分点 is a shortfall against the year plan', () => {
  const lines = [
    '一、消费',
    '一季度，全县社会消费品零售总额38.27亿元，增长6.9%，与年度目标相差1.6个百分点。',
  ];
  const title = '桐岙县2030年一季度经济运行情况';

  it('gives a comparison below the plan', () => {
    expect(observations(lines, title)).toContain('retail-sales comparison -1.6 个百分点');
  });

  it('derives the full-year growth goal, missed so far', () => {
    const targets = report(lines, title).targets.map((t) =>
      [t.indicatorCode, t.horizon, t.value, t.unit, t.derived, t.attainment].join(' '),
    );
    expect(targets).toEqual(['retail-sales full-year 8.5 % true missed']);
  });
});
