// Forms the two-hundred-and-sixty-first and sixty-third held-out batches showed the parser missed (session 38,
// branch fix261): a 盟's news page run by its paper, headlined 全盟经济… and read as a 区's (its text compares the
// 盟 with 全区, the autonomous region). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport } from '../helpers/report.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A 盟 portal's news page: the paper is named without the 盟's suffix, the text says 全盟 and 全区. */
const LEAGUE_NEWS = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>上半年全盟经济稳步回升_湄岭盟行政公署</title></head><body>
<h1>上半年全盟经济稳步回升</h1>
<p>发布时间：2025-07-30 10:12来源：湄岭日报</p>
<p>本报讯 记者从盟统计局获悉，上半年，全盟实现地区生产总值231.4亿元，同比增长5.2%，高于全区平均水平0.3个百分点。</p>
<p>全盟规模以上工业增加值同比增长7.6%，增速在全区12个盟市中排第4位。湄北旗、湄南旗分别增长9.3%和8.8%，增速分列全盟第1、2位；湄西旗牲畜存栏118.2万头只，居全盟首位。</p>
</body></html>`;

describe('a 盟 news page headlined 全盟经济… and run by its paper (F5381)', () => {
  it('names the 盟 as the region, not a 区 read from 全区', async () => {
    const { report } = await ingestedReport(encode(LEAGUE_NEWS), 'league-news.html');
    expect(report.meta.region).toBe('湄岭盟');
  });
});

describe("a 盟 ranked among the autonomous region's 盟市 (F5382)", () => {
  it('sizes the rank by the counted 盟市 and keeps no fact of the count', async () => {
    const { report } = await ingestedReport(encode(LEAGUE_NEWS), 'league-news.html');
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['industrial-value-added', 4, 12],
    ]);
    expect(report.facts.filter((f) => f.quantity.value === 12)).toEqual([]);
  });
});

describe("a 旗 ranked in 全盟 on the 盟's own page (F5383)", () => {
  it('gives no ranking: the 盟 is never ranked within itself', async () => {
    const { report } = await ingestedReport(encode(LEAGUE_NEWS), 'league-news.html');
    expect(report.rankings.filter((r) => r.scope === '全盟')).toEqual([]);
  });
});

/** A county finance bureau's page: the year's levels so far in a table, the share of the budget each is. */
const BUDGET_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>1—4月全县财政收入运行平稳_湄川县财政局</title></head><body>
<h1>1—4月全县财政收入运行平稳</h1>
<p>发布时间：2026-05-14 来源：湄川县财政局</p>
<p>前4个月，全县一般公共预算收入完成6.4亿元，同比增长4.2%。</p>
<table>
<tr><td>项目</td><td>1—4月累计（亿元）</td><td>同比增长（%）</td><td>完成年初预算（%）</td></tr>
<tr><td>一般公共预算收入</td><td>6.4</td><td>4.2</td><td>35.2</td></tr>
<tr><td>其中：税收收入</td><td>4.8</td><td>6.6</td><td>40</td></tr>
<tr><td>政府性基金收入</td><td>1.25</td><td>-8.1</td><td>25</td></tr>
</table>
</body></html>`;

describe('a table row’s level beside its 完成年初预算（%） (F5384)', () => {
  it('derives the full-year budget the share implies, as the prose’s 完成年初预算的A% does', async () => {
    const { report } = await ingestedReport(encode(BUDGET_PAGE), 'budget.html');
    const rows = report.targets.map((t) => [t.indicatorName, t.value, t.unit, t.horizon, t.derived]);
    expect(rows).toContainEqual(['税收收入', 12, '亿元', 'full-year', true]);
    expect(rows).toContainEqual(['政府性基金收入', 5, '亿元', 'full-year', true]);
  });
});

describe('前N个月 opening a sentence (F5385)', () => {
  it('is a period, no fact of N months', async () => {
    const { report } = await ingestedReport(encode(BUDGET_PAGE), 'budget.html');
    expect(report.facts.filter((f) => f.quantity.unit === '个月')).toEqual([]);
  });
});

/** A county 财政局's page whose headline judges the revenue and reads as no title of a genre. */
const FINANCE_NEWS = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>前4个月全县财政收入稳中有进</title></head><body>
<h1>前4个月全县财政收入稳中有进</h1>
<p>发布时间：2026-05-14 来源：湄川县财政局</p>
<p>2026年1—4月，全县一般公共预算收入完成6.4亿元，同比增长4.2%，完成年初预算的35.2%。</p>
</body></html>`;

describe('a 财政局 page headlined with a verdict on the revenue (F5386)', () => {
  it('is the department’s news, not a statistics office’s analysis', async () => {
    const { report } = await ingestedReport(encode(FINANCE_NEWS), 'finance-news.html');
    expect(report.meta.genre).toBe('news-summary');
  });
});
