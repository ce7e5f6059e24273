// Forms held-out-28's qindai fixture showed (branch fixqd): an indicator table whose 完成目标% column,
// beside 全年目标, gives the share of the year's goal done (a share, as 完成年度目标% is), not a target.
// A guidance goal set by the parent with 增长指导目标为 (嘉屏市下达我市…增长指导目标为8%，上半年实际增长7.4%，低于指导目标0.6个百分点):
// the indicator's guidance and a comparison, 指导目标 no part of the indicator's name.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { columnRole } from '../../src/parse/table-column-roles.js';
import { parsedReport } from '../helpers/report.js';

describe('a 完成目标% column', () => {
  it.each(['完成目标%', '完成目标(%)', '完成全年目标%'])('%s is the share of the goal done', (header) => {
    expect(columnRole(header, 5)).toBe('progress');
  });

  it('keeps 全年目标 the target and reads 完成目标% as a share', () => {
    const parsed = parsedReport(
      [
        '关于岚丘市2024年上半年国民经济和社会发展计划执行情况的报告',
        '主要指标完成情况见下表。',
        '指标\t单位\t1-6月\t同比±%\t全年目标\t完成目标%\t全市位次',
        '固定资产投资\t亿元\t61.25\t-2.7\t140\t43.8\t6',
        '社会消费品零售总额\t亿元\t48.06\t7.9\t101\t47.6\t3',
        '上半年，全市经济运行总体平稳。',
      ].join('\n'),
      { sourceName: 'fixqd.txt' },
    );
    const targets = parsed.targets.map((t) => [t.indicatorCode, t.value]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['fixed-asset-investment', 140],
        ['retail-sales', 101],
      ]),
    );
    expect(targets.some(([, value]) => value === 43.8 || value === 47.6)).toBe(false);
    const shares = parsed.observations.filter((o) => o.measure === 'share');
    expect(shares.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 43.8],
      ['retail-sales', 47.6],
    ]);
  });
});

describe("a parent's 增长指导目标为 goal", () => {
  it.each([
    '岚州市下达我市规模以上工业增加值增长指导目标为7%，上半年实际增长6.2%，低于指导目标0.8个百分点，增速居全市第3位。',
    '市下达规模以上工业增加值增长指导目标为7%，上半年实际增长6.2%，低于指导目标0.8个百分点。',
  ])('%s', (sentence) => {
    const parsed = parsedReport(
      ['关于岚丘市2024年上半年国民经济和社会发展计划执行情况的报告', sentence].join('\n'),
      { sourceName: 'fixqd.txt' },
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.kind, t.value])).toEqual([
      ['industrial-value-added', 'guidance', 7],
    ]);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 6.2],
      ['industrial-value-added', 'comparison', -0.8],
    ]);
  });
});
