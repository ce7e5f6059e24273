// parseDocument: a table the source file marked (an HTML or Word table) is read as a table where it
// stands, even when neither a caption nor a header the text reader knows announces it.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';

const page = `<html><head><meta charset="utf-8"></head><body><div id="zoom">
<h1>北岭县2022年上半年国民经济和社会发展计划执行情况的报告</h1>
<p>来源:北岭县发展和改革局 发布时间:2022-07-30 16:20:05</p>
<p>一、上半年经济运行情况</p>
<p>上半年，全县经济运行总体平稳，主要指标完成情况如下。</p>
<table>
<tr><td>主要经济指标</td><td>全年目标</td><td>上半年完成</td><td>增速排名</td></tr>
<tr><td>地区生产总值（亿元）</td><td>7%左右</td><td>5.2%</td><td>4</td></tr>
<tr><td>城镇登记失业率</td><td></td><td></td><td></td></tr>
<tr><td>规模以上工业增加值</td><td>8%</td><td>6.8%</td><td>2</td></tr>
</table>
<p>二、下半年工作打算</p>
</div></body></html>`;

describe('parseDocument', async () => {
  const { document } = await ingest(new TextEncoder().encode(page), { name: 'page.html' });
  if (!document) throw new Error('no document');

  it('reads a table block whose header the text reader does not know', () => {
    const { report, problems } = parseDocument(document, { sourceName: 'page.html', sha256: '0' });
    expect(problems).toEqual([]);
    expect(report?.table?.layout).toBe('tab');
    expect(report?.table?.columns.map((c) => c.role)).toEqual(['indicator', 'target', 'actual', 'rank']);
    // The row of empty cells is a row too, though its line has no tab left once trimmed.
    expect(report?.table?.rowCount).toBe(3);
    expect(report?.targets.map((t) => `${t.indicatorCode} ${t.comparator} ${t.value}`)).toEqual([
      'gdp approx 7',
      'industrial-value-added eq 8',
    ]);
    expect(report?.rankings.map((r) => `${r.indicatorCode} ${r.rank}`)).toEqual([
      'gdp 4',
      'industrial-value-added 2',
    ]);
    expect(report?.observations.filter((o) => o.source === 'table')).toHaveLength(2);
  });

  it('where the same text without its blocks has no table', () => {
    const { report } = parseReportText(document.text, { sourceName: 'page.txt' });
    expect(report?.table).toBeNull();
    expect(report?.targets).toEqual([]);
  });
});
