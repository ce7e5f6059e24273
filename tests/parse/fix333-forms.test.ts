// Forms held-out-333 showed the parser missed (session 42, branch fix333): a county plan report's draft part
// quoting its 十三五 纲要's goals (written 第十三个五年规划纲要) before the next year's goals in one sentence
// (衔接《…纲要》提出的到2020年…的目标，建议2017年…主要预期目标为：…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '关于甲县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告',
  '一、2016年国民经济和社会发展计划执行情况',
  '2016年，全县实现地区生产总值84.2亿元，增长7.4%。',
  '二、2017年国民经济和社会发展主要目标',
  '衔接《甲县国民经济和社会发展第十三个五年规划纲要》提出的到2020年地区生产总值达到130亿元、年均增长8.5%左右，农村居民人均可支配收入年均增长10%的目标，建议2017年全县经济社会发展的主要预期目标为：地区生产总值增长7.8%左右；全社会固定资产投资增长13%以上；城镇登记失业率控制在4.3%以内。',
].join('\n');

describe('a 纲要’s goals quoted before the next year’s in one sentence (F6753)', () => {
  const targets = () =>
    parsedReport(PLAN, { sourceName: 'plan.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
      t.comparator,
    ]);

  it('reads the plan’s goals before 建议2017年 as five-year targets', () => {
    expect(targets()).toEqual(
      expect.arrayContaining([
        ['gdp', 'five-year', 130, 'eq'],
        ['gdp', 'five-year', 8.5, 'approx'],
        ['rural-disposable-income-per-capita', 'five-year', 10, 'eq'],
      ]),
    );
  });

  it('reads the year’s list after it as next-year targets, over its ；-parts', () => {
    const all = targets();
    expect(all).toEqual(
      expect.arrayContaining([
        ['gdp', 'next-year', 7.8, 'approx'],
        ['fixed-asset-investment', 'next-year', 13, 'gte'],
        ['urban-unemployment-rate', 'next-year', 4.3, 'lte'],
      ]),
    );
    expect(all.filter((t) => t[1] === 'five-year')).toHaveLength(3);
  });
});

const NEWS = [
  '甲县第十八届人民代表大会第一次会议隆重开幕',
  '2017-01-10 来源：甲县融媒体中心',
  '报告指出，2016年全县实现地区生产总值56.3亿元，增长8.1%。',
  '报告提出，今后五年，甲县将坚持“绿色立县”发展战略，到2020年，地区生产总值突破75亿元，城镇和农村常住居民人均可支配收入年均分别增长8.5%和10.5%，与全省同步全面建成小康社会。',
].join('\n');

describe('今后五年 with the plan’s last year in a news page (F6754)', () => {
  it('reads the goals as five-year targets, not the level a figure', () => {
    const report = parsedReport(NEWS, { sourceName: 'news.html' });
    const targets = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['gdp', 'five-year', 75],
        ['urban-disposable-income-per-capita', 'five-year', 8.5],
        ['rural-disposable-income-per-capita', 'five-year', 10.5],
      ]),
    );
    expect(report.observations.map((o) => o.quantity?.value ?? null)).not.toContain(75);
  });
});

const PROJECTS = [
  '关于甲县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告',
  '三、2017年重点工作',
  '（二）全力推进重点项目建设。乙县至甲县快速通道工程总投资12.4亿元，2016年完成投资3.1亿元；甲河流域综合治理工程年度计划投资1.8亿元，确保上半年开工；甲县城污水处理厂提标改造项目已完成前期工作。',
].join('\n');

describe('a project’s year plan followed only by when its works start (F6755)', () => {
  it('reads the year’s plan as the planned investment', () => {
    const projects = parsedReport(PROJECTS, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions.map((m) => m.plannedInvestment),
    ]);
    expect(projects).toContainEqual(['甲河流域综合治理工程', [180000000]]);
  });
});
