// Forms of county news pages (docs/prose-forms.md, "Forms of county news pages (gnews)"), in pages and
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';

const readPage = async (html: string) => {
  const { document, problems } = await ingest(new TextEncoder().encode(html), { name: 'gnews.html' });
  if (!document) throw new Error(JSON.stringify(problems));
  return document;
};

const report = (...lines: string[]) => {
  const { report, problems } = parseReportText(lines.join('\n'), { sourceName: 'gnews.txt' });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};

describe('an info line whose fields each stand in a <span>', () => {
  const html = `<html><head><meta charset="utf-8"><title>泮溪县上半年经济运行稳中向好_县域经济_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xyjj/">县域经济</a></div>
<div class="article"><h1>泮溪县：上半年经济运行稳中向好</h1>
<div class="article-info"><span>2024-07-29 10:21:06</span> <span>[来源：蓼州日报]</span> <span>[作者：某某]</span> <span>字体：【<a href="/a?fs=16">大</a> <a href="/a?fs=14">中</a> <a href="/a?fs=12">小</a>】</span></div>
<div id="zoom"><p>蓼州日报讯 今年以来，泮溪县经济运行稳中向好：上半年，全县地区生产总值同比增长5.3%；完成社会消费品零售总额12.46亿元，同比增长6.1%。</p>
<p>农业生产平稳。上半年，全县完成农林牧渔业总产值8.72亿元，增长3.4%。</p></div></div>
<div class="footer">某ICP备00000000号</div></body></html>`;

  it('is read as the whole line, so the date beside the 来源 span is kept', async () => {
    const document = await readPage(html);
    expect(document.hints.infoLine).toBe('2024-07-29 10:21:06 [来源：蓼州日报] [作者：某某]');
  });

  it('gives the year of a headline and text that say only 上半年', async () => {
    const { report } = parseDocument(await readPage(html), { sourceName: 'gnews.html', sha256: 'x' });
    expect(report?.meta.period).toBe('2024-H1');
    expect(report?.meta.publishedAt).toBe('2024-07-29T10:21:06+08:00');
  });
});
