// Targets paired with the right figures: a derived plan the report also states is not a second
// target; a goal is judged against the indicator's own growth, not its share of the plan; a list's
// closing qualifier holds for every goal in it. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

const parse = linesReader('pairing.txt');

describe('targets and the figures they pair with', () => {
  it('drops a plan derived from a gap when the table states the same plan', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '全县地区生产总值同比增长6.3%，高于计划0.3个百分点；规模以上工业增加值增长8.1%，低于计划0.9个百分点。',
      '表:主要指标完成情况',
      '指标\t全年目标\t上半年完成',
      '地区生产总值\t6%\t6.3%',
      '',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.kind, t.value, t.derived])).toEqual([
      ['gdp', 'target', 6, false],
      ['industrial-value-added', 'period-plan', 9, true],
    ]);
  });

  it('judges a goal against growth, not against the share of the plan written first', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '全县地区生产总值完成38.6亿元，占年计划的46.2%，同比增长5.8%。',
      '二、下半年工作安排',
      '力争全年地区生产总值增长7%以上。',
    );
    const goal = report.targets.find((t) => !t.derived);
    expect([goal?.value, goal?.attainment, goal?.attainmentReason]).toEqual([
      7,
      'missed',
      'actual 5.8 < target 7',
    ]);
  });

  it('carries a list’s closing qualifier to each goal (分别增长6.5%和7.5%左右)', () => {
    const report = parse(
      '卯县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.1%。',
      '二、2024年主要预期目标',
      '城乡居民人均可支配收入分别增长6.5%和7.5%左右。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.comparator, t.value])).toEqual([
      ['urban-disposable-income-per-capita', 'approx', 6.5],
      ['rural-disposable-income-per-capita', 'approx', 7.5],
    ]);
  });

  it('derives a full-year target from a count and its share (新增就业2156人，完成年计划的58.3%)', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '城镇新增就业2156人，完成年计划的58.3%。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, Math.round(t.value ?? 0), t.unit, t.derived])).toEqual(
      [['new-urban-jobs', 3698, '人', true]],
    );
  });
});

describe('figures that stay with their chain', () => {
  it('reads 降幅比一季度收窄 as a change of the indicator before it', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '社会消费品零售总额32.4亿元，下降1.9%，降幅比一季度收窄2.7个百分点。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['retail-sales', 'level', 32.4],
      ['retail-sales', 'growth', -1.9],
      ['retail-sales', 'change', 2.7],
    ]);
  });

  it('takes the size of a ranking group for no figure', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '全县地区生产总值增长5.0%，在全市9个县区中排名第三。排名为全市7个县(市、区)排名。',
    );
    expect(report.facts.map((f) => f.quantity.raw)).toEqual(['增长5.0%']);
  });

  it('keeps a count of things owned by a level of government (全县86个县级重点项目) a figure', () => {
    const report = parse(
      '卯县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '全县地区生产总值增长5.0%。全县86个县级重点项目完成投资41.2亿元。',
    );
    expect(report.facts.map((f) => f.quantity.raw)).toEqual(['增长5.0%', '86个', '41.2亿元']);
  });
});

describe('targets the second held-out batch showed', () => {
  it("keeps this year's plan implied by a gap beside next year's goal of the same value", () => {
    const parsed = parseReportText(
      [
        '庚县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '一、2023年计划执行情况',
        '固定资产投资完成46.5亿元，增长14.3%，超计划目标4.3个百分点。',
        '二、2024年主要预期目标',
        '固定资产投资增长10%以上。',
      ].join('\n'),
      { sourceName: 'horizons.txt' },
    ).report;
    expect(parsed?.targets.map((t) => [t.kind, t.horizon, t.value, t.derived])).toEqual([
      // A full-year report's gap to the plan derives the year's target (fixdil).
      ['target', 'full-year', 10, true],
      ['target', 'next-year', 10, false],
    ]);
  });

  it('gives bare target cells the unit their column header names (计划增速(%))', () => {
    const parsed = parseReportText(
      [
        '庚县2024年上半年国民经济和社会发展计划执行情况的报告',
        '指标名称',
        '计划增速(%)',
        '上半年增速(%)',
        '生产总值',
        '6.5',
        '5.1',
      ].join('\n'),
      { sourceName: 'column-unit.txt' },
    ).report;
    expect(parsed?.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.attainment])).toEqual([
      ['gdp', 6.5, '%', 'missed'],
    ]);
  });
});
