// A government site's page whose place and date stand only in its furniture (session 14, gweb): the
// page specification's <meta> tags, the 政府信息公开 table above a document, the footer's 主办单位.
// The ingest stage reads them into DocumentHints.furniture; the meta stage trusts them after the text.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const BODY = `<p>今年以来，全县上下坚持稳中求进，经济运行总体平稳。</p>
<p>上半年，全县实现地区生产总值52.37亿元，同比增长5.8%。规模以上工业增加值同比增长7.2%。</p>
<p>上半年，全县社会消费品零售总额完成18.64亿元，同比增长6.1%。</p>`;

const page = (head: string, above: string, footer: string, title = '上半年全县经济运行情况') =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">政务公开</a></div>
${above}
<div class="article"><h1>${title}</h1><div id="zoom">${BODY}</div></div>
<div class="footer">${footer}</div></body></html>`);

const META = `<meta name="SiteName" content="溪埠县人民政府"><meta name="ColumnName" content="统计信息">
<meta name="ArticleTitle" content="上半年全县经济运行情况"><meta name="PubDate" content="2021-07-23 10:05">
<meta name="ContentSource" content="县统计局">`;
const OPEN_TABLE = `<table class="xxgk"><tr><td>索&nbsp;引&nbsp;号：</td><td>11339901X/2021-00318</td><td>主题分类：</td><td>统计</td></tr>
<tr><td>发布机构：</td><td>溪埠县统计局</td><td>成文日期：</td><td>2021-07-20</td></tr>
<tr><td>文　　号：</td><td>溪统〔2021〕12号</td><td>发布日期：</td><td>2021-07-23</td></tr></table>`;
const OPEN_GRID = `<div class="xxgk"><ul><li>索引号：11339901X/2021-00318</li><li>发布机构：溪埠县统计局</li>
<li>生成日期：2021-07-20</li><li>文号：溪统〔2021〕12号</li></ul></div>`;
const FOOTER = '<p>主办单位：溪埠县人民政府办公室　网站标识码：3310990099　浙ICP备00000000号</p>';

const read = async (bytes: Uint8Array) => {
  const { document } = await ingest(bytes, { name: 'art_1229_1.html' });
  if (!document) throw new Error('no document');
  return { document, parsed: parseDocument(document, { sourceName: 'page.html', sha256: '0' }) };
};
const codes = (parsed: { problems: { code: string }[] }) => parsed.problems.map((p) => p.code);

describe('the furniture read into hints', () => {
  it('reads the meta tags and the footer', async () => {
    const { document } = await read(page(META, '', FOOTER));
    expect(document.hints.furniture).toMatchObject({
      siteName: '溪埠县人民政府',
      columnName: '统计信息',
      pubDate: '2021-07-23 10:05',
      contentSource: '县统计局',
      siteOwner: '溪埠县人民政府办公室',
      publisher: null,
    });
  });

  it.each([
    ['a table of label and value cells', OPEN_TABLE],
    ['a list of label：value items', OPEN_GRID],
  ])('reads the 公开 table as %s', async (_, table) => {
    const { document } = await read(page('', table, ''));
    expect(document.hints.furniture).toMatchObject({
      publisher: '溪埠县统计局',
      writtenOn: '2021-07-20',
      documentNumber: '溪统〔2021〕12号',
      index: '11339901X/2021-00318',
    });
    expect(document.text).not.toContain('溪统');
  });

  it('is null for a page that shows none of it', async () => {
    expect((await read(page('', '', '<p>联系我们</p>'))).document.hints.furniture).toBeNull();
  });
});

describe('the place and the year taken from the furniture', () => {
  it('reads the region from the SiteName tag and the year from PubDate, with warnings', async () => {
    const { parsed } = await read(page(META, '', ''));
    expect(parsed.report?.meta).toMatchObject({ region: '溪埠县', period: '2021-H1' });
    expect(parsed.report?.meta.publishedAt).toBe('2021-07-23T10:05:00+08:00');
    expect(codes(parsed)).toEqual(expect.arrayContaining(['region-from-page', 'period-from-page']));
    expect(parsed.problems.find((p) => p.code === 'region-from-page')?.message).toContain('SiteName');
  });

  it('reads the 公开 table before the site, and its 成文日期 for the year', async () => {
    const { parsed } = await read(page('', OPEN_TABLE, FOOTER));
    expect(parsed.report?.meta).toMatchObject({ region: '溪埠县', period: '2021-H1' });
    const notes = parsed.problems.map((p) => p.message).join('\n');
    expect(notes).toContain('发布机构');
    expect(notes).toContain('成文日期');
  });

  it('reads the footer alone', async () => {
    const { parsed } = await read(page('', '', FOOTER, '2021年上半年全县经济运行情况'));
    expect(parsed.report?.meta.region).toBe('溪埠县');
    expect(codes(parsed)).not.toContain('period-from-page');
  });

  it("passes over a site of another kind than the text's 全县 (a city's site carrying a county's page)", async () => {
    const cityMeta = META.replace('溪埠县人民政府', '溪州市人民政府');
    const { parsed } = await read(page(cityMeta, '', FOOTER.replace('溪埠县', '溪州市')));
    expect(codes(parsed)).toContain('no-region');
  });

  it('gives way to a place the text names', async () => {
    const { parsed } = await read(page(META, '', FOOTER, '岚坪县2022年上半年经济运行情况'));
    expect(parsed.report?.meta).toMatchObject({ region: '岚坪县', period: '2022-H1' });
    expect(codes(parsed)).not.toContain('region-from-page');
    expect(codes(parsed)).not.toContain('period-from-page');
  });
});
