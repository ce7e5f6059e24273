// Forms the one-hundred-and-seventy-third and -seventy-seventh held-out batches showed the parser missed (session 34,
// branch fix173): a places sheet titled …各县区主要指标对比 (its parent named only in the title) lost the parent of
// its ranks. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

/** A county bureau's workbook as its text: its own indicators, then a sheet comparing the city's counties. */
const COMPARE_SHEETS = [
  '甲山县2025年1—8月主要经济指标',
  '指标名称\t单位\t1—8月\t同比增长（%）',
  '社会消费品零售总额\t万元\t215430\t5.5',
  '地方财政收入\t万元\t18320\t3.1',
  '甲山县统计局',
  '2025年1—8月乙州市各县区主要指标对比',
  '单位：%',
  '县区\t规模以上工业增加值增速\t位次\t固定资产投资增速\t位次',
  '全市\t6.1\t—\t4.4\t—',
  '丙城区\t5.2\t4\t3.3\t3',
  '甲山县\t7.4\t1\t2.6\t4',
  '丁水县\t6.8\t2\t5.9\t1',
  '戊岭县\t5.9\t3\t4.7\t2',
  '注：位次按增速在全市4个县区中排列。',
  '甲山县统计局',
].join('\n');

describe('a places sheet titled …各县区主要指标对比 (F3721)', () => {
  it('ranks the own county in the parent the title names', () => {
    const report = parsedReport(COMPARE_SHEETS, { sourceName: 'indicators.xls' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['industrial-value-added', 1, 4, '乙州市'],
      ['fixed-asset-investment', 4, 4, '乙州市'],
    ]);
  });
});
