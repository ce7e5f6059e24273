// Forms the seventh held-out batch showed in prose (docs/prose-forms.md, session 8): growths in
// brackets after names, lists distributed by 分别 with a comparison, in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (...prose: string[]) => {
  const { report, problems } = parseReportText(
    ['丁县2025年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况', ...prose].join('\n'),
    { sourceName: 'brackets.txt' },
  );
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};
const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('growths in brackets after names, then one 分别 clause', () => {
  const sentence =
    '上半年，地区生产总值（6.8%）、规模以上工业增加值（9.1%）分别高于预期目标0.3和1.1个百分点。';
  it('gives each name its growth and its margin over the plan', () => {
    expect(observed(sentence)).toEqual([
      ['gdp', 'growth', 6.8],
      ['industrial-value-added', 'growth', 9.1],
      ['gdp', 'comparison', 0.3],
      ['industrial-value-added', 'comparison', 1.1],
    ]);
  });
  it('implies each plan from its own growth', () => {
    expect(
      report(sentence).targets.map((t) => [t.indicatorCode, t.kind, t.value, t.derived, t.attainment]),
    ).toEqual([
      ['gdp', 'period-plan', 6.5, true, 'met'],
      ['industrial-value-added', 'period-plan', 8, true, 'met'],
    ]);
  });
  it('reads no indicator from places with growths in brackets', () => {
    expect(observed('乙区（11.6%）、丙县（7.4%）的地区生产总值增速分别排第3位和第5位。')).toEqual([]);
  });
});

describe('a list of names with 分别 and a comparison after them', () => {
  it('reads the comparison from 分别 on, one per name', () => {
    expect(observed('地区生产总值、规模以上工业增加值增速分别快于全省0.4和2.2个百分点。')).toEqual([
      ['gdp', 'comparison', 0.4],
      ['industrial-value-added', 'comparison', 2.2],
    ]);
  });
});

describe('ranks listed over names whose last is joined by 和', () => {
  const ranks = (...prose: string[]) =>
    report(...prose).rankings.map((r) => [r.indicatorCode, r.rank, r.scope]);
  it('gives each name its rank after 分别 and after 分列', () => {
    expect(
      ranks(
        '地区生产总值、规模以上工业增加值和一般公共预算收入增速分别居全市第3位、第6位和第2位，社会消费品零售总额和固定资产投资增速分列全市第8位和第4位。',
      ),
    ).toEqual([
      ['gdp', 3, '全市'],
      ['industrial-value-added', 6, '全市'],
      ['general-budget-revenue', 2, '全市'],
      ['retail-sales', 8, '全市'],
      ['fixed-asset-investment', 4, '全市'],
    ]);
  });
});
