// The town and country halves of one name said once in a pastoral region, where the country half is
// 农村牧区 (城镇和农村牧区常住居民人均可支配收入分别增长a%和b%): its 牧区 belongs to the country half
// (docs/prose-forms.md, "Held-out-39's fixes"). Invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const goals = (sentence: string) =>
  parsedReport(
    ['澄阳旗2024年国民经济和社会发展计划执行情况与2025年计划草案的报告', '二、2025年计划草案', sentence].join(
      '\n',
    ),
    { sourceName: 'pastoral.txt' },
  ).targets.map((t) => [t.indicatorCode, t.value]);

describe('城镇和农村牧区 halves of one income', () => {
  it('gives the town half the first figure and the pastoral country half the second', () => {
    expect(goals('明年主要预期目标：城镇和农村牧区常住居民人均可支配收入分别增长6.5%和9%。')).toEqual([
      ['urban-disposable-income-per-capita', 6.5],
      ['rural-disposable-income-per-capita', 9],
    ]);
  });

  it('still splits 城镇与农村 and 城乡 as before', () => {
    expect(goals('明年主要预期目标：城镇与农村居民人均可支配收入分别增长6.5%和9%。')).toEqual([
      ['urban-disposable-income-per-capita', 6.5],
      ['rural-disposable-income-per-capita', 9],
    ]);
  });
});
