// 旅游总消费: a Guangxi communique's name for the tourism revenue. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('旅游总消费', () => {
  it('reads as the tourism revenue, with its growth', () => {
    const { report } = parseReportText(
      [
        '澄阳市2020年国民经济和社会发展统计公报',
        '五、旅游',
        '全年全市接待游客803.6万人次，比上年下降12.5%；旅游总消费达到71.42亿元，下降9.8%。',
        '',
      ].join('\n'),
      { sourceName: 'tourism.txt' },
    );
    const read = (report?.observations ?? [])
      .filter((o) => o.indicatorCode === 'tourism-revenue')
      .map((o) => `${o.measure} ${o.quantity?.value} ${o.quantity?.unit}`);
    expect(read).toEqual(['level 71.42 亿元', 'growth -9.8 %']);
  });
});
