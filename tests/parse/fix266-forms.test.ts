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

/** A district finance committee's 初审报告 on the half-year plan report, read before the standing committee meets. */
const PRELIMINARY_REVIEW = `关于区人民政府2026年上半年国民经济和社会发展计划执行情况的初审报告
——2026年8月20日在漕岘区第二届人民代表大会常务委员会第十四次会议上
区人大常委会财政经济委员会主任委员　林若川
主任、各位副主任、各位委员：
8月12日，区人大常委会财政经济委员会召开全体会议，对上半年计划执行情况进行了初步审查。现将初审情况报告如下：
财经委认为，上半年全区实现地区生产总值231.47亿元，同比增长5.9%；一般公共预算收入12.36亿元，同比增长6.2%。
`;

describe('a finance committee’s 初审报告 on the plan report (F5462)', () => {
  it('types it a review, as a committee’s 审查报告 is', async () => {
    const { report } = await ingestedReport(encode(PRELIMINARY_REVIEW), 'preliminary-review.txt');
    expect(report.meta.genre).toBe('review-opinion');
  });
});

/** A 1—8月 简析's problems, one point naming an earlier month's figure, a later one repeating the report's own. */
const POINT_PERIODS = `2026年1—8月泷屿县经济运行简析
泷屿县统计局
1—8月，全县一般公共预算收入6.18亿元，同比增长3.5%；其中税收收入4.02亿元，同比下降2.3%。
五、需关注的问题
一是企业效益承压，1—7月规模以上工业企业利润总额同比下降6.4%；二是消费恢复偏慢，商品房销售仍处负增长区间；三是税收收入同比下降2.3%，财政收支矛盾仍较突出。
`;

describe('a period word inside one point of an enumeration (F5463)', () => {
  it('scopes that point only; a later point keeps the report’s period', async () => {
    const { report } = await ingestedReport(encode(POINT_PERIODS), 'point-periods.txt');
    const tax = report.observations.filter(
      (o) => o.indicatorCode === 'tax-revenue' && o.measure === 'growth',
    );
    expect(tax.map((o) => o.period ?? null)).toEqual([null, null]);
    const profit = report.observations.find((o) => o.quantity?.value === -6.4);
    expect(profit?.period).toBe('2026-M1-7');
  });
});
