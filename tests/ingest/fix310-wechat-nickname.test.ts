// A WeChat article saved with the account's name only in the meta list's span (session 41, fix310, F6374):
// <span class="rich_media_meta_nickname">…</span> with no #js_name link inside and no script. The name is the
// page's account, so a county's 发布 account carrying the bureau's figures publishes news. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport } from '../helpers/report.js';

const page = new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>上半年，蒲澜经济稳中有进</title></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">上半年，蒲澜经济稳中有进</h1>
<div class="rich_media_meta_list"><span class="original_tag">原创</span>
<span class="rich_media_meta_nickname">蒲澜发布</span><em id="publish_time">2021-07-23 18:10</em></div>
<div class="rich_media_content" id="js_content">
<p>上半年，全区实现地区生产总值86.4亿元，同比增长7.2%。</p>
<p>社会消费品零售总额完成31.7亿元，增长9.5%。</p>
<p>来源：蒲澜区统计局</p>
</div></div></body></html>`);

describe("a WeChat page's account named only in the meta list's span (F6374)", () => {
  it('is read as the account, and the page as its news', async () => {
    const { document, report } = await ingestedReport(page, 'wechat.html');
    expect(document.hints.furniture).toMatchObject({ account: '蒲澜发布' });
    expect(report.meta.genre).toBe('news-summary');
  });
});
