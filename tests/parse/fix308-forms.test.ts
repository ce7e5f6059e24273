// Forms the three-hundred-and-eighth held-out batch showed the parser missed (session 41, branch fix308): a plain-text
// table whose header and rows part some columns by one full-width space only (F6321); a holiday window with its days in
// brackets before its comma, 春节黄金周期间（2月4日至10日）， (F6322). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a plain-text table whose columns are parted by one full-width space in places (F6321)', () => {
  const report = parsedReport(
    [
      '桤沙县2021年1—5月经济运行简况',
      '',
      '　　1—5月，全县规模以上工业增加值同比增长4.3%。',
      '',
      '附表：桤沙县2021年1—5月主要经济指标',
      '',
      '指标名称　　　　　　　　单位　　　1—5月　　同比增长（%）　全市位次　较一季度',
      '规模以上工业增加值　　　亿元　　　—　　　　4.3　　　　　　2　　　　　↑1',
      '全社会用电量　　　　　　万千瓦时　2417　　　6.2　　　　　　—　　　　　—',
      '一般公共预算收入　　　　亿元　　　1.46　　　8.1　　　　　　4　　　　　↓2',
    ].join('\n'),
    { sourceName: 'brief.txt', region: '桤沙县' },
  );

  it('reads the header cells parted by one space as columns, so the rank and its move are read', () => {
    const rank = report.rankings.find((r) => r.subject === '一般公共预算收入');
    expect(rank?.rank).toBe(4);
    expect(rank?.change).toBe(-2);
  });

  it('reads a unit and a level parted by one space as two cells, the growth no level', () => {
    const levels = report.observations.filter(
      (o) => o.indicatorName === '全社会用电量' && o.measure === 'level',
    );
    expect(levels.map((o) => o.quantity?.value)).toEqual([2417]);
    const growth = report.observations.find(
      (o) => o.indicatorName === '全社会用电量' && o.measure === 'growth',
    );
    expect(growth?.quantity?.value).toBe(6.2);
  });
});
