// Forms of held-out-320's and held-out-319's reports (baozhang, langcuo) the parser missed: a goal written as a
// fall narrowed to about a size (降幅收窄至A%左右), still a fall. Sentences of our own, invented places and
// figures (session 41, fix320).

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const targetsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).targets.map((t) => [
    t.indicatorCode,
    t.value,
    t.comparator,
    t.horizon,
  ]);

const quarterly = (...lines: string[]) =>
  [
    '岫滨县2021年前三季度经济运行情况',
    '一、主要指标完成情况',
    '前三季度，全县固定资产投资同比下降9.7%。',
    ...lines,
  ].join('\n');

describe('F6511: 降幅收窄至A%左右, a goal of a fall of about that size', () => {
  it('is a growth of about −A, not +A', () => {
    const text = quarterly('四、第四季度工作打算', '确保全年固定资产投资降幅收窄至6%左右。');
    expect(targetsOf(text)).toEqual([['fixed-asset-investment', -6, 'approx', 'full-year']]);
  });

  it('reads a bare 收窄到A% the same way, and keeps 以内 a floor of the growth', () => {
    const text = quarterly(
      '四、第四季度工作打算',
      '力争全年固定资产投资降幅收窄到5%，社会消费品零售总额降幅控制在7%以内。',
    );
    expect(targetsOf(text)).toEqual([
      ['fixed-asset-investment', -5, 'eq', 'full-year'],
      ['retail-sales', -7, 'gte', 'full-year'],
    ]);
  });

  it('leaves a growth goal with 左右 as written', () => {
    const text = quarterly('四、第四季度工作打算', '确保全年固定资产投资增长2%左右。');
    expect(targetsOf(text)).toEqual([['fixed-asset-investment', 2, 'approx', 'full-year']]);
  });
});

const rankingsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [r.indicatorCode, r.rank, r.change]);

describe('F6512: 恢复到上年同期的B% between a level and its rank', () => {
  it('ranks the level before it, not the recovery words', () => {
    const text = quarterly(
      '前三季度，全县社会消费品零售总额52.16亿元，同比下降11.4%，恢复到上年同期的88.6%，增速居全省县域第37位，较上半年前移9位。',
    );
    expect(rankingsOf(text)).toEqual([['retail-sales', 37, 9]]);
  });

  it('reads 恢复至去年同期水平的B% the same way', () => {
    const text = quarterly(
      '前三季度，全县规模以上工业增加值36.2亿元，同比下降2.1%，恢复至去年同期水平的93.1%，居全市第2位。',
    );
    expect(rankingsOf(text)).toEqual([['industrial-value-added', 2, null]]);
  });
});

describe('F6513: 贫困发生率由建档立卡时的A%降至0%, the earlier rate dated by a stage of the campaign', () => {
  const text = [
    '渚澜县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告',
    '一、2020年计划执行情况',
    '全县地区生产总值完成48.3亿元，增长3.9%。剩余贫困人口全部脱贫，全县贫困发生率由建档立卡时的18.7%降至0%。',
    '全县贫困发生率从2014年识别之初的12.5%下降到0.6%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'plan.txt' });

  it('reads the rate it fell to, the earlier rate a fact only', () => {
    expect(
      report.observations
        .filter((o) => o.indicatorName === '贫困发生率')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['rate', 0],
      ['rate', 0.6],
    ]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([18.7, 12.5]));
  });
});
