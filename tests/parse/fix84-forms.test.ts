// Forms the eighty-fourth held-out batch showed the parser missed (session 27, branch fix84): a CPPCC
// member's 提案 whose only naming of the county is its printed head (政协某县第十届委员会第四次会议), and a
// portal's 图解 of the budget report titled by the draft's year only (图解：某旗2025年预算报告), its cards
// whose rate line starts with a share or a rate against the year's outturn (完成预算的A%，同比增长B%;
// 比上年执行数增长C%) and its parts headed by year (2024年预算执行情况 / 2025年预算安排); a rank said with
// 列 alone after the group (增速在全市11个县（市、区）中列第8位).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { ingestedReport, observationRow, parsedReport } from '../helpers/report.js';

describe('a 提案 named only by the CPPCC session on its printed head', () => {
  const text = [
    '政协榆滘县第九届委员会第三次会议',
    '提　　案',
    '第 0042 号',
    '提 案 人：某某某（县政协委员）',
    '案由：关于做强县域经济的建议',
    '一、基本情况',
    '2024年，全县地区生产总值完成88.12亿元，同比增长5.1%，增速在全市9个县（市、区）中列第4位。',
    '全县一般公共预算收入9.36亿元，增长3.2%。',
  ].join('\n');

  it('reads the county of the session as the region', () => {
    const report = parsedReport(text, { sourceName: 'proposal.txt' });
    expect(report.meta.region).toBe('榆滘县');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'level',
      88.12,
    ]);
  });

  it('takes no session mentioned inside a sentence for the head', () => {
    const sentence = [
      '在政协榆滘县第九届委员会第三次会议期间，委员们提交提案。',
      '2024年，全县地区生产总值完成88.12亿元，同比增长5.1%。',
    ].join('\n');
    const result = parseReportText(sentence, { sourceName: 'news.txt' });
    expect(result.problems.map((p) => p.code)).toContain('no-region');
  });
});

describe('a 图解 of the budget report titled by the draft’s year', () => {
  const text = [
    '图解：榆滘旗2025年预算报告',
    '发布时间：2025-01-20 10:00　来源：旗财政局',
    '2024年预算执行情况',
    '一般公共预算收入9.36亿元，完成预算的101.2%，同比增长3.2%。',
    '一般公共预算支出30.15亿元，同比增长4.4%。',
  ].join('\n');

  it('is read as the budget report, about the year before the title’s', () => {
    const report = parsedReport(text, { sourceName: 'budget.html' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '榆滘旗',
      '2024-FY',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'general-budget-revenue',
      'level',
      9.36,
    ]);
  });

  it('stays refused when the title is a news story about the budget report', () => {
    const news = text.replace('图解：榆滘旗2025年预算报告', '榆滘旗人大审议2025年预算报告');
    const result = parseReportText(news, { sourceName: 'news.html' });
    expect(result.report).toBeNull();
  });
});

describe('a budget 图解 page: cards with a share-first rate line, parts headed by year', () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>图解：榆滘旗2025年预算报告</title></head><body>
<div class="article"><h1>图解：榆滘旗2025年预算报告</h1>
<div class="info">发布时间：2025-01-20 10:00　来源：旗财政局</div>
<div class="content">
<p>1月15日，榆滘旗人民代表大会审查批准了旗2024年预算执行情况和2025年预算草案的报告。</p>
<h3>2024年预算执行情况</h3>
<div class="card"><p class="card-title">一般公共预算收入</p><p class="card-num"><strong>9.36</strong>亿元</p>
<p>完成预算的101.2%，同比增长3.2%</p><p>其中：税收收入6.51亿元，增长2.4%</p><p>非税收入2.85亿元，增长5.1%</p></div>
<h3>2025年预算安排</h3>
<div class="card"><p class="card-title">一般公共预算支出</p><p class="card-num"><strong>28.40</strong>亿元</p>
<p>比上年执行数下降2.6%</p></div>
<ul><li>民生支出占一般公共预算支出的比重保持在80%以上</li></ul>
</div></div></body></html>`;

  it('reads the card as one sentence, parts under it, and the plan part as planned', async () => {
    const { report } = await ingestedReport(new TextEncoder().encode(html), 'budget.html');
    const rows = report.observations.map(observationRow);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['general-budget-revenue', 'level', 9.36, '亿元'],
        ['general-budget-revenue', 'growth', 3.2, '%'],
        ['tax-revenue', 'level', 6.51, '亿元'],
      ]),
    );
    // The plan part's figures are no results of the year: its cards are the next year's budget.
    expect(rows.filter((r) => r[0] === 'general-budget-expenditure')).toEqual([]);
    expect(
      report.targets
        .filter((t) => t.indicatorCode === 'general-budget-expenditure')
        .map((t) => [t.horizon, t.value, t.unit]),
    ).toEqual([
      ['next-year', 28.4, '亿元'],
      ['next-year', -2.6, '%'],
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.comparator])).toContainEqual([
      '民生支出',
      'next-year',
      80,
      'gte',
    ]);
  });
});

describe('a rank said with 列 alone after the group’s 中', () => {
  it('is the growth’s rank in the group', () => {
    const report = parsedReport(
      [
        '榆滘县2024年经济运行情况',
        '2024年全县地区生产总值完成88.12亿元，同比增长5.1%，增速在全市9个县（市、区）中列第4位，经济总量居全市第3位。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 4, 9],
      ['gdp', 3, null],
    ]);
  });
});
