// Forms held-out-373 and held-out-374 showed the parser missing (session 45, fixer fix373). Sentences of our
// own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('a 政协 视察报告 on a development plan’s execution (规划实施情况的视察报告) (F7561)', () => {
  const inspection = (title: string) =>
    [
      title,
      '（2008年12月10日政协栖峪县第八届委员会常务委员会第九次会议通过）',
      '一、基本情况',
      '全年新农村建设计划投资2.8亿元，截至11月底已完成投资2.36亿元，完成年度计划的84.3%。',
    ].join('\n');

  it('reads it as a review of the plan’s execution', () => {
    const { report } = parseReportText(inspection('关于我县新农村建设规划实施情况的视察报告'), {
      sourceName: 'inspection.txt',
    });
    expect(report?.meta.genre).toBe('review-opinion');
    expect(report?.meta.region).toBe('栖峪县');
  });

  it('still refuses an inspection of one sector’s work', () => {
    const { report, problems } = parseReportText(inspection('关于我县中小学危房改造情况的视察报告'), {
      sourceName: 'inspection.txt',
    });
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('a goal list whose head names the half (力争上半年甲…；乙…；丙…) (F7562)', () => {
  const page = (goals: string) =>
    [
      '岑坞县2015年1—4月经济运行分析',
      '1—4月，全县规模以上工业增加值完成14.2亿元，同比增长10.3%；财政总收入完成5.64亿元，增长8.1%。',
      '三、下步工作措施',
      goals,
    ].join('\n');

  it('keeps the half for the later ；-parts: facts only, no targets of the year', () => {
    const { report } = parseReportText(
      page(
        '5—6月是关键时期，力争上半年全县规模以上工业增加值增长12%以上，完成22.4亿元；财政总收入确保完成8.6亿元，力争突破9.1亿元；出口总额确保增长6%以上。',
      ),
      { sourceName: 'analysis.txt' },
    );
    expect(report?.targets.map((t) => t.text)).toEqual([]);
  });

  it('gives the year back to a part that names it (；全年…)', () => {
    const { report } = parseReportText(
      page('5—6月是关键时期，力争上半年全县规模以上工业增加值增长12%以上；全年财政总收入确保完成16.8亿元。'),
      { sourceName: 'analysis.txt' },
    );
    expect(report?.targets.map((t) => [t.indicatorName, t.horizon, t.value])).toContainEqual([
      '财政总收入',
      'full-year',
      16.8,
    ]);
  });
});

describe('a year-end inspection’s 预计全年 before its 截至N月底 (F7563)', () => {
  const inspection = (body: string[]) =>
    [
      '关于我县新农村建设规划实施情况的视察报告',
      '（2008年12月10日政协栖峪县第八届委员会常务委员会第九次会议通过）',
      '11月中旬，县政协组织部分委员对全县新农村建设规划实施情况进行了视察，现将视察情况报告如下：',
      '一、基本情况',
      '今年以来，县委、县政府把新农村建设作为全县工作的重点，制定了五年建设规划，取得了明显成效：',
      ...body,
    ].join('\n');
  const works =
    '（二）基础设施明显改善。新农村建设计划投资2.8亿元，截至11月底已完成投资2.36亿元，完成年度计划的84.3%。';

  it('dates it the full year of the session', () => {
    const { report } = parseReportText(
      inspection([
        '（一）农村经济稳步发展。预计全年农业增加值达到7.42亿元，增长4.6%；农民人均纯收入达到3185元，增长9.2%。',
        works,
      ]),
      { sourceName: 'inspection.txt' },
    );
    expect(report?.meta.period).toBe('2008-FY');
  });

  it('keeps the months when no estimate of the year comes first', () => {
    const { report } = parseReportText(inspection([works]), { sourceName: 'inspection.txt' });
    expect(report?.meta.period).toBe('2008-M1-11');
  });
});

describe('三次产业增加值占地区生产总值的比重分别为A%、B%和C% (F7564)', () => {
  const communique = (sentence: string) =>
    [
      '苕阳县2009年国民经济和社会发展统计公报',
      `初步核算，全年全县实现地区生产总值46.28亿元，比上年增长11.4%。${sentence}`,
    ].join('\n');
  const shares = (sentence: string) =>
    (parseReportText(communique(sentence), { sourceName: 'communique.txt' }).report?.observations ?? [])
      .filter((o) => o.measure === 'share' || o.measure === 'structure')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

  it('reads each value added’s share of GDP', () => {
    expect(shares('三次产业增加值占地区生产总值的比重分别为18.6%、45.1%和36.3%。')).toEqual([
      ['agriculture-value-added', 'share', 18.6],
      ['secondary-industry-value-added', 'share', 45.1],
      ['tertiary-industry-value-added', 'share', 36.3],
    ]);
  });

  it('keeps a structure’s list the sector shares', () => {
    expect(shares('三次产业结构由上年的19.2%、44.0%和36.8%调整为18.6%、45.1%和36.3%。')).toEqual([
      ['primary-industry-share', 'structure', 18.6],
      ['secondary-industry-share', 'structure', 45.1],
      ['tertiary-industry-share', 'structure', 36.3],
    ]);
  });
});

describe('a project’s year written 年内 (甲工程正在进行路基施工，年内计划完成投资X亿元) (F7565)', () => {
  it('takes the year’s plan as its planned investment', () => {
    const text = [
      '栖峪县2015年一季度经济运行情况',
      '一季度，全县地区生产总值完成21.4亿元，同比增长7.6%。今年全县计划实施重点项目41个，截至3月底已开工29个。其中，栖峪至槐岭二级公路改建工程正在进行路基施工，年内计划完成投资1.8亿元。',
    ].join('\n');
    const { report } = parseReportText(text, { sourceName: 'analysis.txt' });
    const planned = report?.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null]);
    expect(planned).toContainEqual(['栖峪至槐岭二级公路改建工程', 180000000]);
  });
});
