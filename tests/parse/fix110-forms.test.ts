// Forms the one-hundred-and-tenth held-out batch showed the parser missed (session 31, branch fix110): a rank
// among the province's places of a kind written without their count (居全省县（市）第N位); a table note that
// names a row and sends its figures to an earlier period (注：2.甲为1—8月数据); 新建商品房销售面积 as the
// catalogue's floor space sold. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '关于渌岙市2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '（一）工业经济。规模以上工业增加值增长7.4%，高于年度目标0.4个百分点，增速居全省县（市）第6位；规模以上工业总产值863.2亿元，增长6.9%。',
  '（二）外贸。外贸进出口总额214.7亿元，增长8.1%，增幅列全省县（市、区）第11位，较一季度前移3位。',
].join('\n');

const planRanks = () =>
  parsedReport(PLAN, { sourceName: 'plan.txt' }).rankings.map((r) => [
    r.indicatorCode,
    r.rank,
    r.of,
    r.scope,
    r.change,
  ]);

describe('a rank among the province’s places of a kind, not counted: 居全省县（市）第N位 (F2461)', () => {
  it('ranks the chain’s indicator within the province, of no size', () => {
    expect(planRanks()).toContainEqual(['industrial-value-added', 6, null, '全省', null]);
  });

  it('reads 列 with a bracket of two kinds and the move after it', () => {
    expect(planRanks()).toContainEqual(['foreign-trade', 11, null, '全省', 3]);
  });
});
