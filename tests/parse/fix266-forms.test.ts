// Forms the two-hundred-and-sixty-sixth held-out batch showed the parser missed (session 38, branch fix266):
// ranks within a province's named region (渝东北, 主城都市区, 川南经济区). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport } from '../helpers/report.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A county bureau's 简析 ranking its figures in the city and in its named region. */
const REGION_RANKS = `2026年1—5月涔漳县经济运行简析
涔漳县统计局
1—5月，全县规模以上工业增加值同比增长6.9%，居全市38个区县第15位；居渝东南6个区县第2位，与1—4月持平。
1—5月，全县固定资产投资同比增长5.1%，增速居川东北经济区第4位。
1—5月，全县社会消费品零售总额同比增长4.4%，在主城都市区21个区中排第8位。
`;

describe("a rank within a province's named region (F5461)", () => {
  it('keeps the region as its scope and its count as the size', async () => {
    const { report } = await ingestedReport(encode(REGION_RANKS), 'region-ranks.txt');
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['industrial-value-added', 15, 38, '全市'],
      ['industrial-value-added', 2, 6, '渝东南'],
      ['fixed-asset-investment', 4, null, '川东北经济区'],
      ['retail-sales', 8, 21, '主城都市区'],
    ]);
  });
});
