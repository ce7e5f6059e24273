// A county portal page whose info cell carries a hit counter before its update time, and whose only
// place is the site name its <title> ends with (session 13, fixrong). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ingestedDocument } from '../helpers/report.js';

const page = (title: string, info: string, body: string) =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<table><tr><td class="nav"><a href="/">网站首页</a> | <a href="/news/">新闻中心</a></td></tr></table>
<table><tr><td class="arttitle"><strong>我县上半年经济运行平稳向好</strong></td></tr>
<tr><td class="artinfo">${info}</td></tr>
<tr><td class="artcontent">${body}</td></tr></table></body></html>`);

const BODY = `<p>　　本网讯 今年以来，全县上下认真落实各项政策措施，经济运行平稳向好。</p>
<p>　　据县统计局统计，上半年全县完成生产总值31.26亿元，同比增长9.4%。其中，第一产业增加值4.18亿元，增长4.2%。</p>
<p>　　上半年，全县社会消费品零售总额完成11.52亿元，同比增长16.3%。</p>`;

const read = async (title: string, info: string, body = BODY) => {
  const document = await ingestedDocument(page(title, info, body), { name: 'news/2009/0721.html' });
  return { document, parsed: parseDocument(document, { sourceName: 'page.html', sha256: '0' }) };
};

describe('a counter in the info line', () => {
  it.each([
    ['作者：李文　来源：县统计局　点击数：<span id="hits">412</span>　更新时间：2009-7-21'],
    ['作者：李文　来源：县统计局　点击数：<span id="hits"></span>　更新时间：2009-7-21'],
    ['来源：县统计局　浏览次数：[ 1024 ]次　更新时间：2009-7-21'],
    ['来源：县统计局　阅读次数：<script>document.write(1)</script>　更新时间：2009-7-21　【打印】【关闭】'],
  ])('drops only itself: %s', async (info) => {
    const { document, parsed } = await read('我县上半年经济运行平稳向好_苇溪新闻_苇溪县人民政府', info);
    expect(document.hints.infoLine).toMatch(/来源：县统计局[\s\u3000]+更新时间：2009-7-21$/);
    expect(parsed.report?.meta.period).toBe('2009-H1');
  });

  it('still cuts 字号 and 打印 to the end of the line', async () => {
    const { document } = await read(
      '标题_苇溪县人民政府',
      '来源：县统计局　发布时间：2009-07-21　字号：大 中 小　【打印】',
    );
    expect(document.hints.infoLine).toBe('来源：县统计局　发布时间：2009-07-21');
  });
});

describe("the <title>'s site name", () => {
  it('is passed as a hint', async () => {
    const { document } = await read(
      '我县上半年经济运行平稳向好_苇溪新闻_苇溪县人民政府',
      '来源：县统计局　更新时间：2009-7-21',
    );
    expect(document.hints.title).toBe('我县上半年经济运行平稳向好');
    expect(document.hints.site).toBe('苇溪县人民政府');
  });

  it('gives the region of a text that says only 全县, with a region-from-page note', async () => {
    const { parsed } = await read(
      '我县上半年经济运行平稳向好_苇溪新闻_苇溪县政府门户网站',
      '来源：县统计局　更新时间：2009-7-21',
    );
    expect(parsed.report?.meta.region).toBe('苇溪县');
    expect(parsed.problems.map((p) => p.code)).toContain('region-from-page');
  });

  it("is not taken when its place is of another kind than the text's own (全县 under a 市's site)", async () => {
    const { parsed } = await read(
      '我县上半年经济运行平稳向好_苇州市人民政府',
      '来源：县统计局　更新时间：2009-7-21',
    );
    expect(parsed.report).toBeNull();
    expect(parsed.problems.map((p) => p.code)).toContain('no-region');
  });

  it('is not taken when the text names its region', async () => {
    const body = BODY.replace('今年以来，全县上下', '今年以来，苇东县上下');
    const { parsed } = await read(
      '苇东县上半年经济运行平稳向好_苇溪县人民政府',
      '来源：县统计局　更新时间：2009-7-21',
      body,
    );
    expect(parsed.report?.meta.region).toBe('苇东县');
    expect(parsed.problems.map((p) => p.code)).not.toContain('region-from-page');
  });

  it('is not taken from a site that is no government (…新闻网)', async () => {
    const { parsed } = await read(
      '我县上半年经济运行平稳向好_苇溪新闻网',
      '来源：县统计局　更新时间：2009-7-21',
    );
    expect(parsed.report).toBeNull();
  });
});
