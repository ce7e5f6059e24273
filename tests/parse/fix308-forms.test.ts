// Forms the three-hundred-and-eighth held-out batch showed the parser missed (session 41, branch fix308): a plain-text
// table whose header and rows part some columns by one full-width space only (F6321); a holiday window with its days in
// brackets before its comma, 春节黄金周期间（2月4日至10日）， (F6322); a border port's cargo, 口岸过货量, in 万吨 (F6323). Places and figures are invented.

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

describe('a holiday window with its days in brackets before its comma (F6322)', () => {
  it("keeps the holiday's figures facts, not the period's", () => {
    const report = parsedReport(
      [
        '榧洲县2021年1—2月经济运行情况',
        '2021-03-08 10:21　来源：榧洲县融媒体中心',
        '1—2月，全县社会消费品零售总额6.42亿元，同比增长8.3%；接待游客31.7万人次，同比增长12.4%。',
        '春节黄金周期间（2月12日至18日），全县共接待游客7.43万人次，同比增长13.2%；实现旅游综合收入0.68亿元，同比增长15.7%。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '榧洲县' },
    );
    const visitors = report.observations.filter((o) => o.indicatorCode === 'tourist-arrivals');
    expect(visitors.map((o) => o.quantity?.raw)).not.toContain('7.43万人次');
    expect(report.observations.some((o) => o.indicatorCode === 'tourism-revenue')).toBe(false);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('7.43万人次');
  });
});

describe("a border port's cargo in tonnes, 口岸过货量 (F6323)", () => {
  it('is an aggregate named as written, with its level and growth', () => {
    const report = parsedReport(
      [
        '楮岭县2021年1—5月经济运行简况',
        '　　1—5月，全县规模以上工业增加值同比增长4.3%。',
        '　　1—5月，全县边境贸易额2140万美元，同比增长12.5%；口岸过货量6.7万吨，增长18.2%。',
      ].join('\n'),
      { sourceName: 'brief.txt', region: '楮岭县' },
    );
    const cargo = report.observations.filter((o) => o.indicatorName === '口岸过货量');
    expect(cargo.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 6.7],
      ['growth', 18.2],
    ]);
  });
});
