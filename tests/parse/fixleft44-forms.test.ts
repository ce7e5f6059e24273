// Forms the leftovers of held-out-352 showed the parser missed (session 44, branch fixleft44): a 百强县 list rank
// opened by 全县 (F7201); a rank whose clause closes on 仍 before 居 (F7202); a second goal closed inside a gap to it in
// one sentence (F7203); a works task's 确保年内完成投资X亿元以上 as the works' planned amount (F7204).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '澧埠县2021年经济工作情况';
const LEAD =
  '2021年，全县实现地区生产总值412.6亿元，增长6.1%；城乡居民人均可支配收入分别达到43820元、22960元，分别增长7.9%、8.4%。';

describe('全县在2021年全国综合实力百强县中位列第N位: the list’s standing, not the income before it (F7201)', () => {
  const report = parsedReport(
    [TITLE, `${LEAD}全县在2021年全国综合实力百强县中位列第64位，较上年前移3位。`].join('\n'),
    {
      sourceName: 'r.txt',
      region: '澧埠县',
    },
  );

  it('ranks 综合实力, with no indicator', () => {
    expect(report.rankings.map((r) => [r.indicatorCode, r.subject, r.rank, r.change])).toEqual([
      [null, '综合实力', 64, 3],
    ]);
  });
});

describe('地区生产总值总量仍居全市第N位: the adverb before 居 is no part of what is ranked (F7202)', () => {
  const report = parsedReport(
    [TITLE, LEAD, '“差距也要看清。”书记说，全县地区生产总值总量仍居全市第4位，工业投资下降3.7%。'].join('\n'),
    { sourceName: 'r.txt', region: '澧埠县' },
  );

  it('ranks GDP', () => {
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 4, '全市']]);
  });
});

describe('a second goal closed inside a gap to it, later in the sentence (F7203)', () => {
  const report = parsedReport(
    [
      TITLE,
      LEAD,
      '一是部分指标未完成年度目标。地区生产总值增速低于年初确定的7%的目标0.9个百分点，外贸进出口总额下降5.2%，与年初确定的增长4%的目标差距较大；一般公共预算收入完成年度预算的96.4%。',
    ].join('\n'),
    { sourceName: 'r.txt', region: '澧埠县' },
  );

  it('reads both goals, the year’s', () => {
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(goals).toContainEqual(['gdp', 'full-year', 7]);
    expect(goals).toContainEqual(['foreign-trade', 'full-year', 4]);
  });

  it('keeps the fall between them a result, and the second goal no growth', () => {
    const trade = report.observations
      .filter((o) => o.indicatorCode === 'foreign-trade')
      .map((o) => o.quantity?.value);
    expect(trade).toEqual([-5.2]);
  });
});

describe('要全力推进甲工程建设，确保年内完成投资X亿元以上: the year’s goal amount is the works’ planned (F7204)', () => {
  const report = parsedReport(
    [
      TITLE,
      LEAD,
      '要全力推进蘅塘港区3万吨级散货码头工程建设，确保年内完成投资6.5亿元以上；要加快澧埠新材料产业园项目建设，确保9月底前竣工投产。',
    ].join('\n'),
    { sourceName: 'r.txt', region: '澧埠县' },
  );

  it('gives the works the goal as planned and no amount done', () => {
    const works = report.projects.find((p) => p.name === '蘅塘港区3万吨级散货码头工程');
    expect(works?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toEqual([
      [650000000, null],
    ]);
  });
});

describe('甲港区乙作业区3号至5号泊位工程, then 乙作业区泊位工程: the units’ numbers dropped name the same works (F7205)', () => {
  const report = parsedReport(
    [
      TITLE,
      LEAD,
      '蘅塘港区澧湾作业区2号至4号泊位工程总投资15.6亿元，完成沉箱预制。',
      '加快澧湾作业区泊位工程建设，确保年内完成投资3.8亿元。',
    ].join('\n'),
    { sourceName: 'r.txt', region: '澧埠县' },
  );

  it('folds the short name into the full one', () => {
    expect(report.projects.map((p) => [p.name, p.aliases])).toEqual([
      ['蘅塘港区澧湾作业区2号至4号泊位工程', ['澧湾作业区泊位工程']],
    ]);
  });
});

describe('a short name that drops more than the units’ numbers stays its own', () => {
  const report = parsedReport(
    [
      TITLE,
      LEAD,
      '蘅塘港区澧湾作业区2号至4号泊位工程总投资15.6亿元，完成沉箱预制。',
      '加快澧湾作业区客运泊位工程建设，确保年内完成投资1.2亿元。',
    ].join('\n'),
    { sourceName: 'r.txt', region: '澧埠县' },
  );

  it('keeps two projects', () => {
    expect(report.projects.map((p) => p.name)).toHaveLength(2);
  });
});
