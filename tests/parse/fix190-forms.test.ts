// Forms the one-hundred-and-ninetieth and -ninety-third held-out batches showed the parser missed (session 35,
// branch fix190): the key tax-source firms' taxes read as the county's tax revenue; a project's amount done
// after the cause that held it back; a level goal after a growth goal, cued by 确保完成; 恢复正增长 as a goal.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('重点税源企业入库税收 is the key firms’ part of the taxes, not the tax revenue (F4071)', () => {
  const report = [
    '甲县2026年上半年财政预算执行情况的报告',
    '一、上半年预算执行情况',
    '上半年，全县一般公共预算收入52000万元，增长5.2%，其中税收收入37000万元，增长4.1%。对化工等重点税源企业逐户建档，上半年重点税源企业入库税收26000万元，占税收收入的70.3%。',
  ].join('\n');

  it('reads the tax revenue once, from its own clause, and no level or share from the key firms’', () => {
    const taxes = parsedReport(report, { sourceName: 'budget.txt' })
      .observations.filter((o) => o.indicatorCode === 'tax-revenue')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(taxes).toEqual([
      ['level', 37000],
      ['growth', 4.1],
    ]);
  });

  it('still reads 税收 bare after a scope as the tax revenue', () => {
    const plain = report.replace('上半年重点税源企业入库税收26000万元', '上半年全县入库税收26000万元');
    const levels = parsedReport(plain, { sourceName: 'budget.txt' })
      .observations.filter((o) => o.indicatorCode === 'tax-revenue' && o.measure === 'level')
      .map((o) => o.quantity?.value);
    expect(levels).toContain(26000);
  });
});

describe('a project held back by a cause, then its amount done in the next clause (F4072)', () => {
  const report = (line: string) =>
    [
      '甲县发展和改革局关于2026年1—9月国民经济和社会发展计划执行情况的报告',
      '一、1—9月计划执行情况',
      `全县列入重点项目20个，1—9月完成投资50亿元。甲县乙片区供水工程总投资3亿元，1—9月完成投资1.2亿元；${line}`,
    ].join('\n');
  const done = (line: string) =>
    parsedReport(report(line), { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.completedInvestment ?? null,
    ]);

  it('gives the project the amount done after 受…影响', () => {
    expect(
      done('甲县东区棚户区改造项目受拆迁进度影响，1—9月仅完成投资0.6亿元，完成年度计划的30%。'),
    ).toContainEqual(['甲县东区棚户区改造项目', 60000000]);
  });

  it('gives it no amount from the next sentence', () => {
    expect(done('甲县东区棚户区改造项目受拆迁影响进展缓慢。1—9月完成投资0.6亿元。')).toContainEqual([
      '甲县东区棚户区改造项目',
      null,
    ]);
  });
});

const GOALS = [
  '甲县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告',
  '一、2021年计划执行情况',
  '2021年，全县地区生产总值60.2亿元，增长7.1%。一般公共预算收入3.5亿元，增长5.2%。外贸进出口总额2.1亿元，下降12.5%。',
  '二、2022年主要目标和任务',
];

describe('a level goal after a growth goal of the same indicator, cued by 确保完成 (F4073)', () => {
  const targets = (clause: string) =>
    parsedReport(
      [
        ...GOALS,
        `2022年主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长5%，${clause}；社会消费品零售总额增长8%左右。`,
      ].join('\n'),
      { sourceName: 'plan.txt' },
    )
      .targets.filter((t) => t.indicatorCode === 'general-budget-revenue')
      .map((t) => [t.horizon, t.value, t.unit]);

  it('reads 确保完成X亿元 as the revenue’s level goal beside its growth goal', () => {
    expect(targets('确保完成3.68亿元')).toEqual([
      ['next-year', 5, '%'],
      ['next-year', 3.68, '亿元'],
    ]);
  });

  it('reads 力争实现X亿元 so too', () => {
    expect(targets('力争实现3.68亿元')).toContainEqual(['next-year', 3.68, '亿元']);
  });
});

describe('恢复正增长 as a goal in words: growth above zero (F4074)', () => {
  it('reads the trade goal after a figure goal in the same sentence', () => {
    const goal = parsedReport(
      [...GOALS, '（一）扩大开放。力争全年实际利用内资突破20亿元，外贸进出口总额恢复正增长。'].join('\n'),
      { sourceName: 'plan.txt' },
    ).targets.find((t) => t.indicatorCode === 'foreign-trade');
    expect([goal?.horizon, goal?.value, goal?.unit, goal?.comparator]).toEqual(['next-year', 0, '%', 'gt']);
  });
});
