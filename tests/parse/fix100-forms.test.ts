// Forms the one-hundredth held-out batch showed the parser missed (session 30, branch fix100): a county
// party secretary's report to the party committee's plenary (在中国共产党某县第N届委员会第M次全体会议上的报告),
// read as a work report when it gives headline figures and refused when it gives none; a 统计月报's table with
// a quarter GDP row over its industries and a balance dated （10月末）; a 政协 inspection of key projects: the
// sites it went into (深入…等N个项目现场), 1—8月完成投资 after an amount-led name, a project named with whom its
// works reach (涉及N个小区、惠及居民N户), 多数项目 and 定期通报签约项目 (no projects), and 发放项目贷款 (a fact, not
// the loan balance). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

describe('F2281: a secretary report to the party committee plenary, dated by the day under its title', () => {
  const plenary = (body: readonly string[]) =>
    [
      '在中国共产党栎沅县第十四届委员会第六次全体会议上的报告',
      '（2025年1月8日）',
      '县委书记　郑其远',
      '同志们：',
      '一、2024年工作回顾',
      ...body,
      '二、2025年工作安排',
      '全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长8%。',
    ].join('\n');

  it('reads the year before the plenary, the region in its title, the results and next year goals', () => {
    const report = parsedReport(
      plenary(['初步核算，全县地区生产总值完成96.42亿元，按可比价格计算增长5.6%，高于全市0.9个百分点。']),
      { sourceName: 'plenary.txt' },
    );
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '栎沅县',
      '2024-FY',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'level',
      96.42,
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toContainEqual([
      'gdp',
      'next-year',
      6,
    ]);
  });

  it('stays refused when the plenary report gives no headline figures', () => {
    const { report, problems } = parseReportText(
      plenary(['一年来，全面从严治党向纵深推进，党员干部作风持续转变，基层党组织建设不断加强。']).replace(
        /全县经济社会发展的主要预期目标是：[^\n]*/,
        '坚定不移推进全面从严治党。',
      ),
      { sourceName: 'plenary.txt' },
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('F2282, F2283: a month table of a 统计月报 with quarter GDP rows and month-end balances', () => {
  const text = [
    '2025年1—10月栎沅县主要经济指标',
    '指标\t单位\t10月\t1—10月\t同比增长%',
    '地区生产总值（前三季度）\t亿元\t—\t64.18\t5.3',
    '第一产业增加值\t亿元\t—\t12.06\t4.1',
    '第三产业增加值\t亿元\t—\t33.52\t5.0',
    '社会消费品零售总额\t亿元\t2.74\t26.41\t4.4',
    '金融机构本外币各项存款余额（10月末）\t亿元\t196.30\t—\t6.9',
  ].join('\n');
  const table = () =>
    parsedReport(text, { sourceName: 'monthly.txt' })
      .observations.filter((o) => o.source === 'table')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);

  it('gives the industries under a GDP row marked （前三季度） the quarter too (F2283)', () => {
    expect(table()).toEqual(
      expect.arrayContaining([
        ['agriculture-value-added', 'level', 12.06, '2025-Q3'],
        ['agriculture-value-added', 'growth', 4.1, '2025-Q3'],
        ['tertiary-industry-value-added', 'level', 33.52, '2025-Q3'],
      ]),
    );
    expect(table()).toContainEqual(['retail-sales', 'level', 26.41, null]);
  });

  it('reads a balance dated （10月末） as the catalogue indicator of the report period (F2282)', () => {
    expect(table()).toEqual(
      expect.arrayContaining([
        ['deposits', 'level', 196.3, null],
        ['deposits', 'growth', 6.9, null],
      ]),
    );
  });
});

describe('F2284–F2288: a 政协 inspection report on the key projects', () => {
  const text = [
    '关于栎沅县重点项目建设情况的视察报告',
    '发布时间：2025-09-20 10:00　来源：县政协经济委员会',
    '2025年8月下旬，县政协视察组先后深入栎沅县年加工12万吨马铃薯淀粉项目、栎沅县50兆瓦光伏项目等7个项目现场，听取了县发展和改革局的情况汇报。',
    '一、基本情况',
    '截至8月末，全县重点项目累计完成投资16.4亿元，完成年度计划的68.2%。',
    '从视察的项目看，多数项目进展顺利。总投资5.2亿元的栎沅县年加工12万吨马铃薯淀粉项目，1—8月完成投资2.36亿元，主体厂房已封顶；栎沅县城棚户区改造项目涉及9个小区、惠及居民1860户，已完工5个小区。',
    '二、主要做法',
    '共争取地方政府专项债券资金2.1亿元，发放项目贷款3.4亿元。',
    '三、几点建议',
    '建立签约项目跟踪服务机制，定期通报签约项目开工、投产情况。',
  ].join('\n');
  const report = () => parsedReport(text, { sourceName: 'inspection.txt' });

  it('gives an amount-led project the amount done in the next clause dated 1—8月 (F2284)', () => {
    const plant = report().projects.find((p) => p.name === '栎沅县年加工12万吨马铃薯淀粉项目');
    expect(plant?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toContainEqual([
      520000000, 236000000,
    ]);
  });

  it('reads the sites visited (深入…等N个项目现场) as projects, their capacity no fact (F2285)', () => {
    const read = report();
    expect(read.projects.map((p) => p.name)).toContain('栎沅县50兆瓦光伏项目');
    expect(read.facts.map((f) => f.quantity.raw)).not.toContain('12万吨');
  });

  it('reads a place project named with whom its works reach, the counts facts (F2286)', () => {
    const read = report();
    expect(read.projects.map((p) => p.name)).toContain('栎沅县城棚户区改造项目');
    expect(read.facts.map((f) => f.quantity.raw)).toEqual(expect.arrayContaining(['9个', '1860户']));
  });

  it('reads no project of 多数项目 nor of 定期通报签约项目 (F2287)', () => {
    const names = report().projects.map((p) => p.name);
    expect(names).not.toContain('多数项目');
    expect(names.some((name) => name.includes('签约项目'))).toBe(false);
  });

  it('keeps 发放项目贷款 a fact, no level of the loan balance (F2288)', () => {
    const read = report();
    expect(read.observations.filter((o) => o.indicatorCode === 'loans')).toEqual([]);
    expect(read.facts.map((f) => f.quantity.raw)).toContain('3.4亿元');
  });
});
