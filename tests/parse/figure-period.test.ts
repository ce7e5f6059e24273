// A figure's own period: a full-year report's 上半年 figure is the half-year's; figures of the
// report's own period, comparisons with an earlier one and other years' periods get none.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { figurePeriod } from '../../src/parse/figure-period.js';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const TITLES = {
  '2023-FY': ['丑县2023年国民经济和社会发展计划执行情况的报告', '一、2023年计划执行情况'],
  '2023-H1': ['丑县2023年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况'],
  '2023-Q3': ['丑县2023年前三季度国民经济和社会发展计划执行情况的报告', '一、前三季度执行情况'],
} as const;

/** [indicator, measure, value, period] of each observation of a report of `period` with this prose. */
const periods = (period: keyof typeof TITLES, prose: string) => {
  const report = parsedReport([...TITLES[period], prose].join('\n'), { sourceName: 'period.txt' });
  expect(report.meta.period).toBe(period);
  return report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);
};

describe('a figure scoped to an earlier period of the report’s year', () => {
  it.each([
    ['上半年,全县实现地区生产总值52.3亿元,同比增长5.3%。', '2023-H1'],
    ['1-6月地区生产总值同比增长5.3%。', '2023-H1'],
    ['1—6月份,全县地区生产总值增长5.3%。', '2023-H1'],
    ['一季度全县地区生产总值同比增长5.3%。', '2023-Q1'],
    ['第一季度,地区生产总值增长5.3%。', '2023-Q1'],
    ['1-3月地区生产总值增长5.3%。', '2023-Q1'],
    ['前三季度,全县地区生产总值增长5.3%。', '2023-Q3'],
    ['1-9月地区生产总值增长5.3%。', '2023-Q3'],
    ['经统计部门核定,上半年全县地区生产总值同比增长5.3%。', '2023-H1'],
    ['2023年上半年,全县地区生产总值增长5.3%。', '2023-H1'],
  ])('in a full-year report, %s is of %s', (prose, period) => {
    const gdp = periods('2023-FY', prose).filter(([code, measure]) => code === 'gdp' && measure === 'growth');
    expect(gdp).toEqual([['gdp', 'growth', 5.3, period]]);
  });

  it('in a half-year report, 一季度 and 1-5月 figures are theirs', () => {
    expect(periods('2023-H1', '一季度,全县地区生产总值增长4.1%。')).toEqual([
      ['gdp', 'growth', 4.1, '2023-Q1'],
    ]);
    expect(periods('2023-H1', '1-5月,规上工业增加值增长6.2%。')).toEqual([
      ['industrial-value-added', 'growth', 6.2, '2023-M1-5'],
    ]);
  });

  it('an earlier period’s own figure after 比…的 is that period’s; the chain goes on about the subject', () => {
    expect(
      periods(
        '2023-H1',
        '全县地区生产总值完成71.3亿元，同比增长5.9%，增速比一季度的4.7%有所加快，高于全市平均水平0.6个百分点。',
      ),
    ).toEqual([
      ['gdp', 'level', 71.3, null],
      ['gdp', 'growth', 5.9, null],
      ['gdp', 'growth', 4.7, '2023-Q1'],
      ['gdp', 'comparison', 0.6, null],
    ]);
    expect(periods('2023-Q3', '规上工业增加值增长7.2%，增幅较上半年的6.1%加快1.1个百分点。')).toEqual([
      ['industrial-value-added', 'growth', 7.2, null],
      ['industrial-value-added', 'growth', 6.1, '2023-H1'],
      ['industrial-value-added', 'change', 1.1, null],
    ]);
    // 比上年的A%: last year's figure, no figure of this year's indicator.
    expect(periods('2023-H1', '地区生产总值增长5.9%，增速比上年的5.2%有所加快。')).toEqual([
      ['gdp', 'growth', 5.9, null],
    ]);
  });

  it('in a report of the first three quarters, 上半年 is the half-year', () => {
    expect(periods('2023-Q3', '上半年地区生产总值增长4.9%。')).toEqual([['gdp', 'growth', 4.9, '2023-H1']]);
  });

  it('a scope holds to the end of its sentence, until another period word', () => {
    expect(
      periods('2023-FY', '上半年,地区生产总值增长5.3%,固定资产投资增长8.1%;全年地区生产总值增长5.6%。'),
    ).toEqual([
      ['gdp', 'growth', 5.3, '2023-H1'],
      ['fixed-asset-investment', 'growth', 8.1, '2023-H1'],
      ['gdp', 'growth', 5.6, null],
    ]);
    expect(
      periods('2023-FY', '上半年地区生产总值增长5.3%,全年地区生产总值增长5.6%。').map((o) => o[3]),
    ).toEqual(['2023-H1', null]);
  });
});

