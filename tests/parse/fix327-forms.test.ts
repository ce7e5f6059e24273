// Forms held-out-327 showed the parser missed (session 42, branch fix327): a county 发改局's 主要指标 sheet whose
// 序时进度 column (75 in each level row) is followed by a bare 差距（±） column, each row's gap to the schedule or,
// in a growth row, to its goal. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const parseHtml = async (html: string) => {
  const { document } = await ingest(new TextEncoder().encode(html), { name: 'page.html' });
  if (!document) throw new Error('no document');
  const { report } = parseDocument(document, { sourceName: 'page.html', sha256: '0' });
  if (!report) throw new Error('no report');
  return report;
};

describe('F6691 a 序时进度 column followed by a bare 差距（±） column in a plan sheet', () => {
  const html = [
    '<html><head><meta charset="utf-8"><title>棠屿县2025年前三季度计划执行主要指标</title></head><body><div class="content">',
    '<h1>棠屿县2025年前三季度国民经济和社会发展计划执行情况主要指标</h1>',
    '<table><tr><td>指标</td><td>单位</td><td>年度目标</td><td>1—9月</td><td>增长%</td><td>完成年度目标%</td><td>序时进度</td><td>差距（±）</td></tr>',
    '<tr><td>地区生产总值增速</td><td>%</td><td>7</td><td>—</td><td>6.2</td><td>—</td><td>—</td><td>-0.8</td></tr>',
    '<tr><td>固定资产投资</td><td>亿元</td><td>64</td><td>50.56</td><td>3.3</td><td>79</td><td>75</td><td>4</td></tr>',
    '<tr><td>社会消费品零售总额</td><td>亿元</td><td>40</td><td>28.4</td><td>5.1</td><td>71</td><td>75</td><td>-4</td></tr></table>',
    '<p>注：序时进度按75%计算。</p></div></body></html>',
  ].join('');

  it('reads the gap column as comparisons in points, the schedule as no share', async () => {
    const report = await parseHtml(html);
    const gaps = report.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value ?? null, o.quantity?.unit ?? null, o.comparedWith]);
    expect(gaps).toEqual([
      ['gdp', -0.8, '个百分点', '目标'],
      ['fixed-asset-investment', 4, '个百分点', '时序进度'],
      ['retail-sales', -4, '个百分点', '时序进度'],
    ]);
    const shares = report.observations.filter((o) => o.measure === 'share').map((o) => o.quantity?.value);
    expect(shares).toEqual([79, 71]);
    expect(report.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([
      6.2, 3.3, 5.1,
    ]);
  });
});
