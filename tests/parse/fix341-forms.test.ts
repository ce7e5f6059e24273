// Forms the three-hundred-and-forty-first held-out batch showed the parser missed (session 42, branch fix341): a farm
// branch's 产值 in prose restating a 公报 table's bare row (F6881); the poverty rate 由上年末的A%下降至B% (F6882).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a farm branch read in prose and as a table row, one item under the row name (F6881)', () => {
  const report = parsedReport(
    [
      '栖岑县2019年国民经济和社会发展统计公报',
      '全年农林牧渔业总产值254310万元，按可比价格计算，比上年增长6.4%。其中，种植业产值143620万元，增长7.2%；畜牧业产值71450万元，下降1.8%。',
      '表1  2019年农林牧渔业总产值及其增长速度',
      '指标\t绝对数（万元）\t比上年增长（%）',
      '农林牧渔业总产值\t254310\t6.4',
      '种植业\t143620\t7.2',
      '畜牧业\t71450\t-1.8',
    ].join('\n'),
    { sourceName: 'communique.txt', region: '栖岑县' },
  );

  it('keeps the rows and drops the prose names restating them', () => {
    const names = report.observations.map((o) => o.indicatorName);
    expect(names).toContain('种植业');
    expect(names).toContain('畜牧业');
    expect(names).not.toContain('种植业产值');
    expect(names).not.toContain('畜牧业产值');
  });
});

describe('贫困发生率由上年末的A%下降至B%: the rate it fell to (F6882)', () => {
  const report = parsedReport(
    [
      '栖岑县2019年国民经济和社会发展统计公报',
      '全年减少农村贫困人口8617人，贫困发生率由上年末的7.6%下降至3.4%，下降4.2个百分点。',
    ].join('\n'),
    { sourceName: 'communique.txt', region: '栖岑县' },
  );

  it('reads the rate 3.4 and its change −4.2 points', () => {
    const rate = report.observations
      .filter((o) => o.indicatorName === '贫困发生率')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(rate).toEqual([
      ['rate', 3.4],
      ['change', -4.2],
    ]);
  });
});
