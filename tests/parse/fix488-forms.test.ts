// Forms held-out-488 showed the parser missing (kanxi, kesang, kequ): a printed 月报 of two panels side by side under
// a two-row header, its 2001年本月 column, starred rows in points by the note, a 电话 sign-off; a 2001 county brief's
// names (price basis and 含 glosses, 入库 after a tax, ownership halves of investment, 乡镇企业 profits, 工商税收,
// 农民负担总额) and its year's ceiling; a news page's 计划为 plan and two project items. Sentences and sheets of our
// own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { sectionReport, sheetReport } from '../helpers/report.js';

const TITLE = '岚坪县2002年1—2月经济运行简况';
const LEAD = '1—2月，全县完成全社会固定资产投资2.24亿元，增长16.2%。';
const report = (lines: string[]) => sectionReport('lanping.txt', TITLE, [LEAD, ...lines]);
const observed = (lines: string[]) =>
  report(lines)
    .observations.filter((o) => o.quantity?.value !== 2.24 && o.quantity?.value !== 16.2)
    .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
const targets = (lines: string[]) =>
  report(lines).targets.map((t) => [t.indicatorCode, t.indicatorName, t.comparator, t.value, t.unit]);
const projects = (lines: string[]) =>
  report(lines).projects.map((p) => [
    p.name,
    p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

/** A two-panel 月报: 指标 | 单位 | 2002年 (本月 | 1—2月累计) | 同比±%, twice across the row. */
const twoPanels = (signOff: (string | null)[]) =>
  sheetReport(
    [
      ['岚坪县2002年2月统计月报', null, null, null, null, null, null, null, null, null],
      ['指    标', '单位', '2002年', null, '同比±%', '指    标', '单位', '2002年', null, '同比±%'],
      [null, null, '本  月', '1—2月累计', null, null, null, '本  月', '1—2月累计', null],
      ['一、工业', null, null, null, null, '三、国内贸易', null, null, null, null],
      ['乡及乡以上工业总产值', '万元', 5120, 10240, 11.4, '社会消费品零售总额', '万元', 3310, 7020, 8.6],
      ['工业产品销售率*', '%', 96.1, 95.4, -0.8, '四、财政', null, null, null, null],
      ['二、乡镇企业', null, null, null, null, '财政收入', '万元', 702, 1540, 12.3],
      ['乡镇企业总产值', '万元', '—', 41200, 13.8, null, null, null, null, null],
      ['注：1.“—”表示本月数不统计。', null, null, null, null, null, null, null, null, null],
      ['2.标“*”的指标，同比栏为比上年同期增减百分点。', null, null, null, null, null, null, null, null, null],
      signOff,
    ],
    'lanping.xls',
  );
const rows = (found: ReturnType<typeof sheetReport>) =>
  found.observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
    o.quantity?.unit,
    o.period ?? '',
  ]);

describe('F10391 two panels side by side under a two-row header', () => {
  it('reads the right panel’s rows under their own names, not as the left row’s columns', () => {
    const found = rows(
      twoPanels(['负责人：王某', null, null, null, null, '填表人：李某', null, null, null, null]),
    );
    expect(found).toContainEqual(['社会消费品零售总额', 'level', 7020, '万元', '']);
    expect(found).toContainEqual(['社会消费品零售总额', 'growth', 8.6, '%', '']);
    expect(found).toContainEqual(['财政收入', 'level', 1540, '万元', '']);
    expect(found).toContainEqual(['乡及乡以上工业总产值', 'level', 10240, '万元', '']);
    expect(found.filter((o) => o[0] === '乡及乡以上工业总产值' && o[2] === 7020)).toEqual([]);
  });
});

describe('F10392 2002年本月 under a year spanning 本月 and 1—2月累计', () => {
  it('gives the month’s cells the month alone', () => {
    const found = rows(
      twoPanels(['负责人：王某', null, null, null, null, '填表人：李某', null, null, null, null]),
    );
    expect(found).toContainEqual(['乡及乡以上工业总产值', 'level', 5120, '万元', '2002-M2-2']);
    expect(found).toContainEqual(['社会消费品零售总额', 'level', 3310, '万元', '2002-M2-2']);
  });
});

describe('F10393 starred rows in points by the note', () => {
  it('reads the starred rate’s 同比 as a change in points', () => {
    const found = rows(
      twoPanels(['负责人：王某', null, null, null, null, '填表人：李某', null, null, null, null]),
    );
    expect(found.filter((o) => o[0] === '工业产品销售率').map((o) => [o[1], o[2], o[3]])).toEqual([
      ['rate', 96.1, '%'],
      ['rate', 95.4, '%'],
      ['change', -0.8, '个百分点'],
    ]);
  });
});

