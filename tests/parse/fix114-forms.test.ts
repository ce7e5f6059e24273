// Forms the one-hundred-and-fourteenth held-out batch showed the parser missed (session 31, branch fix114): a
// month's table balance marked （月末） in its row's name; a paragraph opening on an earlier period that its own
// sentence marks as published a month late (错月统计); 城乡常住居民人均可支配收入 kept in step with growth as one
// goal of the whole; the number inside a province's named group of counties (山区N县).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a table balance marked （月末） in its row’s name (F2561)', () => {
  const report = () =>
    parsedReport(
      [
        '甲川区2026年1—5月主要经济指标快报',
        '指标名称\t单位\t1—5月累计\t增幅（%）',
        '社会消费品零售总额\t亿元\t63.25\t5.4',
        '金融机构本外币存款余额（月末）\t亿元\t842.6\t7.3',
        '金融机构本外币贷款余额（月末）\t亿元\t915.2\t9.8',
      ].join('\n'),
      { sourceName: 'brief.txt' },
    );

  it('reads the balances as deposits and loans, the （月末） no part of the name', () => {
    const read = report()
      .observations.filter((o) => o.source === 'table')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(read).toEqual(
      expect.arrayContaining([
        ['deposits', 'level', 842.6],
        ['deposits', 'growth', 7.3],
        ['loans', 'level', 915.2],
        ['loans', 'growth', 9.8],
      ]),
    );
  });

  it('gives them no period of their own', () => {
    const balances = report().observations.filter((o) => o.indicatorCode === 'deposits');
    expect(balances.map((o) => o.period ?? null)).toEqual([null, null]);
  });
});

describe('an earlier period that opens a paragraph on a figure published a month late (F2562)', () => {
  const text = (lag: string) =>
    [
      '甲川区2026年1—5月经济运行简析',
      '1—5月，全区规上工业增加值48.73亿元，同比增长6.9%。固定资产投资增长4.2%。',
      `1—4月，全区规上服务业营业收入31.62亿元，同比增长7.7%${lag}。全区工业用电量9.84亿千瓦时，增长3.6%。`,
    ].join('\n');
  const periods = (lag: string) =>
    parsedReport(text(lag), { sourceName: 'brief.txt' })
      .observations.filter(
        (o) =>
          o.indicatorCode === 'services-revenue' || o.indicatorCode === 'industrial-electricity-consumption',
      )
      .map((o) => [o.indicatorCode, o.measure, o.period ?? null]);

  it('keeps the earlier period for the late figure’s own sentence only (错月统计)', () => {
    expect(periods('（错月统计）')).toEqual([
      ['services-revenue', 'level', '2026-M1-4'],
      ['services-revenue', 'growth', '2026-M1-4'],
      ['industrial-electricity-consumption', 'level', null],
      ['industrial-electricity-consumption', 'growth', null],
    ]);
  });

  it('so for 数据滞后一个月 too', () => {
    expect(periods('（数据滞后一个月）').slice(2)).toEqual([
      ['industrial-electricity-consumption', 'level', null],
      ['industrial-electricity-consumption', 'growth', null],
    ]);
  });

  it('still carries an unmarked opening period to the paragraph’s later sentences', () => {
    expect(periods('').slice(2)).toEqual([
      ['industrial-electricity-consumption', 'level', '2026-M1-4'],
      ['industrial-electricity-consumption', 'growth', '2026-M1-4'],
    ]);
  });
});

describe('城乡常住居民人均可支配收入 in step with growth (F2563)', () => {
  const incomeTargets = (goal: string) =>
    parsedReport(
      [
        '关于甲川县2026年国民经济和社会发展计划草案的报告',
        '二、2027年主要预期目标',
        `2027年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；${goal}；城镇新增就业1200人以上。`,
      ].join('\n'),
      { sourceName: 'plan.txt' },
    )
      .targets.filter((t) => /disposable-income/.test(t.indicatorCode))
      .map((t) => t.indicatorCode);

  it('is one goal of the whole, as 城乡居民人均可支配收入 is', () => {
    expect(incomeTargets('城乡常住居民人均可支配收入增长与经济增长同步')).toEqual([
      'disposable-income-per-capita',
    ]);
    expect(incomeTargets('城乡居民人均可支配收入增长与经济增长同步')).toEqual([
      'disposable-income-per-capita',
    ]);
  });

  it('so in the planned part’s prose, outside a goal list', () => {
    const report = parsedReport(
      [
        '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
        '一、2026年计划执行情况',
        '2026年，全县实现地区生产总值152.4亿元，增长5.8%。',
        '二、2027年工作安排',
        '二是兜牢民生底线。城镇新增就业1200人以上，城乡常住居民人均可支配收入增长与经济增长同步。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(
      report.targets.filter((t) => /disposable-income/.test(t.indicatorCode)).map((t) => t.indicatorCode),
    ).toEqual(['disposable-income-per-capita']);
  });

  it('leaves 城乡居民收入 (no whole the catalogue knows) a goal of each half', () => {
    expect(incomeTargets('城乡居民收入增长与经济增长同步')).toEqual([
      'urban-disposable-income-per-capita',
      'rural-disposable-income-per-capita',
    ]);
  });
});

describe('the number inside a province’s named group of counties (F2564)', () => {
  const facts = (group: string) =>
    parsedReport(
      [
        '关于甲川县2026年上半年国民经济和社会发展计划执行情况的报告',
        `今年以来，全县以${group}高质量发展为牵引，经济运行稳中向好。上半年，全县实现地区生产总值86.35亿元，增长5.7%。`,
      ].join('\n'),
      { sourceName: 'plan.txt' },
    ).facts.map((f) => f.quantity.value);

  it('gives 山区N县 and 海岛N县 no fact', () => {
    expect(facts('山区17县')).not.toContain(17);
    expect(facts('海岛9县')).not.toContain(9);
    expect(facts('山区17县')).toContain(86.35);
  });
});
