// A WeChat public account's copy of a bureau's analysis saved as a page: the follow prompt, the
// byline with the date, and the counts and credits after the article. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const html = `<html><head><meta charset="utf-8"><title>1-5月经济运行情况</title></head><body>
<div id="img-content"><h1 class="rich_media_title">1-5月经济运行情况</h1>
<div id="meta_content"><span>原创</span> <a id="js_name">漳屿区统计局</a> <em id="publish_time">2024-06-20 18:00</em> <em>发表于福建</em></div>
<div id="js_content">
<p>点击蓝字关注我们</p>
<p>1-5月，全区实现规模以上工业增加值同比增长7.3%，增速高于全市平均水平1.2个百分点。</p>
<p>全区固定资产投资同比增长9.6%。</p>
<p>图片来源：网络</p>
<p>编辑｜柯某某 审核｜邝某某</p>
</div>
<div id="js_tags"><a>阅读原文</a><span>阅读 2871</span><span>在看 64</span><span>点赞 153</span></div>
</div></body></html>`;

describe('a WeChat copy saved as a page', () => {
  it('reads the period from the byline and no figure of the furniture', async () => {
    const { document } = await ingest(new TextEncoder().encode(html), { name: 'wechat.html' });
    if (!document) throw new Error('no document');
    const { report } = parseDocument(document, { sourceName: 'wechat.html', sha256: '0' });
    expect(report?.meta).toMatchObject({
      genre: 'statistics-analysis',
      region: '漳屿区',
      period: '2024-M1-5',
    });
    expect(report?.facts.map((f) => f.quantity.value).sort((a, b) => a - b)).toEqual([1.2, 7.3, 9.6]);
  });
});