describe('F10394 电话 in the sign-off row', () => {
  it('keeps the notes and the sign-off out of the table, so no panel gains a sign-off row', () => {
    const found = twoPanels([
      '负责人：王某',
      null,
      null,
      null,
      null,
      '填表人：李某',
      null,
      null,
      '电话：61234567',
      null,
    ]);
    expect(rows(found)).toContainEqual(['社会消费品零售总额', 'level', 7020, '万元', '']);
    expect(rows(found).filter((o) => String(o[0]).includes('填表人'))).toEqual([]);
  });
});

describe('F10395 a price basis in brackets after the measure', () => {
  it('names the output of the firms of township level and above without the basis', () => {
    expect(observed(['全县乡及乡以上工业完成总产值（现价）4.12亿元，比上年同期增长7.6%。'])).toEqual([
      ['乡及乡以上工业总产值', 'level', 4.12],
      ['乡及乡以上工业总产值', 'growth', 7.6],
    ]);
  });
});

describe('F10396 and F10397 a 含 gloss and 入库 after a tax', () => {
  it('names the tax bare and reads its share of the year’s plan', () => {
    const found = report(['其中，契税（含附加）入库264万元，完成年计划的15.5%。']);
    expect(found.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toContainEqual([
      '契税',
      'level',
      264,
    ]);
    expect(found.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toContainEqual([
      '契税',
      'share',
      15.5,
    ]);
  });
});

describe('F10398 农民负担总额', () => {
  it('reads the burden collected and its share of the cap', () => {
    expect(observed(['1—2月共收取农民负担总额386万元，占全年控制数的19.4%。'])).toEqual([
      ['农民负担总额', 'level', 386],
      ['农民负担总额', 'share', 19.4],
    ]);
  });
});

describe('F10399 计划为 right after an aggregate', () => {
  it('reads the year’s plan as targets', () => {
    expect(targets(['县计委确定，今年全县全社会固定资产投资计划为7.2亿元，增长率12%。'])).toEqual([
      ['fixed-asset-investment', '全社会固定资产投资', 'eq', 7.2, '亿元'],
      ['fixed-asset-investment', '全社会固定资产投资', 'eq', 12, '%'],
    ]);
  });
});

describe('F10400 a works step done between the year’s plan and the amount done', () => {
  it('reads the plan as planned and the amount as done', () => {
    expect(
      projects([
        '水利项目加快推进。石门堰渠系配套工程年度计划投资420万元，已完成干渠清淤，1—2月完成投资96万元。',
      ]),
    ).toEqual([['石门堰渠系配套工程', 4_200_000, 960_000]]);
  });
});

describe('F10401 the funds breakdown in brackets after the planned amount', () => {
  it('keeps the project’s amounts', () => {
    expect(
      projects([
        '交通项目进展较快。城北大道改造工程计划投资3180万元（其中省补资金900万元），年度计划投资1200万元，累计完成投资740万元。',
      ]),
    ).toEqual([['城北大道改造工程', 31_800_000, 7_400_000]]);
  });
});

describe('F10402 this year’s ceiling in a part-year page', () => {
  it('reads a goal at most the figure, and the months so far as results', () => {
    const lines = [
      '今年全县农民负担总额控制在2040万元以内，1—2月共收取农民负担总额386万元，占全年控制数的18.9%。',
    ];
    expect(targets(lines).map((t) => [t[1], t[2], t[3]])).toEqual([['农民负担总额', 'lte', 2040]]);
    expect(observed(lines)).toEqual([
      ['农民负担总额', 'level', 386],
      ['农民负担总额', 'share', 18.9],
    ]);
  });
});

describe('F10403 the ownership halves of investment', () => {
  it('names each half as written', () => {
    expect(
      observed(['其中，国有及其他经济投资1.31亿元，增长20.4%；城乡集体和个人投资9300万元，增长9.7%。']),
    ).toEqual([
      ['国有及其他经济投资', 'level', 1.31],
      ['国有及其他经济投资', 'growth', 20.4],
      ['城乡集体和个人投资', 'level', 9300],
      ['城乡集体和个人投资', 'growth', 9.7],
    ]);
  });
});

describe('F10404 and F10405 the 乡镇企业 chain and 工商税收', () => {
  it('names the firms’ profits with the class, the taxes as written', () => {
    const found = observed([
      '全县乡镇企业完成总产值6.12亿元，增长12.9%；实现利润总额2870万元，增长8.8%；上交税金1040万元，增长6.1%。',
      '1—2月，全县财政收入完成1960万元，增长15.4%。其中，工商税收1310万元，增长18.2%。',
    ]);
    expect(found).toContainEqual(['乡镇企业利润总额', 'level', 2870]);
    expect(found).toContainEqual(['上交税金', 'level', 1040]);
    expect(found).toContainEqual(['工商税收', 'level', 1310]);
    expect(found).toContainEqual(['工商税收', 'growth', 18.2]);
  });
});
