// Forms the one-hundred-and-sixty-first held-out batch showed the parser missed (session 33, branch fix161): a
// sheet's industry table whose period (1—6月) spans the header's first row over 增加值 | 同比增长 | 占比(%), the
// share column read as each industry's growth and the total row's 100 as the whole's growth; the residents' halves
// named bare after the whole's per-head income (其中城镇居民A元、农村居民B元，分别增长C%和D%); a project named by its
// 度假区 alone, no 项目 word, with its total and the year's investment.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

/** A county bureau's indicators: the main table, then an industry table with the period spanning its header. */
const INDUSTRY_TEXT = [
  '甲山县2026年1—6月主要经济指标',
  '指标名称\t计量单位\t1—6月\t\t',
  '\t\t累计\t同比增长(%)\t全市位次',
  '地区生产总值\t亿元\t96.3\t4.8\t2',
  '规模以上工业增加值\t亿元\t40.2\t5.1\t3',
  '社会消费品零售总额\t亿元\t51.7\t3.9\t4',
  '甲山县2026年1—6月规模以上工业分行业增加值',
  '行业\t1—6月\t\t',
  '\t增加值（亿元）\t同比增长(%)\t占比(%)',
  '规模以上工业合计\t40.2\t5.1\t100',
  '化学原料和化学制品制造业\t12.06\t7.3\t30',
  '纺织业\t8.04\t-2.6\t20',
  '其他行业\t20.1\t4.4\t50',
  '注：占比为占全县规模以上工业增加值的比重。',
].join('\n');

describe('a share column under a period spanning the header’s first row (F3491)', () => {
  const observations = parsedReport(INDUSTRY_TEXT, { sourceName: 'industry.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

  it('reads 1—6月 over 占比(%) as each industry’s share, not its growth', () => {
    expect(observations).toContainEqual(['化学原料和化学制品制造业', 'share', 30]);
    expect(observations).toContainEqual(['纺织业', 'share', 20]);
    expect(observations).toContainEqual(['化学原料和化学制品制造业', 'growth', 7.3]);
    expect(observations).not.toContainEqual(['化学原料和化学制品制造业', 'growth', 30]);
  });

  it('gives the total row’s 100 no growth of the whole', () => {
    expect(observations.filter((o) => o[2] === 100)).toEqual([]);
  });
});

describe('a residents’ half named bare after the whole’s per-head income (F3492)', () => {
  const incomes = (sentence: string) =>
    sectionReport('report.txt', '乙县2026年政府工作报告', [sentence]).observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
    ]);

  it('gives each half its level and, through 分别, its growth', () => {
    const read = incomes(
      '全体居民人均可支配收入达到28400元，增长5.2%，其中城镇居民39120元、农村居民18650元，分别增长4.4%和6.1%。',
    );
    expect(read).toContainEqual(['urban-disposable-income-per-capita', 'level', 39120]);
    expect(read).toContainEqual(['rural-disposable-income-per-capita', 'level', 18650]);
    expect(read).toContainEqual(['urban-disposable-income-per-capita', 'growth', 4.4]);
    expect(read).toContainEqual(['rural-disposable-income-per-capita', 'growth', 6.1]);
  });

  it('reads one half alone, with its own growth', () => {
    const read = incomes('全体居民人均可支配收入28400元，增长5.2%，其中农村居民18650元，增长6.1%。');
    expect(read).toContainEqual(['rural-disposable-income-per-capita', 'level', 18650]);
    expect(read).toContainEqual(['rural-disposable-income-per-capita', 'growth', 6.1]);
  });
});

describe('a resort project named by its 度假区 alone (F3493)', () => {
  it('reads its total and the year’s investment', () => {
    const projects = sectionReport('report.txt', '乙县2026年政府工作报告', [
      '乙县丙湾温泉旅游度假区总投资26亿元，年内完成投资5.4亿元；乙县丁河治理工程总投资3.2亿元，建成完工。',
    ]).projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]);
    expect(projects).toContainEqual(['乙县丙湾温泉旅游度假区', 2600000000, 540000000]);
  });
});
