// Forms the one-hundred-and-fifty-fifth and -sixth held-out batches showed the parser missed (session 33,
// branch fix155): a two-year average opening on the two years it spans after ；; a places table's title with
// its period before the parent it names.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (lines: string[]) =>
  parsedReport(
    ['甲川县2020年国民经济和社会发展计划执行情况报告', '一、2020年计划执行情况', ...lines].join('\n'),
    {
      sourceName: 'plan.txt',
    },
  );

describe('；2018—2019年两年平均增长A% after a rank and its move (F3321)', () => {
  it('is the two-year average of the subject before the ；', () => {
    const report = PLAN([
      '全县完成地区生产总值56.2亿元，同比增长4.1%，居全州9个县市第4位，比上年前移1位；2018-2019年两年平均增长5.7%。其中，第一产业增加值8亿元，增长3%。',
    ]);
    const twoYear = report.observations
      .filter((o) => o.measure === 'two-year-average-growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(twoYear).toEqual([['gdp', 5.7]]);
  });

  it('with a long dash between the years too', () => {
    const report = PLAN(['全县完成地区生产总值56.2亿元，同比增长4.1%；2018—2019年两年平均增长5.7%。']);
    expect(
      report.observations.some((o) => o.measure === 'two-year-average-growth' && o.quantity?.value === 5.7),
    ).toBe(true);
  });
});

/** A county bureau's workbook as read: its own sheet, then the sheet comparing the city's places. */
const WORKBOOK = [
  '甲川县2025年1—6月主要经济指标',
  '指标\t单位\t1—6月\t同比增长（%）',
  '地区生产总值\t亿元\t88.4\t5.6',
  '固定资产投资\t—\t—\t2.7',
  '甲川县统计局',
  '2025年1—6月乙岭市各县区主要指标增速及位次',
  '单位：%',
  '县区\t地区生产总值\t位次\t固定资产投资\t位次',
  '全市\t5.1\t—\t4.2\t—',
  '乙岭区\t4.8\t3\t3.9\t2',
  '甲川县\t5.6\t1\t2.7\t3',
  '丙河县\t5.2\t2\t4.4\t1',
  '注：位次为增速在全市3个县区中的排序。',
  '甲川县统计局',
];

describe('a places table titled 2025年1—6月乙市各县区主要指标增速及位次 (F3322)', () => {
  it('gives the own row’s ranks the city the title names as their scope', () => {
    const report = parsedReport(WORKBOOK.join('\n'), { sourceName: 'monthly.txt' });
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);
    expect(ranks).toContainEqual(['gdp', 1, 3, '乙岭市']);
    expect(ranks).toContainEqual(['fixed-asset-investment', 3, 3, '乙岭市']);
  });
});
