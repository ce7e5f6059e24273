// Forms held-out-33 showed the parser missed (branch fixjuexi), in sentences of our own with invented
// places and figures: a county-level city's half-year report that names its parent only beside the
// province in a programme (列入省、某某市重点调度的项目) and ranks itself in brackets (（居全市第3位）).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { listedParent } from '../../src/parse/prose-rank-parent.js';

const parsed = (...prose: string[]) => {
  const text = [
    '岑溪市2014年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    ...prose,
  ].join('\n');
  const report = parseReportText(text, { sourceName: 'fixjuexi.txt' }).report;
  if (!report) throw new Error('no report');
  return report;
};

describe('the parent named beside the province in a programme (列入省、某某市重点调度的项目)', () => {
  it.each([
    ['全市列入省、澧岚市重点调度的项目18个', '澧岚市'],
    ['省、澧岚市级重点项目完成投资8.2亿元', '澧岚市'],
    ['全州列入省、蒲川州重点的项目9个', '蒲川州'],
    ['全市283个省、市重点项目完成投资', null],
    ['列入省重点项目5个', null],
  ])('%s → %s', (text, parent) => {
    expect(listedParent(text, null)).toBe(parent);
  });

  it('is not the text’s own place', () => {
    expect(listedParent('列入省、岑溪市重点调度的项目12个', '岑溪市')).toBeNull();
  });

  it('scopes the bracketed 居全市第N位 ranks by that parent', () => {
    const report = parsed(
      '上半年，全市完成地区生产总值42.15亿元，同比增长9.6%（居全市第2位）。',
      '全社会固定资产投资完成31.08亿元，增长24.1%（居全市第5位）。全市列入省、澧岚市重点调度的项目17个，完成投资9.42亿元。',
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 2, '澧岚市'],
      ['fixed-asset-investment', 5, '澧岚市'],
    ]);
  });

  it('leaves 全市 alone when the programme names no city (省、市重点)', () => {
    const report = parsed(
      '上半年，全市完成地区生产总值42.15亿元，同比增长9.6%（居全市第2位）。列入省、市重点调度的项目17个。',
    );
    expect(report.rankings.map((r) => r.scope)).toEqual(['全市']);
  });
});
