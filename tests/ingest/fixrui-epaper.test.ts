// A city paper's e-paper (数字报) article page (session 14, fixrui): the date stands only in the
// banner beside the 版次 (2020年10月27日 星期二 第A3版：要闻), the paper's name only in the masthead (the
// logo's alt text, the <title> before 数字报, the breadcrumb). The ingest stage reads them into
// DocumentHints.furniture (paper, paperIssued); the meta stage dates the page from the banner and takes
// the place from the paper's name, of the kind the text calls its own (全市 → 棠埔市), warning of both.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { paperPlace } from '../../src/parse/page-furniture.js';

const page = (opts: { logo?: string; title?: string; crumb?: string; banner?: string; own?: string }) => {
  const own = opts.own ?? '市';
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${opts.title ?? '棠埔日报数字报-前三季度经济运行平稳'}</title></head><body>
<div class="top"><div class="logo"><img src="/logo.png" alt="${opts.logo ?? ''}"></div>
<div class="banner">${opts.banner ?? '2020年10月27日　星期二　第A3版：要闻'}　<a href="/epaper/">往期回顾</a></div></div>
<div class="left"><p><a href="node_1.htm">第A1版：头版</a></p><p><a href="node_3.htm">第A3版：要闻</a></p></div>
<div class="right"><div class="crumb">当前位置：${opts.crumb ?? '棠埔日报'} &gt; 第A3版：要闻 &gt; 正文</div>
<h1 class="title">前三季度经济运行平稳</h1><div class="author">本报记者 周敏</div>
<div class="content"><p>本报讯 10月26日，记者从${own}统计局获悉，今年前三季度，全${own}经济运行总体平稳。</p>
<p>前三季度，全${own}完成地区生产总值315.4亿元，同比增长6.1%。全${own}社会消费品零售总额126.8亿元，同比增长7.3%。</p>
<p>前三季度，全${own}一般公共预算收入21.06亿元，同比增长5.2%。</p></div></div>
<div class="footer"><p>棠埔日报社版权所有</p></div></body></html>`);
};

const read = async (bytes: Uint8Array) => {
  const { document } = await ingest(bytes, { name: 'epaper.html' });
  if (!document) throw new Error('no document');
  return { document, parsed: parseDocument(document, { sourceName: 'epaper.html', sha256: '0' }) };
};
const codes = (parsed: { problems: { code: string }[] }) => parsed.problems.map((p) => p.code);

describe('an e-paper page read into furniture', () => {
  it("reads the logo's paper and the banner's date as written", async () => {
    const { document } = await read(page({ logo: '棠埔日报' }));
    expect(document.hints.furniture).toMatchObject({
      paper: '棠埔日报',
      paperIssued: '2020年10月27日 星期二',
    });
  });

  it('reads the paper from the <title> before 数字报, else from the breadcrumb', async () => {
    expect((await read(page({}))).document.hints.furniture?.paper).toBe('棠埔日报');
    const crumbOnly = await read(page({ title: '前三季度经济运行平稳', crumb: '棠埔晚报' }));
    expect(crumbOnly.document.hints.furniture?.paper).toBe('棠埔晚报');
  });

  it('reads a banner whose date stands in brackets after the 版次', async () => {
    const { document } = await read(page({ banner: '第A3版：要闻　2020年10月27日（星期二）' }));
    expect(document.hints.furniture?.paperIssued).toBe('2020年10月27日（星期二）');
  });

  it('keeps no e-paper furniture on a page without a 版次', async () => {
    const bytes = new TextEncoder().encode(`<html><head><title>棠埔日报-经济运行平稳</title></head><body>
<div class="content"><p>今年前三季度，全市经济运行总体平稳。前三季度，全市完成地区生产总值315.4亿元，同比增长6.1%。</p></div></body></html>`);
    const { document } = await read(bytes);
    expect(document.hints.furniture?.paper ?? null).toBeNull();
  });
});

describe('the meta stage on an e-paper page', () => {
  it('dates the page from the banner and takes the place from the paper, of the kind the text says', async () => {
    const { parsed } = await read(page({ logo: '棠埔日报' }));
    expect(parsed.report?.meta).toMatchObject({
      region: '棠埔市',
      period: '2020-Q3',
      genre: 'news-summary',
      publishedAt: '2020-10-27T00:00:00+08:00',
    });
    expect(codes(parsed)).toEqual(expect.arrayContaining(['region-from-page', 'period-from-page']));
    expect(parsed.problems.find((p) => p.code === 'region-from-page')?.message).toContain('e-paper masthead');
    expect(parsed.problems.find((p) => p.code === 'period-from-page')?.message).toContain('e-paper banner');
  });

  it("takes no county from a city's paper", () => {
    expect(paperPlace('棠埔日报', '县')).toBe('棠埔县');
    expect(paperPlace('棠州日报', '县')).toBeNull();
    expect(paperPlace('棠州日报', '市')).toBe('棠州市');
    expect(paperPlace('棠埔县报', '市')).toBeNull();
    expect(paperPlace('棠埔日报', null)).toBeNull();
  });
});
