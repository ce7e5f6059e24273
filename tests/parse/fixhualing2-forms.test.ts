// Forms of held-out-40's GBK half-year page (session 19, fixhualing2): a one-cell-per-line table of
// 全年计划 | 半年完成 | 增长 | 完成计划 under a unit line listing 万元、%, whose 完成计划 is the share of
// the year's plan done and whose bare plans are amounts in their rows' level unit. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/parse/normalise.js';
import { scanFigures } from '../../src/parse/numbers.js';
import { columnRole } from '../../src/parse/table-column-roles.js';
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
  const report = (later: readonly string[] = ['全力以赴完成全年目标任务。']) =>
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
        '规模以上工业增加值',
        '15',
        '28600',
        '',
        '',
        '二、下半年工作安排',
        ...later,
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

  it('reads the plans as amounts in the level unit, not a figure far off the level, and the prose share implies no second plan', () => {
    expect(report().targets.map(targetRow)).toEqual([
      ['gdp', 192000, '万元', false],
      ['retail-sales', 73500, '万元', false],
      ['industrial-value-added', 15, '', false],
    ]);
  });
});

describe('a half-year plan part restating the table plans in another unit', () => {
  const table = (later: string) =>
    parsedReport(
      [
        '关于澄阳县2011年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '全县全社会固定资产投资完成61200万元，增长27.5%。',
        '上半年主要指标完成情况表',
        '单位：万元、%',
        '指标名称',
        '全年计划',
        '1-6月完成',
        '增长',
        '全社会固定资产投资',
        '128400',
        '61200',
        '27.5',
        '地方财政一般预算收入',
        '9730',
        '4210',
        '8.6',
        '二、下半年工作安排',
        later,
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    );

  it('reads 12.84亿元以上 and 0.97亿元 as the table plans, no second targets', () => {
    const report = table(
      '下半年，要确保全社会固定资产投资完成12.84亿元以上，地方财政一般预算收入达到0.97亿元。',
    );
    expect(report.targets.map(targetRow)).toEqual([
      ['fixed-asset-investment', 128400, '万元', false],
      ['general-budget-revenue', 9730, '万元', false],
    ]);
  });

  it('keeps a goal in another unit whose figure the table plan does not round to', () => {
    const report = table('下半年，要确保全社会固定资产投资完成13.5亿元以上。');
    expect(report.targets.map(targetRow)).toEqual([
      ['fixed-asset-investment', 128400, '万元', false],
      ['general-budget-revenue', 9730, '万元', false],
      ['fixed-asset-investment', 13.5, '亿元', false],
    ]);
  });
});

describe('a shortfall from 时间过半、任务过半', () => {
  it.each([
    ['距“时间过半、任务过半”还差3.4个百分点', -3.4],
    ['离“时间过半，任务过半”尚差2.1个百分点', -2.1],
    ['距时序进度还差1.6个百分点', -1.6],
  ])('%s is a comparison of the share done', (words, value) => {
    const report = parsedReport(
      [
        '关于澄阳县2011年上半年国民经济和社会发展计划执行情况的报告',
        '一、存在的问题',
        `一是税收增长乏力，全县地方财政一般预算收入4210万元，仅完成全年预算的46.6%，${words}。`,
      ].join('\n'),
      { sourceName: 'chengyang.txt' },
    );
    expect(report.observations.filter((o) => o.measure === 'comparison').map(observationRow)).toEqual([
      ['general-budget-revenue', 'comparison', value, '个百分点'],
    ]);
  });
});

describe('a daily capacity between a works name and its line', () => {
  const raws = (text: string) => scanFigures(foldWidth(text)).map((f) => f.quantity.raw);
  it.each([
    ['澄阳砖瓦厂3000吨/日窑炉生产线、桐岙工业园技改等4个项目竣工投产', ['4个']],
    ['桐岙水泥厂1800吨/天熟料生产线完成投资1.2亿元', ['1.2亿元']],
    ['日均处理垃圾300吨', ['300吨']],
  ])('%s → %j', (text, figures) => {
    expect(raws(text)).toEqual(figures);
  });
});
