// Forms held-out-27's analysis and key-project notice showed (docs/prose-forms.md, "A statistics
// analysis' PDF tables and prefecture ranks (fixmc)"): a rank within a prefecture (居甲地区第2位), a
// table of the prefecture's counties side by side whose columns are headed by indicators alone
// under a caption naming their unit, and a phase's part with its shell done after a project's name.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const analysis = (lines: readonly string[]) =>
  parsedReport(['岑川市2021年1—8月经济运行简析', '岑川市统计局', ...lines].join('\n'), {
    sourceName: 'fixmc.txt',
  });

describe('a rank within a prefecture (增速居甲地区第2位)', () => {
  it.each([
    ['增速居鹿沟地区第2位', 2, '鹿沟地区'],
    ['增速位居鹿沟地区第1位', 1, '鹿沟地区'],
    ['增速排名鹿沟地区第3', 3, '鹿沟地区'],
  ])('%s: the rank and its prefecture', (phrase, rank, scope) => {
    const parsed = analysis([`1—8月，全市规模以上工业增加值同比增长8.7%，${phrase}。`]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['industrial-value-added', rank, scope],
    ]);
  });
});

describe("a table of the prefecture's counties under a caption naming the unit (…主要指标增速（%）)", () => {
  const parsed = analysis([
    '1—8月，全市规模以上工业增加值同比增长8.7%，固定资产投资增长12.1%。',
    '附表2鹿沟地区各县市2021年1—8月主要指标增速（%）',
    '地区\t规模以上工业增加值\t固定资产投资',
    '鹿沟地区\t6.9\t10.4',
    '岑川市\t8.7\t12.1',
    '柘坪县\t5.2\t13.8',
    '注：各县市数据为快报数。',
  ]);

  it("reads the report's own row as its growths, once with the prose's", () => {
    const growths = parsed.observations
      .filter((o) => o.source === 'table')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(growths).toEqual([
      ['industrial-value-added', 'growth', 8.7, '%'],
      ['fixed-asset-investment', 'growth', 12.1, '%'],
    ]);
  });

  it("takes no figure of the prefecture's or a sibling's row, as fact or observation", () => {
    const values = [...parsed.facts, ...parsed.observations].map((f) => f.quantity?.value);
    for (const value of [6.9, 10.4, 5.2, 13.8]) expect(values).not.toContain(value);
  });
});

describe("a phase's part with its shell done (甲项目一期厂房主体完工)", () => {
  it('is the status of the project, its phase folded into it', () => {
    const parsed = parsedReport(
      [
        '柘沟区2020年1—10月重点项目进展情况的通报',
        '1—10月，全区固定资产投资同比增长6.4%，42个重点项目累计完成投资31.6亿元，占年度计划投资的83.2%。',
        '柘沟区枣类精深加工产业园项目一期厂房主体完工，柘沟区人民医院门诊住院综合楼主体封顶。',
      ].join('\n'),
      { sourceName: 'fixmc-projects.txt' },
    );
    expect(parsed.projects.map((p) => p.name)).toEqual([
      '柘沟区枣类精深加工产业园项目一期',
      '柘沟区人民医院门诊住院综合楼',
    ]);
  });
});
