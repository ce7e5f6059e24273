// Forms the three-hundred-and-forty-fourth held-out batch showed the parser missed (session 43, branch fix344): the
// signed-for foreign investment with 比上年增长 after it (F7001). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const communique = (...prose: string[]) =>
  parsedReport(['缙潾区2005年国民经济和社会发展统计公报', '一、对外经济', ...prose].join('\n'), {
    sourceName: 'communique.txt',
  });

const observed = (...prose: string[]) =>
  communique(...prose).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('合同利用外资X亿美元，比上年增长A% (F7001)', () => {
  it('is the signed-for investment with its level and growth, as 同比增长 gives them', () => {
    expect(
      observed('全年新批外商投资项目74个，合同利用外资7.38亿美元，比上年增长6.2%；实际利用外资3.05亿美元。'),
    ).toEqual(
      expect.arrayContaining([
        ['合同利用外资', 'level', 7.38],
        ['合同利用外资', 'growth', 6.2],
      ]),
    );
  });
});
