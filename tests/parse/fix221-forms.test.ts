// Forms the two-hundred-and-twentieth and twenty-first held-out batches showed the parser missed (session 36,
// branch fix221): a plan's measure closing on the year's goal in a count (确保完成全年甲N人的目标任务) read as
// a heading and a count of 目标任务; a half-year goal list's later item (力争上半年甲增长A%、乙增长B%以上) read
// as the year's goal. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (line: string) =>
  [
    '甲川县2026年前三季度国民经济和社会发展计划执行情况的报告',
    '一、前三季度计划执行情况',
    '前三季度，全县城镇新增就业1530人，完成年度目标任务的85.0%。',
    '二、第四季度工作安排',
    line,
  ].join('\n');

describe('a measure closing on the year’s goal in a count (F4651)', () => {
  it('reads 确保完成全年甲N人的目标任务 as the stated target, and drops the one derived from the share', () => {
    const report = parsedReport(PLAN('（三）稳住就业基本盘，确保完成全年城镇新增就业1800人的目标任务。'), {
      sourceName: 'plan.txt',
    });
    const jobs = report.targets.filter((t) => t.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((t) => [t.value, t.derived])).toEqual([[1800, false]]);
  });

  it('reads it so inside a paragraph too (the goal words are no noun the count counts)', () => {
    const report = parsedReport(PLAN('我们将稳住就业基本盘。确保完成全年城镇新增就业1800人的目标任务。'), {
      sourceName: 'plan.txt',
    });
    const jobs = report.targets.filter((t) => t.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((t) => t.value)).toEqual([1800]);
  });

  it('keeps a count of a noun a count (N人的队伍 is no goal)', () => {
    const report = parsedReport(PLAN('（三）建强服务队伍，组建一支300人的就业服务专员队伍，做好就业服务。'), {
      sourceName: 'plan.txt',
    });
    expect(report.targets.filter((t) => t.value === 300)).toEqual([]);
  });
});

const NEWS = [
  '甲川县召开2026年一季度经济运行分析会',
  '4月15日，甲川县召开2026年一季度经济运行分析会。一季度，全县地区生产总值增长5.1%，规模以上工业增加值增长7.2%。',
  '会议要求，力争二季度主要经济指标增速高于全市平均水平，力争上半年地区生产总值增长5.5%左右、规模以上工业增加值增长8.5%以上，为完成全年目标打下基础。',
].join('\n');

describe('a half-year goal list’s later item (F4652)', () => {
  it('keeps every item of 力争上半年甲…、乙… a fact, no target of the year', () => {
    const report = parsedReport(NEWS, { sourceName: 'news.html' });
    expect(report.targets.filter((t) => t.value === 5.5 || t.value === 8.5)).toEqual([]);
    expect(report.facts.some((f) => f.quantity.value === 8.5)).toBe(true);
  });
});

describe('a project sheet’s months after the projects’ 建设 (F4653)', () => {
  it('reads 甲县2026年重点项目建设1—7月进展情况 as 1—7月, not the year', () => {
    const report = parsedReport(
      ['甲川县2026年重点项目建设1—7月进展情况', '一、总体情况', '全县重点项目完成投资6.2亿元。'].join('\n'),
      { sourceName: 'projects.txt' },
    );
    expect(report.meta.period).toBe('2026-M1-7');
  });
});

describe('a phase’s counted standard factories with their shell done (F4654)', () => {
  it('reads 甲产业园二期N栋标准厂房主体封顶 as the phase’s progress, not a project of its own', () => {
    const report = parsedReport(
      [
        '甲川县2026年1—7月国民经济和社会发展计划执行情况',
        '一、计划执行情况',
        '全县重点项目完成投资12.4亿元。甲川县新能源装备产业园二期5栋标准厂房主体封顶，乙河大桥完成桩基施工。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    const names = report.projects.map((p) => p.name);
    expect(names.some((n) => n.includes('标准厂房'))).toBe(false);
  });
});

describe('a plant’s equipment installed as its status (F4655)', () => {
  it('reads 甲污水处理厂提标改造项目已完成设备安装 as a project named with its status', () => {
    const report = parsedReport(
      [
        '甲川县2026年前三季度国民经济和社会发展计划执行情况的报告',
        '一、计划执行情况',
        '乙河大桥工程总投资3.4亿元，已竣工验收；甲川县第二水厂扩建项目已完成设备安装。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects.map((p) => p.name)).toContain('甲川县第二水厂扩建项目');
  });
});
