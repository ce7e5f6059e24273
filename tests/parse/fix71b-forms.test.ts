// Forms the seventy-first held-out batch showed the parser missed (session 25, branch fix71b): a congress
// survey group's report titled without a year or period, whose opening names the year's goal (全年目标任务)
// and its work plan's 年度 before the months it heard about (关于1—10月…的汇报); a 分产业看 sentence breaking
// down an earlier period's total in a later months' report.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a survey report’s opening: 全年目标任务 and 年度工作要点 before the 1—N月 it heard about', () => {
  it('reads the months as the report’s period', () => {
    const text = [
      '县人大常委会调研组关于全县经济运行情况的调研报告',
      '——2024年11月20日在柚岭县第十八届人民代表大会常务委员会第九次会议上',
      '主任、各位副主任、各位委员：',
      '为全面了解今年以来全县经济运行情况，助推全年目标任务圆满完成，根据县人大常委会2024年度工作要点安排，组织调研组听取了县政府关于1—10月全县经济运行情况的汇报。现将调研情况报告如下：',
      '1—10月，全县固定资产投资完成52.3亿元，同比增长6.1%。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'survey.txt' }).meta.period).toBe('2024-M1-10');
  });
});

describe('a 分产业看 sentence after an earlier period’s total', () => {
  it('gives each industry’s figures the total’s period, in every ；-clause', () => {
    const text = [
      '关于柚岭县2024年1—10月经济运行情况的报告',
      '前三季度，全县实现地区生产总值120.5亿元，同比增长5.4%。分产业看，第一产业增加值15.2亿元，增长3.1%；第二产业增加值50.3亿元，增长6.2%；第三产业增加值55亿元，增长5.1%。',
      '1—10月，全县固定资产投资完成52.3亿元，同比增长6.1%。',
    ].join('\n');
    const periods = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.indicatorCode.endsWith('value-added'))
      .map((o) => [o.indicatorCode, o.measure, o.period]);
    expect(periods).toEqual([
      ['agriculture-value-added', 'level', '2024-Q3'],
      ['agriculture-value-added', 'growth', '2024-Q3'],
      ['secondary-industry-value-added', 'level', '2024-Q3'],
      ['secondary-industry-value-added', 'growth', '2024-Q3'],
      ['tertiary-industry-value-added', 'level', '2024-Q3'],
      ['tertiary-industry-value-added', 'growth', '2024-Q3'],
    ]);
  });
});

describe('a share named before its comparison with a place’s average (税收占比低于全市平均水平)', () => {
  it('is the comparison of the indicator the share is of', () => {
    const text = [
      '关于柚岭县2024年1—10月经济运行情况的报告',
      '1—10月，全县一般公共预算收入完成8.62亿元，同比增长5.3%。',
      '三是财政收支矛盾突出。非税收入占比偏高，税收占比低于全市平均水平3.9个百分点；刚性支出持续增加。',
    ].join('\n');
    const tax = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.indicatorCode === 'tax-revenue')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(tax).toEqual([['comparison', -3.9]]);
  });
});

describe('projects listed before 等重点项目建设进度 (a suggestion to speed them up)', () => {
  it('are each project, without the 等重点项目 tail', () => {
    const text = [
      '关于柚岭县2024年1—10月经济运行情况的报告',
      '1—10月，全县固定资产投资完成52.3亿元，同比增长6.1%。',
      '三、几点建议',
      '（二）扩大有效投资。加快柚岭经开区光伏组件产业园（二期）、柚桐快速通道工程等重点项目建设进度，谋划储备一批亿元以上项目。',
    ].join('\n');
    const names = parsedReport(text, { sourceName: 'report.txt' }).projects.map((p) => p.name);
    expect(names).toEqual(['柚岭经开区光伏组件产业园(二期)', '柚桐快速通道工程']);
  });
});