describe('a list of periods before 分别, and one quarter alone (二季度当季)', () => {
  it('gives each figure of the list its period and the quarter alone a run of its months', () => {
    expect(
      periods(
        '2023-Q3',
        '一季度、上半年和前三季度全县地区生产总值分别增长3.8%、4.6%和5.2%，三季度当季增长6.1%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 3.8, '2023-Q1'],
      ['gdp', 'growth', 4.6, '2023-H1'],
      ['gdp', 'growth', 5.2, null],
      ['gdp', 'growth', 6.1, '2023-M7-9'],
    ]);
  });
});

describe('figures that keep the report’s period', () => {
  it.each([
    ['2023-H1', '上半年,全县地区生产总值增长5.3%。'],
    ['2023-H1', '1-6月地区生产总值增长5.3%。'],
    ['2023-Q3', '1-9月地区生产总值增长5.3%。'],
    ['2023-FY', '全年地区生产总值增长5.3%。'],
    ['2023-FY', '今年以来,地区生产总值增长5.3%。'],
    ['2023-FY', '1-12月地区生产总值增长5.3%。'],
  ] as const)('cumulative to date, the report’s own period: %s %s', (period, prose) => {
    expect(periods(period, prose).map((o) => o[3])).toEqual([null]);
  });

  it.each([
    '全年地区生产总值增长5.6%,比上半年加快0.3个百分点。',
    '地区生产总值增长5.6%,较一季度回升1.2个百分点。',
    '地区生产总值增长5.6%,增速高于前三季度0.2个百分点。',
    '地区生产总值增长5.6%,与上半年相比提高0.3个百分点。',
  ])('a comparison with an earlier period is not a figure of it: %s', (prose) => {
    expect(periods('2023-FY', prose).every((o) => o[3] === null)).toBe(true);
  });

  it.each([
    '下半年地区生产总值增长5.9%。',
    '三季度地区生产总值增长5.9%。',
    '12月份规上工业增加值增长5.9%。',
    '上年上半年地区生产总值增长5.9%。',
    '2022年上半年地区生产总值增长5.9%。',
    '上半年,受疫情影响增速放缓;全年地区生产总值增长5.9%。',
  ])('a period that is not an earlier cumulative one of the report’s year: %s', (prose) => {
    expect(periods('2023-FY', prose).every((o) => o[3] === null)).toBe(true);
  });

  it('a table row is the report’s own period', () => {
    const report = parseReportText(
      [
        ...TITLES['2023-FY'],
        '表:丑县2023年主要指标完成情况',
        '指标名称\t全年目标\t全年完成\t同比增长',
        '地区生产总值（亿元）\t增长6%左右\t110.50\t5.6%',
      ].join('\n'),
      { sourceName: 'table.txt' },
    ).report;
    expect(
      report?.observations.filter((o) => o.source === 'table').every((o) => o.period === undefined),
    ).toBe(true);
  });
});

describe('figurePeriod', () => {
  const at = (text: string, figure: string, period: string) =>
    figurePeriod(text, { start: 0, end: text.length }, text.indexOf(figure), period);

  it('reads the words before the figure in its sentence only', () => {
    expect(at('上半年增长5.3%', '5.3', '2023-FY')).toBe('2023-H1');
    expect(at('增长5.3%,上半年', '5.3', '2023-FY')).toBeNull();
  });

  it('names nothing for a report period it cannot read', () => {
    expect(at('上半年增长5.3%', '5.3', 'unknown')).toBeNull();
  });

  it('passes over the benchmark of a comparison and keeps the scope before it', () => {
    expect(at('上半年增长5.3%,比一季度加快0.5个百分点', '0.5', '2023-FY')).toBe('2023-H1');
  });

  describe('a single month told as 当月', () => {
    it('gives 6月当月 figures the month as their period, and the figures before them the report’s', () => {
      expect(
        periods(
          '2023-H1',
          '上半年，全县规上工业增加值增长6.2%。6月当月，规上工业增加值增长7.4%，社会消费品零售总额增长3.1%。',
        ),
      ).toEqual([
        ['industrial-value-added', 'growth', 6.2, null],
        ['industrial-value-added', 'growth', 7.4, '2023-M6-6'],
        ['retail-sales', 'growth', 3.1, '2023-M6-6'],
      ]);
    });
  });
});
