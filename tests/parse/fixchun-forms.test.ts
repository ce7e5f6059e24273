// Forms of a county media centre's app share page (session 13, after the fourteenth held-out batch):
// the channel's name and the template's time under the headline with no label, the time element a
// share page or a WeChat-style article names for it, and ranks in 全市 whose parent only the 统一核算
// clause names. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument, parseReportText } from '../../src/parse/index.js';
import { readInfoText } from '../../src/parse/meta.js';
import { accountingParent } from '../../src/parse/prose-rank-parent.js';
import { ingestedDocument } from '../helpers/report.js';

const BODY =
  '<p>10月25日，记者从县统计局获悉，根据苇岚市地区生产总值统一核算结果，前三季度，全县实现地区生产总值142.37亿元，同比增长5.8%，增速居全市7个县（市、区）第三位。</p>' +
  '<p>前三季度，全县规模以上工业增加值同比增长7.2%，居全市第二位。社会消费品零售总额48.16亿元，增长6.9%。</p>';

const sharePage = (info: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>前三季度柘埠县GDP增长5.8%</title></head><body>
<div class="open-app-bar"><span>打开柘埠融媒APP，阅读体验更佳</span><a href="app://x">打开</a></div>
<div class="article-wrap"><h1 class="article-title">前三季度柘埠县GDP增长5.8% 增速居全市第三</h1>
${info}
<div class="article-content">${BODY}</div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/a.html">柘埠县前8月新签约项目12个</a><span class="time">2023-09-30 10:00</span></li></ul></div>
</div></body></html>`,
  );

const read = async (info: string) => {
  const document = await ingestedDocument(sharePage(info), { name: 'share.html' });
  const { report, problems } = parseDocument(document, { sourceName: 'share.html', sha256: '0'.repeat(64) });
  return { document, report, problems };
};

describe("a share page's channel and time under the headline", () => {
  it.each([
    ['某某融媒 2023-10-27 08:30 来源：某某县融媒体中心', '2023-10-27T08:30:00+08:00'],
    ['某某发布 2023-10-27 08:30', '2023-10-27T08:30:00+08:00'],
    ['2023-10-27 08:30:15', '2023-10-27T08:30:15+08:00'],
  ])('reads the unlabelled time of %s', (line, at) => {
    expect(readInfoText(line).publishedAt).toBe(at);
  });

  it('does not take a 成文日期 for the page’s time', () => {
    expect(readInfoText('成文日期 2023-10-20 09:00').publishedAt).toBeNull();
  });

  it('dates a Q3 page whose headline gives no year by the time beside the channel and 来源', async () => {
    const { report } = await read(
      '<div class="article-info"><span class="channel">柘埠融媒</span><span class="time">2023-10-27 08:30</span><span class="origin">来源：柘埠县融媒体中心</span></div>',
    );
    expect(report?.meta).toMatchObject({ region: '柘埠县', period: '2023-Q3', genre: 'news-summary' });
    expect(report?.meta.publishedAt).toBe('2023-10-27T08:30:00+08:00');
  });

  it.each([
    [
      '<div class="article-info"><span class="channel">柘埠融媒</span><span class="time">2023-10-27 08:30</span></div>',
    ],
    [
      '<div class="rich_media_meta_list"><em id="publish_time" class="rich_media_meta">2023-10-27 08:30</em></div>',
    ],
    ['<p class="meta"><time>2023年10月27日 08:30</time></p>'],
  ])('finds the time element of a page with no 来源 label: %s', async (info) => {
    const { document, report } = await read(info);
    expect(document.hints.infoLine).toMatch(/2023/);
    expect(report?.meta.period).toBe('2023-Q3');
  });

  it('does not take a related article’s date for the page’s', async () => {
    const { document, report } = await read('<div class="article-info"><span>柘埠融媒</span></div>');
    expect(document.hints.infoLine).toBeNull();
    expect(report).toBeNull();
  });
});

describe('ranks in 全市 whose parent the 统一核算 clause names', () => {
  it.each([
    ['根据苇岚市地区生产总值统一核算结果，前三季度', '苇岚市'],
    ['据苇岚市统一核算，1-9月', '苇岚市'],
    ['根据地区生产总值统一核算结果，上半年', null],
    ['根据全市统一核算结果', null],
  ])('%s → %s', (text, parent) => {
    expect(accountingParent(text)).toBe(parent);
  });

  it('scopes 居全市第N位 by the parent, with the size only where the rank gives it', () => {
    const text = ['柘埠县2023年前三季度经济运行情况', ...BODY.replace(/<\/?p>/g, '\n').split('\n')].join(
      '\n',
    );
    const parsed = parseReportText(text, { sourceName: 'ranks.txt' }).report;
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 3, 7, '苇岚市'],
      ['industrial-value-added', 2, null, '苇岚市'],
    ]);
  });

  it('leaves 全市 alone when no 统一核算 clause names the parent', () => {
    const parsed = parseReportText(
      [
        '柘埠县2023年前三季度经济运行情况',
        '前三季度，全县规模以上工业增加值同比增长7.2%，居全市第二位。',
      ].join('\n'),
      { sourceName: 'ranks.txt' },
    ).report;
    expect(parsed?.rankings.map((r) => r.scope)).toEqual(['全市']);
  });
});
