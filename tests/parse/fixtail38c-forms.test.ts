// Forms the held-out-271 batch showed the parser missed (session 38, branch fixtail38c): a budget's next-year growth
// over a named year's outturn, 比2027年完成数增长A% (F5551); a list of projects whose funding needs are secured, 保障甲、乙等
// 重点项目资金需求 (F5552); 工程总投资X亿元 after the one 工程 named (F5553). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REPORT = [
  '关于蔺沱县2027年预算执行情况和2028年预算草案的报告',
  '一、2027年预算执行情况',
  '全县一般公共预算收入63150万元，增长3.1%。',
  '二、2028年预算草案',
  '2028年全县一般公共预算收入预期为66120万元，比2027年完成数增长4.7%，其中税收收入45200万元，增长5.6%。',
].join('\n');

describe('a budget’s growth over a named year’s outturn (F5551)', () => {
  it('keeps 比2027年完成数增长A% the next year’s growth goal of the revenue', () => {
    const report = parsedReport(REPORT, { sourceName: 'budget.txt', region: '蔺沱县' });
    const goals = report.targets
      .filter((t) => t.indicatorCode === 'general-budget-revenue' && t.unit === '%')
      .map((t) => [t.value, t.horizon]);
    expect(goals).toContainEqual([4.7, 'next-year']);
  });
});

describe('保障 a list of projects’ needs, closed by 等 (F5552)', () => {
  it('reads each listed project, the bracketed total as the first one’s', () => {
    const text = [
      '关于蔺沱县2027年预算执行情况的审查报告',
      '（三）加快重点项目资金拨付。保障蔺沱县妇幼保健院迁建项目（总投资3.4亿元）、蔺沱物流园一期等重点项目资金需求。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'review.txt', region: '蔺沱县' });
    const projects = report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null]);
    expect(projects).toEqual([
      ['蔺沱县妇幼保健院迁建项目', 340000000],
      ['蔺沱物流园一期', null],
    ]);
  });

  it('leaves 保障 before anything but projects’ needs alone', () => {
    const text = ['关于蔺沱县2027年预算执行情况的审查报告', '保障教育、医疗等民生支出需求。'].join('\n');
    expect(parsedReport(text, { sourceName: 'review.txt', region: '蔺沱县' }).projects).toEqual([]);
  });
});

describe('工程总投资 restating the one 工程 named just before (F5553)', () => {
  it('gives the works their total and the amount done since the start', () => {
    const text = [
      '关于蔺沱县2027年计划执行情况的报告',
      '加快推进蔺沱县城乡供水一体化工程，工程总投资3.8亿元，累计完成投资2.1亿元。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'plan.txt', region: '蔺沱县' });
    const projects = report.projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment ?? null,
      p.mentions[0]?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([['蔺沱县城乡供水一体化工程', 380000000, 210000000]]);
  });
});
