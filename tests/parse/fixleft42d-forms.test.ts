// Forms held-out-334's leftovers showed the parser missed (session 42, branch fixleft42d): a name moved 由A增加到B
// with no year written (F6901). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const observations = (prose: string) =>
  parseReportText(
    ['沅枫县2010年国民经济和社会发展计划执行情况的报告', '一、2010年执行情况', prose].join('\n'),
    { sourceName: 'yuanfeng.txt' },
  ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('fixleft42d forms', () => {
  it('F6901: reads 甲由A元增加到B元 with no year written as the level B, A a fact only', () => {
    expect(
      observations(
        '城镇居民人均可支配收入由10316元增加到16482元，年均增长9.8%；农民人均纯收入由4527元增加到6913元。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'level', 16482, '元'],
      ['rural-net-income-per-capita', 'level', 6913, '元'],
    ]);
  });

  it('F6901: reads the revenue moved to, and the growth said after it, as before', () => {
    expect(
      observations(
        '地方财政一般预算收入由3.18亿元提高到6.54亿元，年均增长15.5%；2010年地方财政一般预算收入增长21.3%。',
      ),
    ).toEqual([
      ['general-budget-revenue', 'level', 6.54, '亿元'],
      ['general-budget-revenue', 'growth', 21.3, '%'],
    ]);
  });

  it('F6901: leaves 由A调整为B (a goal changed, not a move) to its own reading', () => {
    expect(observations('一般公共预算收入由7.6亿元调整为6.2亿元。')).toEqual([]);
  });
});
