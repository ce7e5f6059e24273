// Forms first met in held-out-372 and held-out-366 (session 45, fixer fix372). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix372-forms.txt' });

const of = (report: ReturnType<typeof parse>['report'], measure: string) =>
  (report?.observations ?? [])
    .filter((o) => o.measure === measure)
    .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

describe('a bare 比一季度增减 column after a 同比增长% column (F7541)', () => {
  const report = parse(
    '葭沔县2026年1—6月主要经济指标',
    '指标\t单位\t1-6月\t同比增长%\t比一季度增减',
    '地区生产总值\t亿元\t41.27\t8.4\t1.3',
    '社会消费品零售总额\t亿元\t15.06\t11.2\t-0.8',
    '工业用电量\t万千瓦时\t6382\t-4.5\t2.6',
  ).report;

  it('reads the column as changes of the growth in points', () => {
    expect(of(report, 'change')).toEqual([
      ['地区生产总值', 1.3, '百分点'],
      ['社会消费品零售总额', -0.8, '百分点'],
      ['工业用电量', 2.6, '百分点'],
    ]);
  });

  it('reads only the 同比增长% column as growths', () => {
    expect(of(report, 'growth').map((g) => g[1])).toEqual([8.4, 11.2, -4.5]);
  });
});

describe('a 较1-5月提高 column after 增速(%) (F7541)', () => {
  const report = parse(
    '蔺坪县2026年1—6月主要经济指标',
    '指标\t1-6月(亿元)\t增速(%)\t较1-5月提高',
    '固定资产投资\t23.54\t9.7\t0.9',
  ).report;

  it('reads the figure as a change in points', () => {
    expect(of(report, 'change')).toEqual([['固定资产投资', 0.9, '百分点']]);
    expect(of(report, 'growth').map((g) => g[1])).toEqual([9.7]);
  });
});

describe("the centre's part of a project's or a programme's total, 总投资X，其中中央投资Y (F7542)", () => {
  const report = parse(
    '葭沔县2026年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年执行情况',
    '（四）中央新增投资项目加快实施。全县共争取中央新增投资项目36个，总投资4.71亿元，其中中央投资1.93亿元。县城垃圾处理场项目总投资3600万元，其中中央投资1500万元，累计完成投资2400万元。',
    '全年完成全社会固定资产投资16.74亿元，同比增长28.6%。其中，中央投资10.26亿元，占全部投资的61.3%。',
  ).report;
  const central = (report?.observations ?? []).filter((o) => o.indicatorName === '中央投资');

  it("reads no 中央投资 observation from a project's or a programme's funding", () => {
    expect(central.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 10.26],
      ['share', 61.3],
    ]);
  });

  it('keeps the project with its own amounts', () => {
    const project = report?.projects.find((p) => p.name === '县城垃圾处理场项目');
    expect(project?.mentions[0]?.plannedInvestment).toBe(36000000);
    expect(project?.mentions[0]?.completedInvestment).toBe(24000000);
  });
});

describe('the tasks held to the year gone by, 时间过三分之一，…完成任务均超过三分之一 (F7543)', () => {
  const facts = parse(
    '蔺坪县2026年1—4月经济运行分析',
    '一、总体情况',
    '1—4月，全县工业增加值8.2亿元，时间过三分之一，主要指标完成任务均接近或超过三分之一。',
    '二、工业',
    '时间过三分之一。工业增加值仅为邻县的三分之一左右。',
  ).report?.facts.map((f) => [f.quantity.raw, f.subject]);

  it('reads no figure from the fraction that echoes the time gone by, and still one of its own in the next sentence', () => {
    expect(facts).toEqual([
      ['8.2亿元', '工业增加值'],
      ['三分之一', '工业增加值仅为邻县'],
    ]);
  });
});
