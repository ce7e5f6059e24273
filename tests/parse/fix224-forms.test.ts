// Forms the two-hundred-and-twenty-fourth held-out batch showed the parser missed (session 36, branch fix224): a
// GDP table's industries under 地区生产总值（亿元） with no unit of their own; the 十四五 goals a work report quotes
// as 对照“十四五”规划确定的到2025年…的目标; 甲、乙稳中提质 (a goal in words of each); 力争…重回X亿元以上; a corridor's
// works with its year's plan and amount done; 外资实际到位金额 with its share of the year's goal.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const RELEASE = [
  '甲浦区2026年1—6月经济运行情况',
  '发布日期：2026-07-20　来源：区统计局',
  '上半年全区实现地区生产总值318.40亿元，同比增长5.6%。',
  '2026年1—6月甲浦区主要经济指标',
  '指标\t绝对值\t比上年同期增长%',
  '地区生产总值（亿元）\t318.40\t5.6',
  '第一产业\t2.15\t-1.8',
  '第二产业\t120.06\t7.4',
  '第三产业\t196.19\t4.6',
  '新设企业（户）\t2310\t12.5',
  '全社会固定资产投资\t—\t9.1',
].join('\n');

describe('a GDP table’s industries under 地区生产总值（亿元）, unmarked and with no unit (F4671)', () => {
  const levels = () =>
    parsedReport(RELEASE, { sourceName: 'release.txt' })
      .observations.filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);

  it('counts each industry in the GDP row’s unit', () => {
    expect(levels()).toContainEqual(['agriculture-value-added', 2.15, '亿元']);
    expect(levels()).toContainEqual(['secondary-industry-value-added', 120.06, '亿元']);
    expect(levels()).toContainEqual(['tertiary-industry-value-added', 196.19, '亿元']);
  });

  it('carries no unit past the industries to a row of its own unit or an unlike row', () => {
    expect(levels()).toContainEqual([expect.any(String), 2310, '户']);
    expect(levels().filter((l) => l[0] === 'fixed-asset-investment')).toEqual([]);
  });
});

const WORK_REPORT = [
  '2027年政府工作报告',
  '——2027年1月12日在乙塘县第十九届人民代表大会第二次会议上',
  '一、2026年工作回顾',
  '预计全年实现地区生产总值612.3亿元，增长5.1%；社会消费品零售总额205.6亿元，下降0.8%。',
  '二、2027年工作安排',
  '对照“十五五”规划确定的到2030年地区生产总值达到900亿元、规上工业总产值突破1500亿元的目标，今年必须跑出加速度。',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；外贸进出口、实际使用外资稳中提质；城镇调查失业率控制在5%以内。',
  '（一）加快恢复消费。力争社会消费品零售总额重回220亿元以上。',
].join('\n');

const report = () => parsedReport(WORK_REPORT, { sourceName: 'gov-report.txt' });

describe('对照“十五五”规划确定的到2030年甲达到X亿元、乙突破Y亿元的目标 in a work report (F4672)', () => {
  it('reads the plan’s goals for its last year as five-year targets', () => {
    const fiveYear = report()
      .targets.filter((t) => t.horizon === 'five-year')
      .map((t) => [t.indicatorCode, t.value, t.unit]);
    expect(fiveYear).toContainEqual(['gdp', 900, '亿元']);
    expect(fiveYear).toContainEqual(['industrial-output', 1500, '亿元']);
  });

  it('keeps a past plan’s goals foreign (十三五 in a report of 2026)', () => {
    const past = parsedReport(WORK_REPORT.replace('十五五', '十三五').replace('到2030年', '到2020年'), {
      sourceName: 'gov-report.txt',
    });
    expect(past.targets.filter((t) => t.value === 900 || t.value === 1500)).toEqual([]);
  });
});

describe('甲、乙稳中提质 in a goal list (F4673)', () => {
  it('gives each indicator of the 、-list a goal in words', () => {
    const words = report()
      .targets.filter((t) => t.horizon === 'next-year' && t.value === null)
      .map((t) => [t.indicatorCode, t.text]);
    expect(words).toContainEqual(['foreign-trade', '稳中提质']);
    expect(words).toContainEqual(['foreign-investment', '稳中提质']);
  });
});

describe('力争甲重回X亿元以上 (F4674)', () => {
  it('reads the level the indicator is to regain as a goal of at least X', () => {
    const retail = report()
      .targets.filter((t) => t.indicatorCode === 'retail-sales' && t.unit === '亿元')
      .map((t) => [t.horizon, t.value, t.comparator]);
    expect(retail).toEqual([['next-year', 220, 'gte']]);
  });
});

const HALF_YEAR = [
  '关于丙江区2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '外资外贸。外资实际到位金额3.42亿美元，同比增长8.7%，完成年度目标的57.0%。',
  '重大项目建设。丙江滨湖生态廊道年度计划投资2.4亿元，已完成投资1.3亿元。',
].join('\n');

describe('甲生态廊道年度计划投资X亿元，已完成投资Y亿元 (F4675)', () => {
  it('reads the corridor as a project with its year’s plan and the amount done', () => {
    const projects = parsedReport(HALF_YEAR, { sourceName: 'h1.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toContainEqual(['丙江滨湖生态廊道', 240000000, 130000000]);
  });
});

describe('外资实际到位金额X亿美元，…，完成年度目标的A% (F4676)', () => {
  it('names the foreign funds received as written, with their level, growth and share of the goal', () => {
    const funds = parsedReport(HALF_YEAR, { sourceName: 'h1.txt' })
      .observations.filter((o) => o.indicatorName === '外资实际到位金额')
      .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(funds).toEqual([
      ['level', 3.42, '亿美元'],
      ['growth', 8.7, '%'],
      ['share', 57, '%'],
    ]);
  });
});
