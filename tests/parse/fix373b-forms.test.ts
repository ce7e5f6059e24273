// Forms the held-out-373 and held-out-384 batches showed the parser missed (session 45, branch fix373b). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲要力争增长A%以上, a modal 要 before 力争 in a 人大常委会 news page’s next-year goals (F7781)', () => {
  it('reads the first goal of the list as the other goals are read', () => {
    const report = parsedReport(
      [
        '潾沔县人大常委会审议2021年计划执行情况',
        '会议要求，县政府要认真研究常委会组成人员的审议意见，科学编制2022年计划。2022年全县生产总值要力争增长7.5%以上，固定资产投资增长11%，一般公共预算收入增长6%左右。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '潾沔县' },
    );
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);
    expect(goals).toContainEqual(['gdp', 'next-year', 7.5, 'gte']);
    expect(goals).toContainEqual(['fixed-asset-investment', 'next-year', 11, 'eq']);
  });

  it('reads 要确保 the same way', () => {
    const report = parsedReport(
      [
        '潾沔县人大常委会审议2021年计划执行情况',
        '会议要求，科学编制2022年计划。2022年全县生产总值要确保增长7%，固定资产投资增长11%。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '潾沔县' },
    );
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(goals).toContainEqual(['gdp', 'next-year', 7]);
  });
});

describe('甲生产克服…影响，总产量X万吨: the bare 总产量 after a clause naming a crop’s 生产 (F7782)', () => {
  const report = (sentence: string) =>
    parsedReport(['潾沔县2021年国民经济和社会发展计划执行情况的报告', sentence].join('\n'), {
      sourceName: 'plan.txt',
      region: '潾沔县',
    });

  it('reads the output and its change as the crop’s', () => {
    const read = report('粮食生产克服持续低温影响，总产量18.4万吨，比上年下降6.2%。');
    expect(read.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['grain-output', 'level', 18.4],
      ['grain-output', 'growth', -6.2],
    ]);
  });

  it('reads 总产量达到 the same way', () => {
    const read = report('粮食生产再获丰收，总产量达到19.7万吨，增长3.1%。');
    expect(read.observations.map((o) => o.indicatorCode)).toEqual(['grain-output', 'grain-output']);
  });
});
