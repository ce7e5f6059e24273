// Forms the held-out batches 265 and 270 showed the parser missed (session 38, branch fixtail38a): a verdict whose
// goal stands in brackets after it, 完成市下达年度目标任务（下降4%） (F5531). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F5531: 比上年下降A%，完成市下达年度目标任务（下降B%）: the bracket holds the year’s goal', () => {
  it('is a full-year target judged by the verdict, not a second growth', () => {
    const parsed = report([
      '濑岑县2031年国民经济和社会发展统计公报',
      '全年全县实现地区生产总值52.3亿元，比上年增长9.1%。',
      '全年万元GDP能耗为1.27吨标准煤，比上年下降3.6%，完成市下达年度目标任务（下降3.2%）。',
    ]);
    const energy = parsed.targets.filter((t) => t.indicatorCode === 'energy-emission-targets');
    expect(energy.map((t) => [t.value, t.comparator, t.horizon, t.attainment])).toEqual([
      [-3.2, 'eq', 'full-year', 'met'],
    ]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'energy-emission-targets' && o.measure === 'growth')
        .map((o) => o.quantity?.value),
    ).toEqual([-3.6]);
  });
});

describe('F5532: 全年甲N人，三年累计M人，完成规划目标的B%: the share of the plan’s goal is the indicator’s', () => {
  it('after the year’s figure', () => {
    const parsed = report([
      '濑岑县2031年国民经济和社会发展计划执行情况的报告',
      '全年城镇新增就业2140人，完成规划目标的71.5%。',
    ]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'new-urban-jobs')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 2140],
      ['share', 71.5],
    ]);
  });
  it('after a span’s total, which stays a fact only', () => {
    const parsed = report([
      '濑岑县2031年国民经济和社会发展计划执行情况的报告',
      '全年城镇新增就业2140人，三年累计5870人，完成规划目标的71.5%。',
    ]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'new-urban-jobs')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 2140],
      ['share', 71.5],
    ]);
  });
});

describe('F5533: 距“十X五”规划确定的YYYY年甲达到X亿元的目标还有较大差距: the plan’s goal named in a gap', () => {
  it('is a five-year target, unjudged', () => {
    const parsed = report([
      '濑岑县2031年国民经济和社会发展统计公报',
      '全年全部财政收入6.8亿元，比上年增长12.4%。',
      '前两年，全部财政收入年均增长14.2%，距“十六五”规划确定的2035年全部财政收入达到12亿元的目标还有较大差距。',
    ]);
    expect(
      parsed.targets
        .filter((t) => t.indicatorCode === 'fiscal-total-revenue')
        .map((t) => [t.value, t.unit, t.comparator, t.horizon, t.attainment]),
    ).toEqual([[12, '亿元', 'eq', 'five-year', 'unknown']]);
  });
});

describe('F5534: a mid-term evaluation’s 2024—2025年甲年均增长A%以上 beside the table’s 2025 goal A', () => {
  it('is a floor of its own, kept beside the table’s goal', () => {
    const parsed = parsedReport(
      [
        '关于濑岑县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告',
        '一、《纲要》实施总体情况',
        '截至2023年底，《纲要》实施三年。2023年全县地区生产总值92.4亿元，增长5.1%。',
        '主要指标完成情况',
        '指标 | 2025年目标 | 2023年 | 进展评价',
        '固定资产投资增速（%） | 9 | 6.1 | 滞后',
        '二、推进《纲要》后半程实施的主要举措',
        '（一）全力稳住经济增长。2024—2025年固定资产投资年均增长9%以上。',
      ].join('\n'),
      { sourceName: 'evaluation.html' },
    );
    const fai = parsed.targets.filter(
      (t) => t.indicatorCode === 'fixed-asset-investment' && t.horizon === 'five-year',
    );
    expect(fai.map((t) => [t.value, t.comparator])).toEqual([
      [9, 'eq'],
      [9, 'gte'],
    ]);
  });
});

describe('F5535: 建议将甲2025年目标由X调整为Y for a name the catalogue lacks', () => {
  it('is a five-year target under the name’s generated code', () => {
    const parsed = parsedReport(
      [
        '关于濑岑县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告',
        '一、《纲要》实施总体情况',
        '截至2023年底，《纲要》实施三年。2023年全县地区生产总值92.4亿元，增长5.1%。',
        '二、推进《纲要》后半程实施的主要举措',
        '综合评估，建议将湿地保护率2025年目标由61%调整为58.5%，其余指标保持不变。',
      ].join('\n'),
      { sourceName: 'evaluation.html' },
    );
    expect(
      parsed.targets
        .filter((t) => t.indicatorName === '湿地保护率')
        .map((t) => [t.value, t.comparator, t.horizon, t.attainment]),
    ).toEqual([[58.5, 'eq', 'five-year', 'unknown']]);
  });
});
