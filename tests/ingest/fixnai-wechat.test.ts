// A WeChat official-account article saved as .html (session 14, fixnai): the account's name and the
// publish time stand outside js_content, in the rich_media_meta_list (#js_name, <em id="publish_time">)
// and in the page's script (nickname = "…", ct = "<Unix seconds>"); saved pages often leave the time
// element empty. The ingest stage reads them into DocumentHints.furniture (account, accountPublished);
// the meta stage dates the page from them and takes the place from the account only of the body's kind.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { chinaTimeOf } from '../../src/ingest/html-wechat.js';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const BODY = (
  own: string,
) => `<section><span>今年以来，全${own}上下坚持稳中求进，经济运行总体平稳。</span></section>
<section><span>上半年，全${own}实现地区生产总值</span><span><strong>64.</strong></span><span><strong>28亿元</strong></span><span>，同比增长6.3%。</span></section>
<section><span>上半年，全${own}社会消费品零售总额完成21.05亿元，同比增长5.4%。</span></section>
<section><span>来源：${own}统计局</span></section>`;

const page = (opts: { account: string; time: string; ct?: string; own?: string; nameInMeta?: boolean }) =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="上半年经济运行情况"><title>上半年经济运行情况</title></head>
<body id="activity-detail"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">上半年经济运行情况</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
${opts.nameInMeta === false ? '' : `<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">${opts.account}</a></span>`}
<em id="publish_time" class="rich_media_meta rich_media_meta_text">${opts.time}</em></div>
<div class="rich_media_content" id="js_content">${BODY(opts.own ?? '区')}</div></div>
<script>var nickname = htmlDecode("${opts.account}"); var ct = "${opts.ct ?? ''}";</script></body></html>`);

const read = async (bytes: Uint8Array) => {
  const { document } = await ingest(bytes, { name: 'wechat.html' });
  if (!document) throw new Error('no document');
  return { document, parsed: parseDocument(document, { sourceName: 'wechat.html', sha256: '0' }) };
};
const codes = (parsed: { problems: { code: string }[] }) => parsed.problems.map((p) => p.code);

describe('a WeChat article page read into furniture', () => {
  it('reads the account name and the publish time as written', async () => {
    const { document } = await read(page({ account: '棠埔发布', time: '2022-07-19 18:30' }));
    expect(document.hints.furniture).toMatchObject({
      account: '棠埔发布',
      accountPublished: '2022-07-19 18:30',
    });
  });

  it("reads the script's ct in China's time when the time element is empty, and the script's nickname", async () => {
    const { document } = await read(
      page({ account: '棠埔发布', time: '', ct: '1657593000', nameInMeta: false }),
    );
    expect(document.hints.furniture).toMatchObject({
      account: '棠埔发布',
      accountPublished: '2022-07-12 10:30',
    });
  });

  it('prefers the timestamp to a shown time without its year', async () => {
    const { document } = await read(page({ account: '棠埔发布', time: '昨天', ct: '1657593000' }));
    expect(document.hints.furniture).toMatchObject({ accountPublished: '2022-07-12 10:30' });
  });

  it('turns Unix seconds into Asia/Shanghai time across midnight UTC', () => {
    expect(chinaTimeOf('1640966400')).toBe('2022-01-01 00:00');
    expect(chinaTimeOf('not-a-time')).toBeNull();
  });
});

describe('the meta stage on a WeChat page', () => {
  it('dates the page and takes the place from a news account, of the kind the body says', async () => {
    const { parsed } = await read(page({ account: '棠埔发布', time: '', ct: '1657593000' }));
    expect(parsed.report?.meta).toMatchObject({
      region: '棠埔区',
      period: '2022-H1',
      genre: 'news-summary',
      publishedAt: '2022-07-12T10:30:00+08:00',
    });
    expect(codes(parsed)).toEqual(expect.arrayContaining(['region-from-page', 'period-from-page']));
    expect(parsed.problems.find((p) => p.code === 'region-from-page')?.message).toContain('WeChat account');
  });

  it('takes no place from an account whose kind the body does not call its own', async () => {
    const { parsed } = await read(page({ account: '棠埔区发布', time: '2022-07-19 18:30', own: '县' }));
    expect(parsed.report).toBeNull();
    expect(codes(parsed)).toContain('no-region');
  });

  it("reads a statistics office's own account as no news desk", async () => {
    const { parsed } = await read(page({ account: '棠埔统计', time: '2022-07-19 18:30' }));
    expect(parsed.report?.meta.genre).toBe('statistics-analysis');
    expect(parsed.report?.meta.region).toBe('棠埔区');
  });
});
