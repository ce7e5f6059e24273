// Forms held-out-340 and held-out-334's leftovers showed the parser missed (session 42, branch fix340): a 1—8月
// meeting's news page whose cue before the last quarter's goals carries over the ； to the year's bare list (F6872).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe("确保四季度…；全年甲增长A%以上 in a 1—8月 news page: the year's goals after the quarter's (F6872)", () => {
  const report = parsedReport(
    [
      '泓岙县召开四季度项目攻坚调度会',
      '9月16日，县委书记主持召开全县四季度项目攻坚调度会，分析1—8月全县经济运行情况。',
      '会议通报，1—8月，全县规模以上工业增加值增长3.7%；固定资产投资增长8.4%；一般公共预算收入增长6.1%。',
      '会议强调，要倒排工期、挂图作战，确保四季度新开工项目12个以上、完成投资26亿元以上；全年固定资产投资增长11%以上，规模以上工业增加值增长6%左右，一般公共预算收入增长7%以上。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '泓岙县', period: '2022-M1-8' },
  );

  it("reads the bare year's list as full-year targets", () => {
    const goals = report.targets
      .filter((t) => !t.derived)
      .map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([
      ['fixed-asset-investment', 'full-year', 11, 'gte'],
      ['industrial-value-added', 'full-year', 6, 'approx'],
      ['general-budget-revenue', 'full-year', 7, 'gte'],
    ]);
  });

  it("keeps the quarter's goals facts only", () => {
    expect(report.targets.some((t) => t.value === 12 || t.value === 26)).toBe(false);
  });
});

describe('a part of the year still to come, then a ；-part naming no whole year (F6872 kept narrow)', () => {
  it('stays the later part’s', () => {
    const report = parsedReport(
      [
        '泓岙县召开四季度项目攻坚调度会',
        '会议通报，1—8月，全县固定资产投资增长8.4%。',
        '会议强调，确保四季度新开工项目12个以上；完成投资26亿元以上。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '泓岙县', period: '2022-M1-8' },
    );
    expect(report.targets.filter((t) => !t.derived)).toEqual([]);
  });
});

describe('五年累计甲X亿美元，乙Y亿元: the span said at the first sum goes on to the bare second (F6873)', () => {
  const report = parsedReport(
    [
      '泓岙县“十一五”经济社会发展成就综述',
      '2010年全县外贸进出口总额3.17亿美元，增长21.6%；五年累计实际利用外资1.84亿美元，引进县外资金142.7亿元。',
      '2010年全县引进县外资金38.2亿元，增长12.4%。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '泓岙县', period: '2010-FY' },
  );

  it('reads no level of the second sum, and the year’s own level still', () => {
    const levels = report.observations
      .filter((o) => o.indicatorCode === 'investment-attracted' && o.measure === 'level')
      .map((o) => o.quantity?.value);
    expect(levels).toEqual([38.2]);
  });
});

describe('五年累计完成甲X亿元，年均增长A%；其中2010年完成Y亿元，增长B%: the year’s own part of the sum (F6874)', () => {
  const report = parsedReport(
    [
      '泓岙县“十一五”经济社会发展成就综述',
      '2010年全县生产总值98.6亿元，增长12.2%。',
      '五年累计完成全社会固定资产投资312.8亿元，年均增长21.2%；其中2010年完成94.5亿元，增长15.3%。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '泓岙县', period: '2010-FY' },
  );

  it('reads the year’s level and growth, and no level of the sum', () => {
    const investment = report.observations
      .filter((o) => o.indicatorCode === 'fixed-asset-investment')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(investment).toEqual([
      ['level', 94.5],
      ['growth', 15.3],
    ]);
  });
});
