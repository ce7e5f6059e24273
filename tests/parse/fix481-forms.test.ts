// Forms held-out-481 showed the parser missing (taomian, tengxian, tengzhang; session 51, fix481): a 2001 county
// bureau's 一季度 page (上划中央税收, 同比多收, a price basis glossed before a colon, a spelled-out size class, a part-year aim
// with 要, a note sizing its rank column), a 计委's 汇报 of the plan's execution with its table, and a city paper's tour of
// the works (amounts said before a name, progress in shares between, a foreign-funded project's deal).
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ANALYSIS_TITLE = '岚溪县2001年一季度国民经济运行情况';
const PLAN_TITLE = '岚溪县计委关于2001年一季度国民经济计划执行情况的汇报';
const NEWS_TITLE = '我市召开一季度重点工程建设现场观摩会';
const GDP_LINE = '一季度，全县实现国内生产总值4.18亿元，同比增长7.9%。';

const report = (title: string, lines: string[]) =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fix481.txt' });
const observedOf = (title: string, lines: string[]) =>
  report(title, lines).observations.map((o) => [
    o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);
const targetsOf = (title: string, lines: string[]) =>
  report(title, lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
const factsOf = (title: string, lines: string[]) => report(title, lines).facts.map((f) => f.quantity.raw);
const newsReport = (lines: string[]) =>
  report(NEWS_TITLE, [
    '2001-05-10　来源：岚溪日报',
    '5月8日，全市一季度重点工程建设现场观摩会召开。一季度，全市完成全社会固定资产投资2.84亿元，同比增长19.6%。',
    ...lines,
  ]);
const projectsOf = (lines: string[]) =>
  newsReport(lines).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.completedInvestment ?? null,
  ]);

describe('F10256 上划中央税收', () => {
  it('is the taxes passed up, named as written, not the tax revenue', () => {
    const lines = [GDP_LINE, '其中，地方财政收入1960万元，增长9.2%；上划中央税收1410万元，增长12.5%。'];
    const observed = observedOf(ANALYSIS_TITLE, lines);
    expect(observed.filter((o) => o[1] === '上划中央税收').map((o) => [o[2], o[3]])).toEqual([
      ['level', 1410],
      ['growth', 12.5],
    ]);
    expect(observed.some((o) => o[0] === 'tax-revenue')).toBe(false);
  });
});

describe('F10257 同比多收, 同比少收', () => {
  it('is the revenue’s change, signed', () => {
    const lines = [
      GDP_LINE,
      '一季度全县完成财政收入3720万元，同比增长8.8%，同比多收301万元；地方财政收入1650万元，下降4.1%，同比少收70万元。',
    ];
    expect(observedOf(ANALYSIS_TITLE, lines).filter((o) => o[2] === 'change')).toEqual([
      ['fiscal-total-revenue', '财政收入', 'change', 301],
      ['general-budget-revenue', '地方财政收入', 'change', -70],
    ]);
  });
});

describe('F10258 a price basis glossed before a colon', () => {
  it('steps over the gloss and its colon to the name', () => {
    const lines = [
      GDP_LINE,
      '一季度，全县乡及乡以上工业总产值（1990年不变价，下同）：4.73亿元，同比增长11.9%。',
    ];
    expect(observedOf(ANALYSIS_TITLE, lines).filter((o) => o[1] === '乡及乡以上工业总产值')).toEqual([
      [expect.any(String), '乡及乡以上工业总产值', 'level', 4.73],
      [expect.any(String), '乡及乡以上工业总产值', 'growth', 11.9],
    ]);
  });
});

describe('F10259 a part of the year’s aim said with 要', () => {
  it('is a fact only, neither a result nor the year’s target', () => {
    const lines = [
      GDP_LINE,
      '三、几点建议',
      '一要抓好春耕生产；二要加快企业技改，上半年要完成规模以上工业总产值6.4亿元以上；三要加强征管，上半年规模工业产值要达到6亿元以上。',
    ];
    expect(observedOf(ANALYSIS_TITLE, lines).filter((o) => o[0] === 'industrial-output')).toEqual([]);
    expect(targetsOf(ANALYSIS_TITLE, lines)).toEqual([]);
    expect(factsOf(ANALYSIS_TITLE, lines)).toContain('6.4亿元以上');
  });
});

