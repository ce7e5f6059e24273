// Forms held-out-267 showed the parser missing (docs/prose-forms.md, session 38 fixtail38b), in sentences of
// our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(['沅岙县2025年上半年国民经济和社会发展计划执行情况的报告', '一、综合', ...prose].join('\n'), {
    sourceName: 'fixtail38b.txt',
  });

describe('甲年度目标任务N人，上半年完成M人，完成率R% (F5541)', () => {
  it('reads the task as the target, the count done as the level and the rate as the share', () => {
    const read = report('3.就业帮扶。城镇新增就业年度目标任务2600人，上半年完成1437人，完成率55.3%。');
    expect(read.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['new-urban-jobs', 'level', 1437],
      ['new-urban-jobs', 'share', 55.3],
    ]);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.comparator])).toEqual([
      ['new-urban-jobs', 2600, '人', 'eq'],
    ]);
  });

  it('reads nothing of the kind when the count done is in another unit than the task', () => {
    const read = report('城镇新增就业年度目标任务2600人，上半年完成14个，完成率55.3%。');
    expect(
      read.targets.filter((t) => t.value === 2600 && t.unit === '人' && t.raw.startsWith('年度')),
    ).toEqual([]);
  });
});

describe('城镇化率由YYYY年的A%提高到B% (F5542)', () => {
  const rates = (line: string) =>
    report(line)
      .observations.filter((o) => o.indicatorCode === 'urbanisation-rate')
      .map((o) => [o.measure, o.quantity?.value]);

  it('reads the rate it rose to when the earlier year is named before the rate it rose from', () => {
    expect(rates('常住人口城镇化率由2020年的54.7%提高到59.2%。')).toEqual([['rate', 59.2]]);
  });

  it('reads it after 上年末的 too, and without any earlier point as before', () => {
    expect(rates('常住人口城镇化率由上年末的54.7%提高到59.2%。')).toEqual([['rate', 59.2]]);
    expect(rates('常住人口城镇化率由54.7%提高到59.2%。')).toEqual([['rate', 59.2]]);
  });
});

describe('甲年均增长A%，低于规划目标B个百分点，YYYY年同比下降C% (F5543)', () => {
  const outline = (line: string) =>
    parsedReport(['沅岙县国民经济和社会发展第十五个五年规划纲要', '一、发展基础', line].join('\n'), {
      sourceName: 'fixtail38b-outline.txt',
    }).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

  it('reads the report year’s own growth after the plan period’s average and its gap to the plan', () => {
    expect(
      outline('“十四五”时期，全县固定资产投资年均增长3.1%，低于规划目标3.9个百分点，2025年同比下降2.4%。'),
    ).toEqual([['fixed-asset-investment', 'growth', -2.4]]);
  });
});
