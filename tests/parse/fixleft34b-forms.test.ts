// Forms older fixtures' leftovers showed the parser missed (session 34, branch fixleft34b): an evaluation
// table's row for R&D spending intensity (研发经费投入强度, in %), whose figure is the ratio itself, not a
// growth. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const page = `<html><head><meta charset="utf-8"><title>关于澪岗县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告</title></head><body><div id="zoom">
<p>关于澪岗县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告</p>
<p>2022年全县地区生产总值121.8亿元，两年年均增长4.5%。</p>
<table border="1">
<tr><th>指标</th><th>2020年基数</th><th>2025年目标</th><th>2022年实际</th><th>年均增长（%）</th><th>进展评价</th></tr>
<tr><td>地区生产总值（亿元）</td><td>110.2</td><td>150左右</td><td>121.8</td><td>4.5</td><td>滞后</td></tr>
<tr><td>研发经费投入强度（%）</td><td>1.62</td><td>2.8</td><td>2.15</td><td>[0.53]</td><td>滞后</td></tr>
</table>
</div></body></html>`;

describe('F3861: an evaluation table’s 研发经费投入强度 row', () => {
  it('reads the row’s % under the year’s actual as the ratio itself, not a growth', async () => {
    const { document } = await ingest(new TextEncoder().encode(page), { name: 'page.html' });
    const { report } = parseDocument(document, { sourceName: 'page.html', sha256: '0' });
    const intensity = (report?.observations ?? []).filter((o) => o.indicatorName === '研发经费投入强度');
    expect(intensity.map((o) => [o.measure, o.quantity?.value])).toEqual([['rate', 2.15]]);
  });
});