describe('F10260 the size class spelled out before its short name', () => {
  it('is 规模以上工业: its output and the rank after it', () => {
    const lines = [
      GDP_LINE,
      '其中，国有及年销售收入500万元以上非国有工业企业（以下简称规模以上工业）完成总产值2.87亿元，增长14.2%，增长速度居全州第3位。',
    ];
    const parsed = report(ANALYSIS_TITLE, lines);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'industrial-output')
        .map((o) => o.quantity?.value),
    ).toEqual([2.87, 14.2]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['industrial-output', 3]]);
  });
});

describe('F10261 a note sizing the rank column, 排序 for 排名', () => {
  it('keeps the group of places out of the facts', () => {
    const lines = [GDP_LINE, '注：1.增长速度按可比价格计算。2.位次为全州7县市排序。'];
    expect(factsOf(ANALYSIS_TITLE, lines)).not.toContain('7');
  });
});

describe('F10262 spindles inside a project’s name', () => {
  it('are part of the name, no figure', () => {
    const lines = ['在城北工业园，总投资8600万元的岚溪棉纺有限公司3万锭纱锭技改项目已完成厂房主体工程。'];
    expect(newsReport(lines).facts.map((f) => f.quantity.raw)).not.toContain('3万锭');
  });
});

describe('F10263 一季度完成投资 alone in its clause', () => {
  it('is the amount done after an amount-led name', () => {
    expect(projectsOf(['计划投资1800万元的北干渠节水改造工程，一季度完成投资430万元。'])).toEqual([
      ['北干渠节水改造工程', 18000000, 4300000],
    ]);
  });
});

describe('F10264 the works’ progress in shares between the name and the amount done', () => {
  it('is passed over; the running total after the quarter’s is the amount done', () => {
    expect(
      projectsOf([
        '总投资9500万元的岚溪棉纺有限公司织布车间扩建项目已完成厂房主体工程，形象进度完成总工程量的65%，一季度完成投资1900万元，累计完成投资5200万元。',
        '计划投资1800万元的北干渠节水改造工程，渠道衬砌已完成40%，一季度完成投资430万元。',
      ]),
    ).toEqual([
      ['岚溪棉纺有限公司织布车间扩建项目', 95000000, 52000000],
      ['北干渠节水改造工程', 18000000, 4300000],
    ]);
  });
});

describe('F10265 匡算总投资', () => {
  it('is the total, the planned investment', () => {
    const parsed = report(PLAN_TITLE, [
      '一、一季度计划执行情况',
      '一季度全县实现国内生产总值3.26亿元，增长7.7%。',
      '二、二季度工作意见',
      '重点抓好以下项目：城东污水处理厂工程，匡算总投资3100万元，一季度完成投资560万元；南门大桥改建工程，总投资2400万元，累计完成投资900万元。',
    ]);
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toContainEqual(['城东污水处理厂工程', 31000000, 5600000]);
  });
});

describe('F10266, F10267 a foreign-funded project’s deal', () => {
  const lines = [
    '在柳湾镇，外商独资兴办的岚溪华丰食品有限公司果蔬冻干加工项目，合同外资260万美元，已到位外资150万美元，首条生产线已投入试产。',
  ];

  it('keeps the deal’s funds facts only (F10266)', () => {
    const parsed = newsReport(lines);
    expect(parsed.observations.filter((o) => o.quantity?.unit === '万美元')).toEqual([]);
    expect(parsed.facts.map((f) => f.quantity.raw)).toEqual(
      expect.arrayContaining(['260万美元', '150万美元']),
    );
  });

  it('names the project bare (F10267)', () => {
    expect(projectsOf(lines)).toEqual([['岚溪华丰食品有限公司果蔬冻干加工项目', null, null]]);
  });
});

describe('F10268 a 计委’s 汇报 of the plan’s execution', () => {
  it('is a plan-execution report', () => {
    const parsed = report(PLAN_TITLE, [
      '一、一季度计划执行情况',
      '一季度全县实现国内生产总值3.26亿元，增长7.7%，完成年计划的23.4%。',
    ]);
    expect(parsed.meta.genre).toBe('plan-execution');
  });
});

describe('F10269 外贸出口额', () => {
  it('is the exports', () => {
    const lines = [GDP_LINE, '一季度，全县外贸出口额520万美元，增长14.6%。'];
    expect(
      observedOf(ANALYSIS_TITLE, lines)
        .filter((o) => o[0] === 'exports')
        .map((o) => o[1]),
    ).toEqual(['外贸出口额', '外贸出口额']);
  });
});
