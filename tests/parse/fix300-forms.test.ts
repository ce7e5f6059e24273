// Forms the three-hundredth held-out batch showed the parser missed (session 40, branch fix300): ship calls a port
// berths counted in 艘次 (F6121). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('ship calls counted by the call, 艘次 (F6121)', () => {
  it('is one unit, not a bare number', () => {
    const report = parsedReport(
      [
        '汀湄县2025年上半年经济运行情况',
        '上半年，全县实现地区生产总值152.4亿元，同比增长5.6%。汀湄港完成货物吞吐量1236万吨，同比增长6.4%；港口共靠泊各类船舶3157艘次，同比增长5.2%。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '汀湄县' },
    );
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws).toContain('3157艘次');
    expect(raws).not.toContain('3157');
  });
});
