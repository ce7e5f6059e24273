// A county news app's share page saved as .html (session 15, fixmao): the app's name stands only in
// the open-app bar (.app-name), the og:site_name tag or the 下载某某APP footer, the time only in the
// page's script (window.__ARTICLE__ = {"publishTime":"…"} or a timestamp). The ingest stage reads them
// into DocumentHints.furniture (app, appPublished); the meta stage dates the page from them and takes
// the place from the app's name only of the kind the body calls its own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { chinaTimeOf } from '../../src/ingest/html-scripts.js';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const BODY = (own: string) => `<p>记者从${own}统计局获悉，今年以来，全${own}经济运行稳中向好。</p>
<p>上半年，全${own}实现地区生产总值21.37亿元，同比增长6.8%。</p>
<p>上半年，全${own}社会消费品零售总额5.16亿元，同比增长7.2%。</p>`;

const page = (opts: { app?: string; og?: string; script: string; own?: string; footer?: string }) =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>上半年全${opts.own ?? '县'}经济运行稳中向好</title>
${opts.og ? `<meta property="og:site_name" content="${opts.og}">` : ''}
<script>${opts.script}</script></head><body>
<div class="open-app-bar">${opts.app ? `<span class="app-name">${opts.app}</span>` : ''}<a href="/download">打开APP</a></div>
<div class="article"><h1>上半年全${opts.own ?? '县'}经济运行稳中向好</h1>
<div class="article-content">${BODY(opts.own ?? '县')}</div></div>
<div class="footer">${opts.footer ?? ''}</div></body></html>`);

const read = async (bytes: Uint8Array) => {
  const { document } = await ingest(bytes, { name: 'share.html' });
  if (!document) throw new Error('no document');
  return { document, parsed: parseDocument(document, { sourceName: 'share.html', sha256: '0' }) };
};
const codes = (parsed: { problems: { code: string }[] }) => parsed.problems.map((p) => p.code);

describe('a news app share page read into furniture', () => {
  it("reads the app bar's name and the script's JSON publishTime as written", async () => {
    const { document } = await read(
      page({
        app: '爱棠坪',
        script: 'window.__ARTICLE__ = {"id":"a1","publishTime":"2020-07-21 09:05:33"};',
      }),
    );
    expect(document.hints.furniture).toMatchObject({ app: '爱棠坪', appPublished: '2020-07-21 09:05:33' });
  });

  it('reads og:site_name and a millisecond timestamp in China time when the bar names no app', async () => {
    const { document } = await read(
      page({ og: '掌上棠坪', script: 'var info = {"pubTime":1595257200000};' }),
    );
    expect(document.hints.furniture).toMatchObject({ app: '掌上棠坪', appPublished: '2020-07-20 23:00' });
  });

  it('reads the app from the 下载…APP footer', async () => {
    const { document } = await read(
      page({ script: 'var d = {"releaseTime":"2020-07-21"};', footer: '下载棠坪发布APP，看更多本地新闻' }),
    );
    expect(document.hints.furniture).toMatchObject({ app: '棠坪发布', appPublished: '2020-07-21' });
  });

  it('turns millisecond stamps into Asia/Shanghai time', () => {
    expect(chinaTimeOf('1595257200000')).toBe('2020-07-20 23:00');
  });
});

describe('the meta stage on a news app share page', () => {
  it('dates the page and takes the place from the app, of the kind the body says, with warnings', async () => {
    const { parsed } = await read(
      page({ app: '爱棠坪', script: 'window.__ARTICLE__ = {"publishTime":"2020-07-21 09:05:33"};' }),
    );
    expect(parsed.report?.meta).toMatchObject({ region: '棠坪县', period: '2020-H1' });
    expect(codes(parsed)).toEqual(expect.arrayContaining(['region-from-page', 'period-from-page']));
  });

  it('takes the kind from the body (全区 → 区)', async () => {
    const { parsed } = await read(
      page({ app: '智慧棠坪', own: '区', script: 'var a = {"publishTime":"2020-07-21 09:05"};' }),
    );
    expect(parsed.report?.meta.region).toBe('棠坪区');
  });

  it('gives no place from a bare app name without a word around its stem', async () => {
    const { parsed } = await read(
      page({ app: '棠坪', script: 'var a = {"publishTime":"2020-07-21 09:05"};' }),
    );
    expect(parsed.report).toBeNull();
    expect(codes(parsed)).toContain('no-region');
  });
});
