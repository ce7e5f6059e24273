// Forms held-out-295…297 showed the parser missing (session 40, fix297). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

function read(lines: string[], period?: string) {
  const { report } = parseReportText(lines.join('\n'), {
    sourceName: 'fix297.txt',
    ...(period ? { period } : {}),
  });
  if (!report) throw new Error('no report');
  return report;
}

describe('F6081 a news page dated in the year after its full-year report', () => {
  it('reads 今年…力争 goals as the next year’s', () => {
    const report = read([
      '汀柘县2022年经济稳中有进',
      '发布时间：2023-04-18 09:12　来源：汀柘县融媒体中心',
      '　　记者从县统计局获悉，2022年全县实现地区生产总值62.35亿元，同比增长6.4%；固定资产投资增长11.2%。',
      '　　县委主要负责同志表示，今年汀柘县将力争全年地区生产总值增长6.5%左右，固定资产投资增长12%以上。',
    ]);
    expect(report.meta.period).toBe('2022-FY');
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(goals).toContainEqual(['gdp', 'next-year', 6.5]);
    expect(goals).toContainEqual(['fixed-asset-investment', 'next-year', 12]);
    expect(goals.filter(([, horizon]) => horizon === 'full-year')).toEqual([]);
  });
});

describe('F6082 a reason clause (主要是受…影响) between a figure and its share of the budget', () => {
  it('keeps the revenue as the subject of 完成年度预算的A% and the gap to 序时进度', () => {
    const report = read(
      [
        '汀柘县2022年1—9月经济运行简析',
        '1—9月全县一般公共预算收入3.18亿元，同比下降2.6%，主要是受留抵退税政策影响，完成年度预算的71.2%，低于序时进度3.8个百分点。',
      ],
      '2022-M1-9',
    );
    const revenue = report.observations.filter((o) => o.indicatorCode === 'general-budget-revenue');
    expect(revenue.map((o) => [o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['share', 71.2],
        ['comparison', -3.8],
      ]),
    );
    expect(report.observations.filter((o) => o.indicatorName.startsWith('主要'))).toEqual([]);
  });
});
