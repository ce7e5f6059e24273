// Forms of held-out-40's GBK half-year page (session 19, fixhualing2): a one-cell-per-line table of
// 全年计划 | 半年完成 | 增长 | 完成计划 under a unit line listing 万元、%, whose 完成计划 is the share of
// the year's plan done and whose bare plans are amounts in their rows' level unit. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { columnRole } from '../../src/parse/table.js';
import { observationRow, parsedReport } from '../helpers/report.js';

const targetRow = (t: {
  indicatorCode: string;
  value: number | null;
  unit: string | null;
  derived?: boolean;
}) => [t.indicatorCode, t.value, t.unit, t.derived === true];

describe('a 完成计划 column beside the plan', () => {
  it.each([
    ['完成计划', 'progress'],
    ['完成全年计划', 'progress'],
    ['全年计划', 'target'],
    ['计划完成', 'actual'],
  ])('%s is %s', (header, role) => {
    expect(columnRole(header, 2)).toBe(role);
  });
});

describe('bare plans under a unit line of 万元、%', () => {
  const report = () =>
    parsedReport(
      [
        '关于澄阳县2011年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '全县地区生产总值完成86400万元，增长11.5%，完成全年计划的45.0%。',
        '上半年主要指标完成情况表',
        '单位：万元、%',
        '指标名称',
        '全年计划',
        '1-6月完成',
        '增长',
        '完成计划',
        '地区生产总值',
        '192000',
        '86400',
        '11.5',
        '45.0',
        '社会消费品零售总额',
        '73500',
        '35200',
        '16.3',
        '47.9',
        '二、下半年工作安排',
        '全力以赴完成全年目标任务。',
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    );

  it('reads 完成计划 as the share of the plan done, in %', () => {
    const shares = report()
      .observations.filter((o) => o.source === 'table' && o.measure === 'share')
      .map(observationRow);
    expect(shares).toEqual([
      ['gdp', 'share', 45, '%'],
      ['retail-sales', 'share', 47.9, '%'],
    ]);
  });

  it('reads the plans as amounts in the level unit, and the prose share implies no second plan', () => {
    expect(report().targets.map(targetRow)).toEqual([
      ['gdp', 192000, '万元', false],
      ['retail-sales', 73500, '万元', false],
    ]);
  });
});
