// Forms the one-hundredth held-out batch showed the parser missed (session 30, branch fix100): a county
// party secretary's report to the party committee's plenary (在中国共产党某县第N届委员会第M次全体会议上的报告),
// read as a work report when it gives headline figures and refused when it gives none.
// Places and figures are invented.

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
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity.value])).toContainEqual([
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
