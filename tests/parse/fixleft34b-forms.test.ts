// Forms older fixtures' leftovers showed the parser missed (session 34, branch fixleft34b): an evaluation
// table's row for R&D spending intensity (研发经费投入强度, in %), whose figure is the ratio itself, not a
// growth; a capacity opening a project's name (甲县N万吨…加工项目), no fact; a quarter's goals
// chained after 四季度力争…，, no full-year target. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

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
    if (!document) throw new Error('the page was not read');
    const { report } = parseDocument(document, { sourceName: 'page.html', sha256: '0' });
    const intensity = (report?.observations ?? []).filter((o) => o.indicatorName === '研发经费投入强度');
    expect(intensity.map((o) => [o.measure, o.quantity?.value])).toEqual([['rate', 2.15]]);
  });
});

describe('F3862: a capacity that opens a project’s name', () => {
  it('reads no fact from 推动某县N万吨…加工项目竣工投产, the figure part of the name', () => {
    const read = parsedReport(
      [
        '澪岗县2026年前三季度经济运行分析会召开',
        '前三季度，全县地区生产总值80.3亿元，同比增长5.2%。',
        '一要全力冲刺项目建设，推动澪岗县35万吨玉米深加工项目12月底前竣工投产，澪岗至石渠公路完成年度投资3.2亿元。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    expect(read.facts.some((f) => f.quantity.unit === '万吨')).toBe(false);
    expect(read.facts.some((f) => f.quantity.value === 3.2 && f.quantity.unit === '亿元')).toBe(true);
  });
});

describe('F3863: a quarter’s goals chained after 四季度力争', () => {
  it('reads the chained 实现…X亿元 as no target of the year', () => {
    const read = parsedReport(
      [
        '澪岗县2026年前三季度经济运行分析会召开',
        '前三季度，全县地区生产总值80.3亿元，同比增长5.2%；招商引资实际到位资金14.2亿元。',
        '会议要求，一要全力冲刺项目建设；四季度力争新签约亿元以上项目4个，实现招商引资到位资金4.8亿元。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    expect(read.targets.some((t) => t.value === 4.8)).toBe(false);
    expect(read.facts.some((f) => f.quantity.value === 4.8)).toBe(true);
  });
});
