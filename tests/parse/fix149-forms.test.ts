// Forms the one-hundred-and-forty-ninth held-out batch showed the parser missed (session 33, branch fix149): a
// 人大 news page whose title says only 区人大常委会 and whose first sentence names the district as the standing
// committee's (某区第X届人大常委会第Y次会议听取和审议了…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a standing committee session reviewing the report names the place (F3291)', () => {
  it('reads the district from 甲乙区第九届人大常委会第十二次会议听取和审议了… under a title without it', () => {
    const report = parsedReport(
      [
        '区人大常委会听取和审议上半年国民经济和社会发展计划执行情况的报告',
        '7月28日，甲乙区第九届人大常委会第十二次会议听取和审议了区人民政府关于甲乙区2025年上半年国民经济和社会发展计划执行情况的报告。',
        '报告指出，上半年，全区实现地区生产总值321.5亿元，同比增长4.8%。',
        '会议认为，计划执行总体良好。',
      ].join('\n'),
      { sourceName: 'review.html' },
    );
    expect(report.meta.region).toBe('甲乙区');
    expect(report.observations.some((o) => o.indicatorCode === 'gdp')).toBe(true);
  });
});

describe('a rank in a province’s counted group of counties with no parent (F3292)', () => {
  it('reads 增速居山区12县第4位 as rank 4 of 12', () => {
    const report = parsedReport(
      [
        '丙丁县2025年上半年国民经济和社会发展计划执行情况的报告',
        '一、总体情况',
        '上半年，全县规上工业增加值21.3亿元，增长7.7%，增速居山区12县第4位。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.rank, r.of]);
    expect(ranks).toContainEqual(['industrial-value-added', 4, 12]);
  });
});
