// Forms of a city paper's e-paper page on its 前三季度 (session 14, fixrui, after held-out-18's
// ruichuan page): a rank among the province's 省辖市 (设区市, 地级市) with the move beside it, whose group
// is no count of its own, and an online retail growth of the firms above the quota (限额以上单位),
// which is not all online retail. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) =>
  parsedReport(['棠埔市2020年前三季度经济运行情况', ...lines].join('\n'), { sourceName: 'fixrui.txt' });

describe("a rank among the province's 省辖市", () => {
  it.each([
    ['增速居全省17个省辖市第4位，比上半年前移3位', 4, 17, 3],
    ['增速居全省13个设区市第2位，比上半年前移1位', 2, 13, 1],
    ['增速居全省11个地级市第6位', 6, 11, null],
  ])('%s: the rank, its group size and the move; the group no count', (form, rank, of, change) => {
    const parsed = report([`前三季度，全市完成地区生产总值415.2亿元，同比增长6.4%，${form}。`]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change ?? null])).toEqual([
      ['gdp', rank, of, change],
    ]);
    expect(parsed.facts.filter((f) => f.quantity.unit === '个')).toEqual([]);
  });
});

describe('online retail of the firms above the quota', () => {
  it.each(['限额以上单位网上零售额', '限上网上零售额'])(
    '%s增长21.4%%: named as written, not all online retail',
    (name) => {
      const parsed = report([
        `前三季度，全市社会消费品零售总额215.3亿元，同比增长8.2%。其中，${name}增长21.4%。`,
      ]);
      const growth = parsed.observations.find((o) => o.quantity?.value === 21.4);
      expect(growth?.indicatorName).toBe(name);
      expect(growth?.indicatorCode).not.toBe('online-retail-sales');
    },
  );

  it('keeps 网上零售额 without the quota all online retail', () => {
    const parsed = report([
      '前三季度，全市社会消费品零售总额215.3亿元，同比增长8.2%。全市网上零售额32.6亿元，同比增长19.5%。',
    ]);
    expect(parsed.observations.find((o) => o.quantity?.value === 19.5)?.indicatorCode).toBe(
      'online-retail-sales',
    );
  });
});
